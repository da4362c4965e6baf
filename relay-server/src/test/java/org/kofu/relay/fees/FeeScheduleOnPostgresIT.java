package org.kofu.relay.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kofu.projectdb.settlement.DatedFee;
import org.kofu.projectdb.settlement.OperatorEditor;
import org.kofu.projectdb.settlement.ScheduleEditor;
import org.kofu.relay.support.RelayOnPostgres;
import org.kofu.relay.support.RelayTestContext;
import org.kofu.relay.support.TestLegacy;
import org.kofu.testsupport.MutableClock;
import org.kofu.testsupport.ScratchPostgres;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Dated fees on two relay nodes sharing a PostgreSQL project database (issue 26 points 3 and 4): an
 * officer's change recorded while both run takes effect on both at its instant, each request
 * charged by its {@code requestedAt} whichever node answers; a campaign price ends on time; the
 * copies, the kiosk's operator (UNKNOWN when no prefix matches) and the commission are kept with
 * each issuance.
 */
class FeeScheduleOnPostgresIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** 10:00 Tokyo, inside service hours. */
  private static final Instant START = MutableClock.START;

  private static final MutableClock clock = new MutableClock(START, RelayTestContext.TOKYO);
  private static ScratchPostgres postgres;
  private static final List<ConfigurableApplicationContext> relays = new ArrayList<>();
  private static MockMvc first;
  private static MockMvc second;
  private static JdbcTemplate db;
  private static ScheduleEditor schedules;
  private static int sequence;

  @BeforeAll
  static void start() throws Exception {
    postgres = ScratchPostgres.create();
    db = new JdbcTemplate(postgres.dataSource());
    first = relay(7);
    second = relay(8);
    schedules = new ScheduleEditor(postgres.dataSource());
  }

  private static MockMvc relay(int node) {
    ConfigurableApplicationContext relay =
        RelayOnPostgres.start(
            postgres,
            node,
            "kofu-relay-fees-" + node,
            clock,
            Map.of("server.port", "0", "kofu.relay.fee-schedule.refresh", "1s"));
    relays.add(relay);
    return RelayOnPostgres.mvc(relay);
  }

  @AfterAll
  static void stop() throws Exception {
    RelayOnPostgres.stop(postgres, relays);
  }

  @Test
  void aFeeChangeRecordedWhileBothNodesRunChargesEachRequestByItsRequestedAt() throws Exception {
    clock.set(START);
    String person = TestLegacy.issuableAdults().get(21);
    // both nodes have read the schedule: the seeded fee
    assertThat(menuFee(first, person, START, "JUMINHYO")).isEqualTo(300);
    assertThat(menuFee(second, person, START, "JUMINHYO")).isEqualTo(300);

    // the officer lowers the fee mid-day: 200 yen from 10:30, recorded at 10:00 (ahead by the lead)
    Instant change = START.plus(Duration.ofMinutes(30));
    schedules.addFee(new DatedFee("JUMINHYO", change, 200), "officer1", START);
    clock.advance(Duration.ofMinutes(29)); // 10:29: both nodes' readings are older than 1 s

    assertThat(menuFee(first, person, change.minusSeconds(1), "JUMINHYO")).isEqualTo(300);
    assertThat(menuFee(second, person, change, "JUMINHYO")).isEqualTo(200);
    MockHttpServletResponse before =
        issue(second, person, "JUMINHYO", 2, "K-0001", change.minusMillis(1));
    MockHttpServletResponse at = issue(first, person, "JUMINHYO", 2, "K-0001", change);
    clock.advance(Duration.ofMinutes(2)); // 10:31, the requests after the change
    MockHttpServletResponse after = issue(second, person, "JUMINHYO", 1, "K-0001", change);
    MockHttpServletResponse late =
        issue(first, person, "JUMINHYO", 3, "K-0001", change.minusSeconds(60));

    assertThat(List.of(before, at, after, late))
        .extracting(r -> r.getStatus() + " " + r.getHeader("X-Fee-Yen"))
        .containsExactly("200 600", "200 400", "200 200", "200 900");
    assertThat(stored(before)).containsEntry("fee_yen", 600).containsEntry("copies", 2);
    assertThat(stored(at)).containsEntry("fee_yen", 400).containsEntry("copies", 2);
    assertThat(stored(late)).containsEntry("fee_yen", 900).containsEntry("copies", 3);
  }

  @Test
  void aCampaignPriceEndsAtItsInstantOnBothNodes() throws Exception {
    clock.set(START.plus(Duration.ofHours(1)));
    String person = TestLegacy.issuableAdults().get(22);
    Instant ends = START.plus(Duration.ofHours(2)); // 12:00
    // recorded a week before: 10 yen for 住民票記載事項証明書 until noon today, 300 again from then
    Instant weekBefore = START.minus(Duration.ofDays(7));
    schedules.addFee(
        new DatedFee("JUMINHYO_KISAI", START.minus(Duration.ofDays(1)), 10),
        "officer1",
        weekBefore);
    schedules.addFee(new DatedFee("JUMINHYO_KISAI", ends, 300), "officer1", weekBefore);

    assertThat(menuFee(first, person, ends.minusSeconds(1), "JUMINHYO_KISAI")).isEqualTo(10);
    assertThat(menuFee(second, person, ends, "JUMINHYO_KISAI")).isEqualTo(300);
    clock.set(ends.plusSeconds(5));
    MockHttpServletResponse campaign =
        issue(first, person, "JUMINHYO_KISAI", 2, "K-0001", ends.minusMillis(1));
    MockHttpServletResponse ended = issue(second, person, "JUMINHYO_KISAI", 2, "K-0001", ends);

    assertThat(campaign.getHeader("X-Fee-Yen")).isEqualTo("20");
    assertThat(ended.getHeader("X-Fee-Yen")).isEqualTo("600");
    assertThat(stored(campaign)).containsEntry("fee_yen", 20);
    assertThat(stored(ended)).containsEntry("fee_yen", 600);
  }

  @Test
  void copiesOperatorAndCommissionAreKeptAndAnUnmatchedKioskIsUnknown() throws Exception {
    clock.set(START.plus(Duration.ofHours(3)));
    Instant now = clock.instant();
    String person = TestLegacy.issuableAdults().get(23);
    OperatorEditor operators = new OperatorEditor(postgres.dataSource());
    operators.saveOperator(new OperatorEditor.Operator("SEJ", "セブン-イレブン"));
    operators.savePrefix(new OperatorEditor.Prefix("SEJ-", "SEJ"));
    Instant week = now.minus(Duration.ofDays(7));
    schedules.addCommission("*", now.minus(Duration.ofDays(1)), 120, "officer1", week);
    schedules.addCommission("SEJ", now.minus(Duration.ofDays(1)), 100, "officer1", week);
    clock.advance(Duration.ofSeconds(2)); // the mapping changed: read again after 1 s

    MockHttpServletResponse sej = issue(first, person, "JUMINHYO", 3, "SEJ-0042", now);
    MockHttpServletResponse other = issue(second, person, "JUMINHYO", 2, "ZZZ-7", now);

    assertThat(stored(sej))
        .containsEntry("copies", 3)
        .containsEntry("kiosk_id", "SEJ-0042")
        .containsEntry("operator_code", "SEJ")
        .containsEntry("commission_yen", 300)
        .containsEntry("fee_yen", 900);
    assertThat(stored(other))
        .containsEntry("copies", 2)
        .containsEntry("kiosk_id", "ZZZ-7")
        .containsEntry("operator_code", "UNKNOWN")
        .containsEntry("commission_yen", 240);
    assertThat(operators.kiosks())
        .extracting(k -> k.kioskId() + " " + k.operatorNow() + " " + k.answeredUnknown())
        .startsWith("ZZZ-7 UNKNOWN 1")
        .contains("SEJ-0042 SEJ 0");
  }

  private static int menuFee(MockMvc relay, String person, Instant at, String type)
      throws Exception {
    String body =
        """
        {"requestId":"%s","municipalityCode":"012025","juminhyoCode":"%s",
         "kioskId":"K-0001","requestedAt":"%s"}"""
            .formatted(nextId(), person, tokyo(at));
    MockHttpServletResponse response =
        relay
            .perform(post("/jlis/v1/menu").contentType(MediaType.APPLICATION_JSON).content(body))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    for (JsonNode available : JSON.readTree(response.getContentAsByteArray()).get("available")) {
      if (available.get("certificateType").asText().equals(type)) {
        return available.get("feeYen").asInt();
      }
    }
    throw new AssertionError(type + " is not on the menu");
  }

  private static MockHttpServletResponse issue(
      MockMvc relay, String person, String type, int copies, String kiosk, Instant at)
      throws Exception {
    String requestId = nextId();
    String body =
        """
        {"requestId":"%s","municipalityCode":"012025","juminhyoCode":"%s",
         "certificateType":"%s","options":{},"copies":%d,"kioskId":"%s","requestedAt":"%s"}"""
            .formatted(requestId, person, type, copies, kiosk, tokyo(at));
    MockHttpServletResponse response =
        relay
            .perform(
                post("/jlis/v1/certificates").contentType(MediaType.APPLICATION_JSON).content(body))
            .andReturn()
            .getResponse();
    response.setHeader("X-Test-Request-Id", requestId);
    return response;
  }

  private static Map<String, Object> stored(MockHttpServletResponse response) {
    return db.queryForMap(
        "SELECT fee_yen, copies, kiosk_id, operator_code, commission_yen, requested_at"
            + " FROM issuance_request WHERE request_id = ?",
        response.getHeader("X-Test-Request-Id"));
  }

  private static synchronized String nextId() {
    return "fee-" + System.nanoTime() + "-" + ++sequence;
  }

  private static String tokyo(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.ofHours(9)).toString();
  }
}
