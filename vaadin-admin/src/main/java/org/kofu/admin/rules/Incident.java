package org.kofu.admin.rules;

import java.time.Instant;

/**
 * An incident and its reporting chain: maintenance company notified, IT section head reported,
 * general-affairs director reported, closed — each step timestamped when done.
 */
record Incident(
    long id,
    Instant occurredAt,
    String category,
    String summary,
    String recordedBy,
    Instant maintainerNotifiedAt,
    Instant itHeadReportedAt,
    Instant directorReportedAt,
    Instant closedAt) {

  /** The steps of the chain, in order, with their columns. */
  enum Step {
    MAINTAINER("maintainer_notified_at"),
    IT_HEAD("it_head_reported_at"),
    DIRECTOR("director_reported_at"),
    CLOSED("closed_at");

    final String column;

    Step(String column) {
      this.column = column;
    }
  }

  Instant at(Step step) {
    return switch (step) {
      case MAINTAINER -> maintainerNotifiedAt;
      case IT_HEAD -> itHeadReportedAt;
      case DIRECTOR -> directorReportedAt;
      case CLOSED -> closedAt;
    };
  }
}
