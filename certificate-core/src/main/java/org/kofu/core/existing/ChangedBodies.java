package org.kofu.core.existing;

import java.util.List;

/**
 * One page of {@code GET bodies?changedSince}: the bodies of the subjects whose rows changed after
 * the journal sequence asked for.
 *
 * @param lastSeq the journal sequence these bodies reflect: the next call's {@code changedSince}
 * @param more whether the existing system holds further changes past {@code lastSeq}
 */
public record ChangedBodies(List<ForeignBody> bodies, long lastSeq, boolean more) {

  public ChangedBodies {
    bodies = List.copyOf(bodies);
  }
}
