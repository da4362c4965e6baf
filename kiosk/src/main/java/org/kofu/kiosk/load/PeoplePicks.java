package org.kofu.kiosk.load;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Whom a kiosk asks for. A variant the batch does not pre-generate is rendered on demand the first
 * time a person asks for it and cached after, so the warm-up asks for such variants of one half of
 * the people and the counted part of the other: the counted part's share rendered on demand is then
 * the mix's, whatever the warm-up's length (with all the people in both it fell as the warm-up
 * grew: docs/performance.md, session 22). Pre-generated variants are asked of everyone.
 */
final class PeoplePicks {

  private final List<String> everyone;
  private final List<String> warmUpHalf = new ArrayList<>();
  private final List<String> countedHalf = new ArrayList<>();

  PeoplePicks(List<String> people) {
    if (people.isEmpty()) {
      throw new IllegalArgumentException("no people to ask for");
    }
    this.everyone = List.copyOf(people);
    for (int i = 0; i < people.size(); i++) {
      (i % 2 == 0 ? countedHalf : warmUpHalf).add(people.get(i));
    }
    if (warmUpHalf.isEmpty()) {
      warmUpHalf.addAll(countedHalf);
    }
  }

  String pick(MixEntry entry, boolean inWarmUp, SplittableRandom random) {
    List<String> from = entry.pregenerated() ? everyone : inWarmUp ? warmUpHalf : countedHalf;
    return from.get(random.nextInt(from.size()));
  }
}
