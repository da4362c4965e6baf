package org.kofu.cache.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The value of one entry of the bodies map: every cached body of one person and the person's
 * watermark. Keeping both in one entry makes each write, invalidation, backup, migration and merge
 * see them together: a body can never reach a member, or survive a merge, without the invalidations
 * that refuse it.
 */
public record PersonRecord(Watermark watermark, List<StoredBody> bodies) {

  public static final PersonRecord EMPTY = new PersonRecord(Watermark.NONE, List.of());

  public PersonRecord {
    bodies = List.copyOf(bodies);
  }

  public Optional<StoredBody> body(String subjectKey) {
    return bodies.stream().filter(b -> b.subjectKey().equals(subjectKey)).findFirst();
  }

  public PersonRecord with(StoredBody body) {
    List<StoredBody> next = new ArrayList<>(without(body.subjectKey()).bodies);
    next.add(body);
    return new PersonRecord(watermark, next);
  }

  public PersonRecord without(String subjectKey) {
    return new PersonRecord(
        watermark, bodies.stream().filter(b -> !b.subjectKey().equals(subjectKey)).toList());
  }

  /** Raises the watermark and drops every body it now refuses. */
  public PersonRecord raise(Watermark by) {
    Watermark next = watermark.raise(by);
    return new PersonRecord(
        next,
        bodies.stream().filter(b -> !next.refuses(b.sources(), b.renderedAtMillis())).toList());
  }

  /**
   * The union of two records of the same person: raised watermarks, per subject the body with the
   * newer data, and no body that either side's invalidations refuse. Commutative and idempotent up
   * to ties between bodies made from the same data at the same instant.
   */
  public static PersonRecord merge(PersonRecord a, PersonRecord b) {
    PersonRecord merged = new PersonRecord(a.watermark.raise(b.watermark), a.bodies);
    for (StoredBody theirs : b.bodies) {
      Optional<StoredBody> ours = merged.body(theirs.subjectKey());
      if (ours.isEmpty()) {
        merged = merged.with(theirs);
        continue;
      }
      switch (theirs.comparedTo(ours.get())) {
        case NEWER -> merged = merged.with(theirs);
        case INCOMPARABLE -> merged = merged.without(theirs.subjectKey());
        case OLDER -> {}
        default -> throw new IllegalStateException();
      }
    }
    return merged.raise(Watermark.NONE);
  }

  public boolean isEmpty() {
    return bodies.isEmpty() && watermark.isNone();
  }
}
