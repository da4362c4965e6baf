package org.kofu.admin.rules;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An incident and its reporting chain, each step with who recorded it and when. The chain is the
 * rules': for damage, viruses, leaks and intrusions (9(5), 9(6)) the maintenance company is
 * notified, then the IT section head and through them the general-affairs director are reported to;
 * for a disaster or theft (9(4)) the maintenance company is not part of the chain. Closing comes
 * last.
 */
record Incident(
    long id,
    Instant occurredAt,
    String category,
    String summary,
    String recordedBy,
    Map<Step, Stamp> stamps) {

  /** The steps of a chain, in the rules' order, with their columns. */
  enum Step {
    MAINTAINER("maintainer_notified"),
    IT_HEAD("it_head_reported"),
    DIRECTOR("director_reported"),
    CLOSED("closed");

    final String at;
    final String by;

    Step(String column) {
      this.at = column + "_at";
      this.by = column + "_by";
    }
  }

  /** Who recorded a step, and when. */
  record Stamp(Instant at, String by) {}

  private static final List<Step> FULL = List.of(Step.values());
  private static final List<Step> WITHOUT_MAINTAINER =
      List.of(Step.IT_HEAD, Step.DIRECTOR, Step.CLOSED);

  /** The chain the rules give for a category of incident, in order. */
  static List<Step> chain(String category) {
    return "DISASTER".equals(category) || "THEFT".equals(category) ? WITHOUT_MAINTAINER : FULL;
  }

  List<Step> chain() {
    return chain(category);
  }

  /** The step that must be done before this one in this incident's chain, or null. */
  Step before(Step step) {
    int index = chain().indexOf(step);
    return index > 0 ? chain().get(index - 1) : null;
  }

  /** The stamp of a step, or null when it is not done. */
  Stamp stamp(Step step) {
    return stamps.get(step);
  }

  /** The first step of the chain not yet done, or null when the chain is complete. */
  Step next() {
    return chain().stream().filter(s -> !stamps.containsKey(s)).findFirst().orElse(null);
  }
}
