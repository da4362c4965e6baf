package org.kofu.cache.internal;

import com.hazelcast.core.ReadOnly;
import com.hazelcast.map.EntryProcessor;
import java.util.Map;

/** Reads one subject's body out of the person's entry, so only that body crosses the network. */
public record ReadBody(String subjectKey)
    implements EntryProcessor<String, PersonRecord, StoredBody>, ReadOnly {

  @Override
  public StoredBody process(Map.Entry<String, PersonRecord> entry) {
    PersonRecord current = entry.getValue();
    return current == null ? null : current.body(subjectKey).orElse(null);
  }

  @Override
  public EntryProcessor<String, PersonRecord, StoredBody> getBackupProcessor() {
    return null;
  }
}
