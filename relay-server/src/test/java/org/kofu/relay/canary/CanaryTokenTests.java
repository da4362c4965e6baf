package org.kofu.relay.canary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kofu.projectdb.canary.CanaryIssuances;

class CanaryTokenTests {

  private final CanaryToken token = new CanaryToken();

  @Test
  void theCanarysKioskIdIsAdmittedOnlyWithThisProcesssToken() {
    assertThat(token.admits(CanaryIssuances.KIOSK_ID, token.value())).isTrue();

    assertThat(token.admits(CanaryIssuances.KIOSK_ID, null)).isFalse();
    assertThat(token.admits(CanaryIssuances.KIOSK_ID, "")).isFalse();
    // another process's token (another relay, or one restarted) is no proof either
    assertThat(token.admits(CanaryIssuances.KIOSK_ID, new CanaryToken().value())).isFalse();
  }

  @Test
  void everyOtherKioskIsAdmittedWhateverItSends() {
    assertThat(token.admits("SEJ-0001", null)).isTrue();
    assertThat(token.admits("SEJ-0001", "forged")).isTrue();
    assertThat(token.value()).hasSize(64).isNotEqualTo(new CanaryToken().value());
  }
}
