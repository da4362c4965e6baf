package org.kofu.batch.cachewrite;

import java.util.List;
import org.kofu.batch.eligibility.PersonPlan;
import org.kofu.cache.contract.NewBody;

/** One person's outcome of processing: the plan and the bodies rendered for it. */
public record PersonWork(PersonPlan plan, List<NewBody> bodies) {}
