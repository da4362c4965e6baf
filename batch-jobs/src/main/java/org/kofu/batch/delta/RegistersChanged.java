package org.kofu.batch.delta;

import java.util.Set;

/**
 * Told, in each delta pass, which 戸籍 the unseen journal rows touched, before the journal positions
 * move: a failure leaves them where they were, and the next pass tells again.
 */
@FunctionalInterface
public interface RegistersChanged {

  /** Nothing to do: no one listens. */
  RegistersChanged NONE = kosekiIds -> {};

  void changed(Set<Long> kosekiIds);
}
