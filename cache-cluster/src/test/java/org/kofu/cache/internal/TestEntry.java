package org.kofu.cache.internal;

import com.hazelcast.map.ExtendedMapEntry;
import java.util.concurrent.TimeUnit;

/** A map entry as an entry processor sees it, without a member. */
final class TestEntry implements ExtendedMapEntry<String, PersonRecord> {

  private final String key;
  private PersonRecord value;
  long ttlSeconds = -1;

  TestEntry(String key, PersonRecord value) {
    this.key = key;
    this.value = value;
  }

  @Override
  public String getKey() {
    return key;
  }

  @Override
  public PersonRecord getValue() {
    return value;
  }

  @Override
  public PersonRecord setValue(PersonRecord next) {
    PersonRecord previous = value;
    value = next;
    return previous;
  }

  @Override
  public PersonRecord setValue(PersonRecord next, long ttl, TimeUnit unit) {
    ttlSeconds = unit.toSeconds(ttl);
    return setValue(next);
  }

  @Override
  public PersonRecord setValueWithoutChangingExpiryTime(PersonRecord next) {
    return setValue(next);
  }
}
