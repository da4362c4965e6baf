package org.kofu.kiosk.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PeoplePicksTests {

  private static final List<String> PEOPLE =
      IntStream.range(0, 10).mapToObj(i -> "person-" + i).toList();
  private static final MixEntry PREGENERATED = new MixEntry("JUMINHYO", "{}", 30, true);
  private static final MixEntry ON_DEMAND = new MixEntry("KOSEKI_KOJIN", "{}", 5, false);

  private static Set<String> picks(PeoplePicks picks, MixEntry entry, boolean inWarmUp) {
    SplittableRandom random = new SplittableRandom(42);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      seen.add(picks.pick(entry, inWarmUp, random));
    }
    return seen;
  }

  @Test
  void variantsRenderedOnDemandAreAskedOfOtherPeopleAfterTheWarmUp() {
    PeoplePicks picks = new PeoplePicks(PEOPLE);

    Set<String> warmUp = picks(picks, ON_DEMAND, true);
    Set<String> counted = picks(picks, ON_DEMAND, false);

    assertThat(warmUp).hasSize(5).doesNotContainAnyElementsOf(counted);
    assertThat(counted).hasSize(5);
    Set<String> both = new HashSet<>(warmUp);
    both.addAll(counted);
    assertThat(both).containsExactlyInAnyOrderElementsOf(PEOPLE);
  }

  @Test
  void preGeneratedVariantsAreAskedOfEveryone() {
    PeoplePicks picks = new PeoplePicks(PEOPLE);

    assertThat(picks(picks, PREGENERATED, true)).containsExactlyInAnyOrderElementsOf(PEOPLE);
    assertThat(picks(picks, PREGENERATED, false)).containsExactlyInAnyOrderElementsOf(PEOPLE);
  }

  @Test
  void onePersonIsAskedInBothParts() {
    PeoplePicks picks = new PeoplePicks(List.of("only"));

    assertThat(picks(picks, ON_DEMAND, true)).containsExactly("only");
    assertThat(picks(picks, ON_DEMAND, false)).containsExactly("only");
    assertThatThrownBy(() -> new PeoplePicks(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
