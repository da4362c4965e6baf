package org.kofu.cache.internal;

import com.hazelcast.map.EntryProcessor;
import java.util.Map;

/**
 * A conditional write, run on the member that owns the person's entry (and again, identically, on
 * its backup): the body is stored only if no invalidation refuses it and it is not made from older
 * data than the body it would replace. Returns the decision's name.
 */
public record PutBody(StoredBody body, Lifetimes lifetimes)
    implements EntryProcessor<String, PersonRecord, String> {

  /** What became of a write. */
  public enum Decision {
    STORED,
    REFUSED_INVALIDATED,
    REFUSED_OLDER_THAN_CACHED
  }

  @Override
  public String process(Map.Entry<String, PersonRecord> entry) {
    PersonRecord current = entry.getValue() == null ? PersonRecord.EMPTY : entry.getValue();
    if (current.watermark().refuses(body.sources(), body.renderedAtMillis())) {
      return Decision.REFUSED_INVALIDATED.name();
    }
    var cached = current.body(body.subjectKey());
    if (cached.isPresent()) {
      switch (body.comparedTo(cached.get())) {
        case OLDER -> {
          return Decision.REFUSED_OLDER_THAN_CACHED.name();
        }
        case INCOMPARABLE -> {
          lifetimes.store(entry, current.without(body.subjectKey()));
          return Decision.REFUSED_OLDER_THAN_CACHED.name();
        }
        case NEWER -> {}
        default -> throw new IllegalStateException();
      }
    }
    lifetimes.store(entry, current.with(body));
    return Decision.STORED.name();
  }
}
