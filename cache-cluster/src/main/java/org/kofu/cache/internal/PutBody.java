package org.kofu.cache.internal;

import com.hazelcast.map.EntryProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Conditional writes of bodies of one person, run on the member that owns the person's entry (and
 * again, identically, on its backup): each body is stored only if no invalidation refuses it and it
 * is not made from older data than the body it would replace. All of a person's bodies travel in
 * one call, so the entry is read, rewritten and backed up once. Returns the decisions' names, in
 * the bodies' order, joined by commas.
 */
public record PutBody(List<StoredBody> bodies, Lifetimes lifetimes)
    implements EntryProcessor<String, PersonRecord, String> {

  /** What became of a write. */
  public enum Decision {
    STORED,
    REFUSED_INVALIDATED,
    REFUSED_OLDER_THAN_CACHED
  }

  public PutBody {
    bodies = List.copyOf(bodies);
  }

  public PutBody(StoredBody body, Lifetimes lifetimes) {
    this(List.of(body), lifetimes);
  }

  /** The decisions of a {@link #process} answer. */
  public static List<Decision> decisions(String answer) {
    List<Decision> decisions = new ArrayList<>();
    for (String name : answer.split(",")) {
      decisions.add(Decision.valueOf(name));
    }
    return decisions;
  }

  @Override
  public String process(Map.Entry<String, PersonRecord> entry) {
    PersonRecord original = entry.getValue() == null ? PersonRecord.EMPTY : entry.getValue();
    PersonRecord current = original;
    List<String> decisions = new ArrayList<>(bodies.size());
    for (StoredBody body : bodies) {
      Outcome outcome = put(current, body);
      decisions.add(outcome.decision().name());
      current = outcome.record();
    }
    if (current != original) {
      lifetimes.store(entry, current);
    }
    return String.join(",", decisions);
  }

  private record Outcome(Decision decision, PersonRecord record) {}

  private static Outcome put(PersonRecord current, StoredBody body) {
    if (current.watermark().refuses(body.sources(), body.renderedAtMillis())) {
      return new Outcome(Decision.REFUSED_INVALIDATED, current);
    }
    var cached = current.body(body.subjectKey());
    if (cached.isPresent()) {
      switch (body.comparedTo(cached.get())) {
        case OLDER -> {
          return new Outcome(Decision.REFUSED_OLDER_THAN_CACHED, current);
        }
        case INCOMPARABLE -> {
          // neither body can be trusted to be the newer one: keep none
          return new Outcome(
              Decision.REFUSED_OLDER_THAN_CACHED, current.without(body.subjectKey()));
        }
        case NEWER -> {}
        default -> throw new IllegalStateException();
      }
    }
    return new Outcome(Decision.STORED, current.with(body));
  }
}
