package org.kofu.relay.existing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kofu.relay.existing.ExistingSystemNodes.EXISTING;
import static org.kofu.relay.existing.ExistingSystemNodes.issue;
import static org.kofu.relay.existing.ExistingSystemNodes.loggedSource;
import static org.kofu.relay.existing.ExistingSystemNodes.person;
import static org.kofu.relay.existing.ExistingSystemNodes.text;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kofu.relay.support.RelayNode;
import org.kofu.relay.support.TestExistingSystem.Mode;

/**
 * With {@code kofu.certificate.fallback-to-rendering} on, a request the existing system cannot
 * serve (down, or a PDF the check refuses) gets the project's own rendering; logged as such.
 */
class ExistingSystemFallbackIT {

  private static RelayNode relay;

  @BeforeAll
  static void start() {
    relay = ExistingSystemNodes.start(6, true);
  }

  @AfterAll
  static void stop() {
    if (relay != null) {
      relay.close();
    }
  }

  @AfterEach
  void behave() {
    EXISTING.set(Mode.NONE);
    ExistingSystemNodes.use(relay);
  }

  @Test
  void theProjectRendersTheCertificateWhenTheExistingSystemFailsOrIsRefused() throws Exception {
    String person = person(12);
    for (Mode mode : new Mode[] {Mode.ERROR, Mode.GARBAGE, Mode.STALE, Mode.OTHER_SUBJECT}) {
      EXISTING.set(mode);
      String requestId = "fb-" + UUID.randomUUID().toString().substring(0, 12);

      HttpResponse<byte[]> answer = issue(relay, requestId, person);

      assertThat(answer.statusCode()).as(mode.name()).isEqualTo(200);
      assertThat(answer.headers().firstValue("X-Source")).isPresent();
      String text = text(answer.body());
      assertThat(text).as(mode.name()).contains("印鑑登録証明書").doesNotContain("既存システム作成");
      assertThat(text).contains(answer.headers().firstValue("X-Certificate-Number").orElseThrow());
      assertThat(loggedSource(relay, requestId)).isIn("ON_DEMAND", "CACHE");
    }
  }

  @Test
  void withTheExistingSystemWellItsCertificateIsServedNotTheRendering() throws Exception {
    HttpResponse<byte[]> answer =
        issue(relay, "fb-" + UUID.randomUUID().toString().substring(0, 12), person(13));

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(text(answer.body())).contains("既存システム作成");
  }
}
