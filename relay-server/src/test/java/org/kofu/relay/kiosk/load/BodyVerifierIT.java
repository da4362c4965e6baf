package org.kofu.relay.kiosk.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.ResidentForm;
import org.kofu.core.certificate.Scope;
import org.kofu.core.certificate.assembly.CertificateContentAssembler;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;
import org.kofu.core.readback.PersonSnapshot;
import org.kofu.core.render.CertificateProperties;
import org.kofu.core.render.CertificateRenderer;
import org.kofu.core.render.body.BodyStamper;
import org.kofu.kiosk.load.BodyVerifier;
import org.kofu.kiosk.load.LoadChanges;
import org.kofu.kiosk.load.MixEntry;
import org.kofu.kiosk.load.PersonSnapshots;
import org.kofu.kiosk.load.RefusalCase;
import org.kofu.kiosk.load.RefusalCases;
import org.kofu.kiosk.load.Verdict;
import org.kofu.relay.support.RelayTests;
import org.kofu.relay.support.Requests;
import org.kofu.relay.support.TestLegacy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The load driver's checker finds every way a body can be another request's: another person (a
 * householder given another member's 住民票 included), another type, options not as asked, a person
 * missing or extra, a 戸籍 person of another 氏, a wrong birth date, a wrong number; and a body older
 * than its data. Each right body passes.
 */
class BodyVerifierIT extends RelayTests {

  private static final MixEntry JUMINHYO = entry("JUMINHYO", "{}");
  private static final MixEntry HOUSEHOLD = entry("JUMINHYO", "{\"scope\":\"HOUSEHOLD\"}");
  private static final MixEntry WITH_HONSEKI = entry("JUMINHYO", "{\"honseki\":true}");
  private static final MixEntry NO_HOUSEHOLDER = entry("JUMINHYO", "{\"householder\":false}");
  private static final MixEntry KISAI = entry("JUMINHYO_KISAI", "{}");
  private static final MixEntry ZENBU = entry("KOSEKI_ZENBU", "{}");
  private static final MixEntry KOJIN = entry("KOSEKI_KOJIN", "{}");
  private static final MixEntry FUHYO = entry("KOSEKI_FUHYO", "{}");
  private static final MixEntry FUHYO_ALL = entry("KOSEKI_FUHYO", "{\"scope\":\"ALL\"}");
  private static final MixEntry INKAN = entry("INKAN", "{}");
  private static final MixEntry TAX = entry("SHOTOKU_KAZEI", "{}");
  private static final MixEntry SHOTOKU = entry("SHOTOKU", "{}");
  private static final MixEntry KAZEI = entry("KAZEI", "{}");

  @Autowired private KosekiReader kosekiReader;
  @Autowired private CertificateRenderer renderer;

  private final PersonSnapshots snapshots = new PersonSnapshots(TestLegacy.dataSource());

  private static MixEntry entry(String type, String options) {
    return new MixEntry(type, options, 1, true);
  }

  private MockHttpServletResponse issue(String person, MixEntry entry) throws Exception {
    MockHttpServletResponse response =
        issueCertificate(
            Requests.certificate(newRequestId(), person, entry.type(), entry.options()));
    assertThat(response.getStatus()).as(entry.toString()).isEqualTo(200);
    return response;
  }

  private static Verdict check(MockHttpServletResponse response, MixEntry entry, PersonSnapshot p)
      throws Exception {
    return BodyVerifier.check(
        response.getContentAsByteArray(),
        response.getHeader("X-Certificate-Number"),
        entry,
        p,
        () -> p);
  }

  @Test
  void everyRequestedBodyPassesAndAnotherPersonsOrAnotherNumberIsWrong() throws Exception {
    // (the HOUSEHOLD 住民票: aHouseholdMemberMissingOrExtraIsWrong, on a household chosen
    // unrestricted)
    String a = TestLegacy.issuableAdults().get(30);
    String b = TestLegacy.issuableAdults().get(31);
    PersonSnapshot ofA = snapshots.read(a);
    for (MixEntry entry :
        List.of(
            JUMINHYO,
            WITH_HONSEKI,
            NO_HOUSEHOLDER,
            KISAI,
            HOUSEHOLD,
            ZENBU,
            KOJIN,
            FUHYO,
            FUHYO_ALL,
            INKAN,
            TAX)) {
      MockHttpServletResponse body = issue(a, entry);
      assertThat(check(body, entry, ofA)).as(entry.toString()).isEqualTo(Verdict.RIGHT);
      assertThat(check(body, entry, snapshots.read(b)))
          .as(entry.toString())
          .isEqualTo(Verdict.WRONG_PERSON);
    }
    assertThat(
            BodyVerifier.check(
                issue(a, JUMINHYO).getContentAsByteArray(),
                "012025-261125-999999",
                JUMINHYO,
                ofA,
                () -> null))
        .isEqualTo(Verdict.WRONG_PERSON);
  }

  /** The last issuable adult (no other test takes it) whose latest 年度 has, or has not, tax due. */
  private static String lastAdult(boolean taxed) {
    List<String> adults = TestLegacy.issuableAdults();
    for (int i = adults.size() - 1; i >= 0; i--) {
      long total =
          TestLegacy.jdbc()
              .queryForObject(
                  "SELECT t.shiminzei + t.dominzei FROM madoguchi.shotoku_kazei t"
                      + " WHERE t.atena_no = ? AND t.nendo = (SELECT MAX(m.nendo)"
                      + " FROM madoguchi.shotoku_kazei m WHERE m.atena_no = t.atena_no)",
                  Long.class,
                  TestLegacy.atenaNo(adults.get(i)));
      if ((total > 0) == taxed) {
        return adults.get(i);
      }
    }
    throw new IllegalStateException("no such adult in the demo data");
  }

  @Test
  void eachTaxKindPassesAndAHikazeiIsAKazeiOnly() throws Exception {
    for (boolean taxed : List.of(true, false)) {
      String person = lastAdult(taxed);
      PersonSnapshot p = snapshots.read(person);
      for (MixEntry entry : List.of(TAX, SHOTOKU, KAZEI)) {
        assertThat(check(issue(person, entry), entry, p))
            .as("%s %s", entry, taxed)
            .isEqualTo(Verdict.RIGHT);
      }
    }
    String untaxed = lastAdult(false);
    MockHttpServletResponse hikazei = issue(untaxed, KAZEI);
    PersonSnapshot p = snapshots.read(untaxed);
    try (var document = org.apache.pdfbox.Loader.loadPDF(hikazei.getContentAsByteArray())) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
          .startsWith("非課税証明書");
    }
    assertThat(check(hikazei, TAX, p)).isEqualTo(Verdict.WRONG_PERSON);
    assertThat(check(hikazei, SHOTOKU, p)).isEqualTo(Verdict.WRONG_PERSON);
    assertThat(check(issue(untaxed, SHOTOKU), KAZEI, p)).isEqualTo(Verdict.WRONG_PERSON);
  }

  @Test
  void anotherTypesTitleIsWrong() throws Exception {
    String a = TestLegacy.issuableAdults().get(23);
    PersonSnapshot ofA = snapshots.read(a);
    assertThat(check(issue(a, KISAI), JUMINHYO, ofA)).isEqualTo(Verdict.WRONG_PERSON);
    assertThat(check(issue(a, JUMINHYO), KISAI, ofA)).isEqualTo(Verdict.WRONG_PERSON);
    assertThat(check(issue(a, KOJIN), ZENBU, ofA)).isEqualTo(Verdict.WRONG_PERSON);
  }

  @Test
  void honsekiPrintedWhenNotAskedOrMissingWhenAskedIsWrong() throws Exception {
    String a = TestLegacy.issuableAdults().get(23);
    PersonSnapshot ofA = snapshots.read(a);
    assertThat(check(issue(a, WITH_HONSEKI), JUMINHYO, ofA)).isEqualTo(Verdict.WRONG_PERSON);
    assertThat(check(issue(a, JUMINHYO), WITH_HONSEKI, ofA)).isEqualTo(Verdict.WRONG_PERSON);
  }

  @Test
  void theHouseholderPrintedWhenNotAskedIsWrong() throws Exception {
    String a = TestLegacy.issuableAdults().get(23);
    PersonSnapshot ofA = snapshots.read(a);
    assertThat(check(issue(a, JUMINHYO), NO_HOUSEHOLDER, ofA)).isEqualTo(Verdict.WRONG_PERSON);
    assertThat(check(issue(a, NO_HOUSEHOLDER), JUMINHYO, ofA)).isEqualTo(Verdict.WRONG_PERSON);
  }

  @Test
  void aPrintedPersonalNumberIsWrong() throws Exception {
    String a = TestLegacy.issuableAdults().get(24);
    PersonSnapshot ofA = snapshots.read(a);
    assertThat(ofA.kojinBango()).isNotBlank();
    // a city that enabled 個人番号, asked for it: what the kiosk load must never receive
    CertificateRenderer withMyNumber =
        new CertificateRenderer(
            new CertificateProperties(
                "函館市", "012025", "山田　太郎", "classpath:seal/demo-city-seal.jpg", true),
            Clock.systemUTC());
    CertificateSubject subject =
        new CertificateSubject(
            new PersonRef.Resident(TestLegacy.atenaNo(a)),
            CertificateType.JUMINHYO,
            new CertificateOptions(Scope.SELF, true, false, true, null));
    // such a city's readers fetch the number; the test relay's (the option off) never do
    CertificateContentAssembler readingMyNumber =
        new CertificateContentAssembler(
            new MadoguchiReader(TestLegacy.dataSource(), true), kosekiReader);
    String number = "012025-261125-777777";
    byte[] pdf =
        new BodyStamper()
            .stamp(
                withMyNumber.render(readingMyNumber.assemble(subject)), TestLegacy.TODAY, number);

    assertThat(BodyVerifier.check(pdf, number, JUMINHYO, ofA, () -> ofA))
        .isEqualTo(Verdict.WRONG_PERSON);
  }

  @Test
  void aHouseholdMemberMissingOrExtraIsWrong() throws Exception {
    String householder = householderWithAnIssuableMember()[0];
    PersonSnapshot ofHead = snapshots.read(householder);
    assertThat(ofHead.household()).hasSizeGreaterThan(1);
    MockHttpServletResponse household = issue(householder, HOUSEHOLD);
    assertThat(check(household, HOUSEHOLD, ofHead)).isEqualTo(Verdict.RIGHT);

    List<PersonSnapshot.Person> oneMore = new ArrayList<>(ofHead.household());
    oneMore.add(new PersonSnapshot.Person(ofHead.shimei(), ofHead.birthDate().minusYears(30)));
    List<PersonSnapshot.Person> oneLess = ofHead.household().subList(1, ofHead.household().size());

    // the body lacks a person in scope / shows one who is not
    assertThat(check(household, HOUSEHOLD, ofHead.withHousehold(oneMore)))
        .isEqualTo(Verdict.WRONG_PERSON);
    assertThat(check(household, HOUSEHOLD, ofHead.withHousehold(oneLess)))
        .isEqualTo(Verdict.WRONG_PERSON);
    // the household's body for a request of the householder's own
    assertThat(check(household, JUMINHYO, ofHead)).isEqualTo(Verdict.WRONG_PERSON);
  }

  @Test
  void aHouseholdIn個人票PassesAndAMemberMissingOrAnotherFormsScopeIsWrong() throws Exception {
    String householder = householderWithAnIssuableMember()[0];
    PersonSnapshot ofHead = snapshots.read(householder);
    CertificateSubject subject =
        new CertificateSubject(
            new PersonRef.Resident(TestLegacy.atenaNo(householder)),
            CertificateType.JUMINHYO,
            new CertificateOptions(Scope.HOUSEHOLD, true, false, false, null, ResidentForm.KOJIN));
    String number = "012025-261125-777778";
    byte[] pdf =
        new BodyStamper()
            .stamp(
                renderer.render(
                    new CertificateContentAssembler(
                            new MadoguchiReader(TestLegacy.dataSource(), false), kosekiReader)
                        .assemble(subject)),
                TestLegacy.TODAY,
                number);
    List<PersonSnapshot.Person> oneLess = ofHead.household().subList(1, ofHead.household().size());

    assertThat(BodyVerifier.check(pdf, number, HOUSEHOLD, ofHead, () -> ofHead))
        .isEqualTo(Verdict.RIGHT);
    assertThat(
            BodyVerifier.check(pdf, number, HOUSEHOLD, ofHead.withHousehold(oneLess), () -> ofHead))
        .isEqualTo(Verdict.WRONG_PERSON);
    assertThat(BodyVerifier.check(pdf, number, JUMINHYO, ofHead, () -> ofHead))
        .isEqualTo(Verdict.WRONG_PERSON);
  }

  @Test
  void aHouseholderGivenAnotherMembersJuminhyoIsWrong() throws Exception {
    String[] pair = householderWithAnIssuableMember();
    PersonSnapshot ofHead = snapshots.read(pair[0]);
    // the member's own 住民票 prints the householder as 世帯主, at the same address
    MockHttpServletResponse membersBody = issue(pair[1], JUMINHYO);
    assertThat(check(membersBody, JUMINHYO, snapshots.read(pair[1]))).isEqualTo(Verdict.RIGHT);

    assertThat(check(membersBody, JUMINHYO, ofHead)).isEqualTo(Verdict.WRONG_PERSON);
  }

  @Test
  void aRegisterPersonWithTheRightGivenNameButAnotherSurnameIsWrong() throws Exception {
    String a = TestLegacy.issuableAdults().get(2);
    PersonSnapshot ofA = snapshots.read(a);
    PersonSnapshot.Register r = ofA.register();
    String hittosha = r.hittosha();
    String otherSurname = "佐々木" + hittosha.substring(hittosha.indexOf('　') + 1);
    PersonSnapshot otherRegister =
        ofA.withRegister(
            new PersonSnapshot.Register(r.honseki(), otherSurname, r.self(), r.members()));

    for (MixEntry entry : List.of(KOJIN, ZENBU, FUHYO)) {
      MockHttpServletResponse body = issue(a, entry);
      assertThat(check(body, entry, ofA)).as(entry.toString()).isEqualTo(Verdict.RIGHT);
      assertThat(check(body, entry, otherRegister))
          .as(entry.toString())
          .isEqualTo(Verdict.WRONG_PERSON);
    }
  }

  @Test
  void aWrongBirthDateIsWrong() throws Exception {
    String a = TestLegacy.issuableAdults().get(3);
    PersonSnapshot ofA = snapshots.read(a);
    PersonSnapshot.Register r = ofA.register();
    PersonSnapshot.Person self = r.self();
    PersonSnapshot bornADayLater =
        ofA.withBirthDate(ofA.birthDate().plusDays(1))
            .withRegister(
                new PersonSnapshot.Register(
                    r.honseki(),
                    r.hittosha(),
                    new PersonSnapshot.Person(self.name(), self.birthDate().plusDays(1)),
                    r.members()));

    for (MixEntry entry : List.of(JUMINHYO, INKAN, KOJIN)) {
      MockHttpServletResponse body = issue(a, entry);
      assertThat(check(body, entry, ofA)).as(entry.toString()).isEqualTo(Verdict.RIGHT);
      assertThat(check(body, entry, bornADayLater))
          .as(entry.toString())
          .isEqualTo(Verdict.WRONG_PERSON);
    }
  }

  @Test
  void aBodyOlderThanTheDataReadBeforeTheRequestIsStale() throws Exception {
    String person = TestLegacy.issuableAdults().get(32);
    MockHttpServletResponse old = issue(person, JUMINHYO);

    TestLegacy.jdbc()
        .update(
            "UPDATE madoguchi.jumin SET katagaki = ? WHERE juminhyo_code = ?",
            LoadChanges.MARKER + 5,
            person);
    PersonSnapshot changed = snapshots.read(person);

    assertThat(check(old, JUMINHYO, changed)).isEqualTo(Verdict.STALE);
    assertThat(check(issue(person, JUMINHYO), JUMINHYO, changed)).isEqualTo(Verdict.RIGHT);
  }

  @Test
  void everyRefusalCaseOfTheLoadIsRefusedWithItsCause() throws Exception {
    List<RefusalCase> cases = RefusalCases.read(TestLegacy.dataSource(), 3, TestLegacy.TODAY);
    assertThat(cases).extracting(RefusalCase::kind).contains("under age");
    for (RefusalCase refusal : cases) {
      MockHttpServletResponse answer =
          issueCertificate(
              Requests.certificate(
                  newRequestId(),
                  refusal.juminhyoCode(),
                  refusal.entry().type(),
                  refusal.entry().options()));
      assertThat(answer.getStatus()).as(refusal.kind()).isEqualTo(422);
      assertThat(answer.getContentAsString())
          .as(refusal.kind())
          .contains("\"cause\":\"" + refusal.cause() + "\"");
    }
  }

  /**
   * A householder and another member of the same household, both adults a 住民票 can be issued for
   * (ACTIVE, no restriction or move-out notified in the household).
   */
  private static String[] householderWithAnIssuableMember() {
    Map<String, Object> pair =
        TestLegacy.jdbc()
            .queryForList(
                "SELECT h.juminhyo_code AS head, m.juminhyo_code AS member"
                    + " FROM madoguchi.setai s JOIN madoguchi.jumin h"
                    + " ON h.atena_no = s.setainushi_atena_no JOIN madoguchi.jumin m"
                    + " ON m.setai_no = s.setai_no AND m.atena_no <> h.atena_no"
                    + " WHERE h.status = 'ACTIVE' AND m.status = 'ACTIVE'"
                    + " AND h.birth_date < DATE '1990-01-01' AND m.birth_date < DATE '2000-01-01'"
                    + " AND NOT EXISTS (SELECT 1 FROM madoguchi.jumin x WHERE x.setai_no ="
                    + " s.setai_no AND (x.tenshutsu_yotei_date IS NOT NULL OR EXISTS (SELECT 1"
                    + " FROM madoguchi.kofu_seigen r WHERE r.atena_no = x.atena_no)))"
                    + " ORDER BY s.setai_no DESC")
            .get(0);
    return new String[] {(String) pair.get("HEAD"), (String) pair.get("MEMBER")};
  }
}
