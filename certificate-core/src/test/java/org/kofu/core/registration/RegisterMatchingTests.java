package org.kofu.core.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kofu.core.legacy.LegacyDatabase;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.koseki.RegisteredPerson;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Candidates and agreement on the fixture's 戸籍 (H2): register 20 holds 佐藤健一, born 1960-01-01, 本籍
 * 北海道函館市元町1番地, who lives elsewhere.
 */
class RegisterMatchingTests {

  private static final LocalDate BORN = LocalDate.of(1960, 1, 1);
  private static LegacyDatabase db;
  private static RegisterMatching matching;

  @BeforeAll
  static void open() throws Exception {
    db = LegacyDatabase.h2();
    matching = new RegisterMatching(new KosekiReader(db.dataSource()));
  }

  @AfterAll
  static void close() throws Exception {
    db.close();
  }

  private static Applicant sato(String name, String honseki, String hittosha) {
    return new Applicant(name, BORN, honseki, hittosha);
  }

  @Test
  void theRegisterOffersThePersonWhoseNameBirthHonsekiAndHittoshaAgree() {
    var candidates = matching.candidates(sato("佐藤　健一", "北海道函館市元町１番地", "佐藤 健一"));

    assertThat(candidates).extracting(p -> p.member().rowKey()).containsExactly("20/1");
    assertThat(candidates.get(0).fullName()).isEqualTo("佐藤健一");
  }

  @Test
  void anyDisagreementLeavesNoCandidate() {
    String honseki = "北海道函館市元町1番地";
    assertThat(matching.candidates(sato("佐藤健二", honseki, "佐藤健一"))).as("名").isEmpty();
    assertThat(matching.candidates(sato("加藤健一", honseki, "佐藤健一"))).as("氏").isEmpty();
    assertThat(matching.candidates(sato("佐藤健一", "北海道函館市元町2番地", "佐藤健一"))).as("本籍").isEmpty();
    assertThat(matching.candidates(sato("佐藤健一", honseki, "佐藤健二"))).as("筆頭者").isEmpty();
    assertThat(matching.candidates(new Applicant("佐藤健一", BORN.plusDays(1), honseki, "佐藤健一")))
        .as("birth date")
        .isEmpty();
  }

  @Test
  void aRemovedPersonOrAClosedRegisterOffersNoCandidate() {
    String family = org.kofu.core.legacy.MadoguchiFixture.FAMILY;
    assertThat(
            matching.candidates(
                new Applicant(
                    family + "春子", LocalDate.of(2001, 3, 3), "北海道函館市元町1番地", family + "太郎")))
        .as("10/3 is 除籍")
        .isEmpty();
    assertThat(
            matching.check(
                new Applicant(
                    family + "次郎", LocalDate.of(2005, 7, 7), "北海道函館市元町1番地", family + "次郎"),
                12,
                1))
        .as("12 is closed")
        .isEqualTo(Agreement.LEFT_REGISTER);
    assertThat(matching.check(sato("佐藤健一", "北海道函館市元町1番地", "佐藤健一"), 20, 9))
        .as("no such row")
        .isEqualTo(Agreement.LEFT_REGISTER);
  }

  @Test
  void anApprovedPersonStopsAgreingWhenTheirDataChanges() {
    Applicant applicant = sato("佐藤健一", "北海道函館市元町1番地", "佐藤健一");
    assertThat(matching.check(applicant, 20, 1)).isEqualTo(Agreement.AGREES);

    JdbcTemplate jdbc = new JdbcTemplate(db.dataSource());
    jdbc.update("UPDATE koseki.koseki SET honseki = '北海道函館市末広町1番地' WHERE koseki_id = 20");
    try {
      assertThat(matching.check(applicant, 20, 1)).isEqualTo(Agreement.NO_LONGER_AGREES);
      jdbc.update("UPDATE koseki.koseki SET status = 'JOSEKI' WHERE koseki_id = 20");
      assertThat(matching.check(applicant, 20, 1)).isEqualTo(Agreement.LEFT_REGISTER);
    } finally {
      jdbc.update(
          "UPDATE koseki.koseki SET honseki = '北海道函館市元町1番地', status = 'CURRENT'"
              + " WHERE koseki_id = 20");
    }
  }

  @Test
  void aRegisterWhoseHittoshaDoesNotEndWithTheHeadsNameGivesNoSurname() {
    RegisteredPerson any = matching.candidates(sato("佐藤健一", "北海道函館市元町1番地", "佐藤健一")).get(0);
    RegisteredPerson odd = new RegisteredPerson(any.member(), any.register(), "次郎");
    assertThat(odd.surname()).isNull();
    assertThat(RegisterMatching.agrees(sato("佐藤健一", "北海道函館市元町1番地", "佐藤健一"), odd)).isFalse();
  }
}
