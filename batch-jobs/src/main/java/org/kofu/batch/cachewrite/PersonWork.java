package org.kofu.batch.cachewrite;

import java.util.List;
import org.kofu.batch.eligibility.PersonPlan;
import org.kofu.batch.existing.ForeignSkip;
import org.kofu.cache.contract.NewBody;

/**
 * One person's outcome of processing: the plan, the bodies rendered or pulled for it, and the
 * subjects whose body the existing system did not give or the check refused.
 */
public record PersonWork(PersonPlan plan, List<NewBody> bodies, List<ForeignSkip> foreignSkips) {

  public PersonWork(PersonPlan plan, List<NewBody> bodies) {
    this(plan, bodies, List.of());
  }

  public PersonWork {
    bodies = List.copyOf(bodies);
    foreignSkips = List.copyOf(foreignSkips);
  }
}
