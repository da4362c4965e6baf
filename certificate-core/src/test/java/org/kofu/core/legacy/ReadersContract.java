package org.kofu.core.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kofu.core.legacy.koseki.AddressHistoryRow;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.koseki.RegisterEntryRow;
import org.kofu.core.legacy.koseki.RegisterMemberRow;
import org.kofu.core.legacy.koseki.RegisteredPerson;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;
import org.kofu.core.legacy.madoguchi.ResidentRow;
import org.kofu.core.legacy.madoguchi.RestrictionRow;
import org.kofu.core.legacy.madoguchi.TaxRow;
import org.kofu.core.legacy.read.ReadMemo;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/** Every reader query against the fixture; run on PostgreSQL and on H2 with the same SQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReadersContract {

  LegacyDatabase db;
  MadoguchiReader madoguchi;
  KosekiReader koseki;

  abstract LegacyDatabase open() throws Exception;

  @BeforeAll
  void setUp() throws Exception {
    db = open();
    madoguchi = new MadoguchiReader(db.dataSource(), true);
    koseki = new KosekiReader(db.dataSource());
  }

  @AfterAll
  void tearDown() throws Exception {
    db.close();
  }

  @Test
  void findsAResidentByJuminhyoCodeWithEveryColumn() {
    ResidentRow r = madoguchi.residentByJuminhyoCode(MadoguchiFixture.code(103)).orElseThrow();

    assertThat(r.atenaNo()).isEqualTo(103);
    assertThat(r.shimei()).isEqualTo(MadoguchiFixture.FAMILY + "　太郎");
    assertThat(r.juminhyoCode()).isEqualTo(MadoguchiFixture.code(103));
    assertThat(r.kojinBango()).isEqualTo("123456789018");
    assertThat(r.katagaki()).isEqualTo("コーポ本町 101号室");
    assertThat(r.todokeDate()).isEqualTo(LocalDate.of(2018, 4, 5));
    assertThat(r.honseki()).isEqualTo("北海道函館市元町1番地");
    assertThat(r.sex()).isEqualTo("1");
    assertThat(r.isForeigner()).isFalse();
    assertThat(r.version()).isEqualTo(7);
    assertThat(madoguchi.residentByJuminhyoCode("99999999999")).isEmpty();
  }

  /** The fixture's data source, counting its connections: one per query. */
  private DataSource counting(AtomicInteger queries) {
    return new DelegatingDataSource(db.dataSource()) {
      @Override
      public Connection getConnection() throws SQLException {
        queries.incrementAndGet();
        return super.getConnection();
      }
    };
  }

  @Test
  void inAMemoTheResidentFoundByJuminhyoCodeAnswersTheReadByAtenaNo() throws Exception {
    AtomicInteger queries = new AtomicInteger();
    MadoguchiReader counted = new MadoguchiReader(counting(queries), true);
    try (ReadMemo memo = ReadMemo.open()) {
      ResidentRow byCode = counted.residentByJuminhyoCode(MadoguchiFixture.code(103)).orElseThrow();

      assertThat(counted.resident(103)).containsSame(byCode);
      assertThat(counted.residentByJuminhyoCode("99999999999")).isEmpty();
      assertThat(queries)
          .as("one query each for the code found and the code not found")
          .hasValue(2);
    }
    assertThat(counted.resident(103)).as("after the memo").isPresent();
    assertThat(queries).hasValue(3);
  }

  @Test
  void inAMemoTheResidentFoundByJuminhyoCodeAlsoAnswersItsHouseholdHouseholderAndRestrictions() {
    AtomicInteger queries = new AtomicInteger();
    MadoguchiReader counted = new MadoguchiReader(counting(queries), true);
    try (ReadMemo memo = ReadMemo.open()) {
      ResidentRow wife = counted.residentByJuminhyoCode(MadoguchiFixture.code(102)).orElseThrow();

      assertThat(counted.household(wife.setaiNo())).isEqualTo(madoguchi.household(1));
      assertThat(counted.resident(103)).as("the householder").isEqualTo(madoguchi.resident(103));
      assertThat(counted.restrictions(102))
          .isEqualTo(madoguchi.restrictions(102))
          .extracting(RestrictionRow::reason)
          .containsExactly("DV_SUPPORT", "SELF_REQUEST");
      assertThat(counted.restrictions(103))
          .as("the householder's, from the same statement")
          .isEqualTo(madoguchi.restrictions(103))
          .extracting(RestrictionRow::reason)
          .containsExactly("CARD_LOST");
      assertThat(counted.residentByJuminhyoCode(MadoguchiFixture.code(105))).isPresent();
      assertThat(counted.restrictions(105)).isEmpty();
      assertThat(queries).as("one statement for each resident").hasValue(2);
    }
  }

  @Test
  void readsTheRestrictionsOfSeveralPersonsInOneQueryPersonByPerson() {
    AtomicInteger queries = new AtomicInteger();
    MadoguchiReader counted = new MadoguchiReader(counting(queries), true);

    assertThat(counted.restrictions(List.of(105L, 103L, 102L)))
        .extracting(RestrictionRow::seigenId)
        .containsExactly(3L, 1L, 2L);
    assertThat(counted.restrictions(List.of(105L))).isEmpty();
    assertThat(queries).hasValue(2);
  }

  @Test
  void inAMemoTheRestrictionsOfSeveralPersonsAreReadOnlyForThoseNotReadYet() {
    AtomicInteger queries = new AtomicInteger();
    MadoguchiReader counted = new MadoguchiReader(counting(queries), true);
    try (ReadMemo memo = ReadMemo.open()) {
      counted.residentByJuminhyoCode(MadoguchiFixture.code(103)).orElseThrow();
      List<RestrictionRow> household = counted.restrictions(List.of(103L, 102L, 101L));

      assertThat(household).extracting(RestrictionRow::seigenId).containsExactly(3L, 1L, 2L);
      assertThat(counted.restrictions(101)).isEmpty();
      assertThat(counted.restrictions(102)).isEqualTo(madoguchi.restrictions(102));
      assertThat(counted.restrictions(List.of(101L, 102L))).isEqualTo(household.subList(1, 3));
      assertThat(queries).as("the resident with its rows, then 102 and 101 together").hasValue(2);
    }
  }

  @Test
  void inAMemoTheFiscalYearsOnRecordAnswerEachYearAndTheLatest() {
    AtomicInteger queries = new AtomicInteger();
    MadoguchiReader counted = new MadoguchiReader(counting(queries), true);
    try (ReadMemo memo = ReadMemo.open()) {
      List<TaxRow> taxes = counted.taxes(103);

      assertThat(counted.tax(103, 2024)).containsSame(taxes.get(0));
      assertThat(counted.latestTax(103))
          .containsSame(taxes.get(1))
          .isEqualTo(madoguchi.latestTax(103));
      assertThat(counted.taxes(105)).isEmpty();
      assertThat(counted.latestTax(105)).as("no years on record: no latest either").isEmpty();
      assertThat(queries).hasValue(2);
      assertThat(counted.tax(103, 2023)).as("a year not on record is read").isEmpty();
      assertThat(queries).hasValue(3);
    }
  }

  @Test
  void findsAResidentByAtenaNoIncludingForeignResidentsAndIvsNames() {
    ResidentRow foreigner = madoguchi.resident(201).orElseThrow();
    assertThat(foreigner.foreigner())
        .isEqualTo(
            new ResidentRow.Foreigner("ベトナム", "技術・人文知識・国際業務", "5年", LocalDate.of(2029, 4, 1)));
    assertThat(madoguchi.resident(301).orElseThrow().shimei()).isEqualTo("葛\uDB40\uDD02西　光");
    assertThat(madoguchi.resident(104).orElseThrow().status()).isEqualTo("MOVED_OUT");
    assertThat(madoguchi.resident(999)).isEmpty();
  }

  @Test
  void listsHouseholdMembersInRecordOrderWhateverTheirStatus() {
    assertThat(madoguchi.householdMembers(1))
        .extracting(ResidentRow::atenaNo)
        .containsExactly(101L, 102L, 103L, 104L, 105L);
    assertThat(madoguchi.householdMembers(9)).isEmpty();
  }

  @Test
  void readsTheHouseholdRow() {
    assertThat(madoguchi.household(1).orElseThrow())
        .extracting("setainushiAtenaNo", "version")
        .containsExactly(103L, 4L);
    assertThat(madoguchi.household(9)).isEmpty();
  }

  @Test
  void readsOnlyTheActiveSeal() {
    assertThat(madoguchi.activeSeal(103).orElseThrow())
        .satisfies(
            s -> {
              assertThat(s.inkanNo()).isEqualTo(2);
              assertThat(s.ineiPng()).isEqualTo(MadoguchiFixture.SEAL_PNG);
              assertThat(s.version()).isEqualTo(3);
            });
    assertThat(madoguchi.activeSeal(102)).isEmpty();
  }

  @Test
  void readsTaxByFiscalYearAndTheLatest() {
    assertThat(madoguchi.taxes(103)).extracting(TaxRow::nendo).containsExactly(2024, 2025);
    assertThat(madoguchi.tax(103, 2024).orElseThrow().shiminzei()).isEqualTo(145_800);
    assertThat(madoguchi.latestTax(103).orElseThrow())
        .satisfies(t -> assertThat(t.nendo()).isEqualTo(2025))
        .satisfies(t -> assertThat(t.totalTax()).isEqualTo(256_000))
        .satisfies(t -> assertThat(t.version()).isEqualTo(2));
    assertThat(madoguchi.tax(103, 2023)).isEmpty();
    assertThat(madoguchi.latestTax(102)).isEmpty();
  }

  @Test
  void readsEveryRestrictionOfAPerson() {
    List<RestrictionRow> rows = madoguchi.restrictions(102);
    assertThat(rows)
        .extracting(RestrictionRow::reason)
        .containsExactly("DV_SUPPORT", "SELF_REQUEST");
    assertThat(rows.get(0).certType()).isNull();
    assertThat(rows.get(1).appliesTo("INKAN", LocalDate.of(2026, 11, 25))).isFalse();
    assertThat(madoguchi.restrictions(105)).isEmpty();
  }

  @Test
  void readsTheFuhyoRestrictionsOfARegisterAndOfResidentsOnAnyOfTheirEntries() {
    assertThat(koseki.fuhyoRestrictions(20))
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).isEqualTo("DV_SUPPORT"))
        .satisfies(r -> assertThat(r.inForce(LocalDate.of(2026, 11, 25))).isTrue())
        .satisfies(r -> assertThat(r.validTo()).isNull());
    assertThat(koseki.fuhyoRestrictions(10))
        .singleElement()
        .satisfies(r -> assertThat(r.inForce(LocalDate.of(2026, 11, 25))).isFalse());
    assertThat(koseki.fuhyoRestrictions(30)).isEmpty();

    AtomicInteger queries = new AtomicInteger();
    KosekiReader counted = new KosekiReader(counting(queries));
    try (ReadMemo memo = ReadMemo.open()) {
      var byResident = counted.fuhyoRestrictionsOfResidents(List.of(103L, 101L, 102L));

      assertThat(byResident.keySet()).containsExactly(103L, 101L, 102L);
      assertThat(byResident.get(101L))
          .singleElement()
          .satisfies(r -> assertThat(r.rowKey()).isEqualTo("3"))
          .satisfies(r -> assertThat(r.kosekiId()).isEqualTo(11));
      assertThat(byResident.get(103L)).isEmpty();
      assertThat(counted.fuhyoRestrictionsOfResidents(List.of(101L)))
          .isEqualTo(Map.of(101L, byResident.get(101L)));
      assertThat(queries).as("one IN list, then the memo").hasValue(1);
    }
  }

  @Test
  void readsRegistersAndMembersInRegisterOrder() {
    assertThat(koseki.register(10).orElseThrow().hittosha())
        .isEqualTo(MadoguchiFixture.FAMILY + "太郎");
    assertThat(koseki.register(10).orElseThrow().version()).isEqualTo(2);
    assertThat(koseki.register(99)).isEmpty();
    List<RegisterMemberRow> members = koseki.members(10);
    assertThat(members).extracting(RegisterMemberRow::kojinNo).containsExactly(1, 2, 3, 4, 5);
    assertThat(members.get(2).atenaNo()).isNull();
    assertThat(members.get(2).joseki()).isTrue();
    assertThat(koseki.member(20, 1).orElseThrow().shimei()).isEqualTo("健一");
    assertThat(koseki.member(20, 2)).isEmpty();
  }

  @Test
  void findsTheCurrentRegisterOfAResidentSkippingRemovedEntriesAndClosedRegisters() {
    assertThat(koseki.currentMembership(103).orElseThrow().rowKey()).isEqualTo("10/1");
    assertThat(koseki.currentMembership(105).orElseThrow().rowKey()).isEqualTo("10/5");
    assertThat(koseki.currentMembership(101).orElseThrow().rowKey()).isEqualTo("11/2");
    assertThat(koseki.currentMembership(201)).isEmpty();
  }

  @Test
  void inAMemoTheCurrentMembershipAlsoAnswersItsRegistersRow() {
    AtomicInteger queries = new AtomicInteger();
    KosekiReader counted = new KosekiReader(counting(queries));
    try (ReadMemo memo = ReadMemo.open()) {
      RegisterMemberRow membership = counted.currentMembership(101).orElseThrow();

      assertThat(counted.register(membership.kosekiId())).isEqualTo(koseki.register(11));
      assertThat(queries).hasValue(1);
      assertThat(counted.register(10)).as("another register").isEqualTo(koseki.register(10));
      assertThat(queries).hasValue(2);
    }
  }

  @Test
  void findsThePersonsInForceBornOnADayWithTheirRegisterAndItsSurname() {
    assertThat(koseki.bornOn(LocalDate.of(1970, 1, 15)))
        .as("10/1 in force; 11/3 is 除籍")
        .extracting(p -> p.member().rowKey(), RegisteredPerson::fullName)
        .containsExactly(tuple("10/1", MadoguchiFixture.FAMILY + "太郎"));
    assertThat(koseki.bornOn(LocalDate.of(2005, 7, 7)))
        .as("12 is a closed register")
        .extracting(p -> p.member().rowKey())
        .containsExactly("10/5");
    RegisteredPerson elsewhere = koseki.bornOn(LocalDate.of(1960, 1, 1)).get(0);
    assertThat(elsewhere.surname()).isEqualTo("佐藤");
    assertThat(elsewhere.register().honseki()).isEqualTo("北海道函館市元町1番地");
    assertThat(elsewhere.register().hittosha()).isEqualTo("佐藤健一");
  }

  @Test
  void readsOnePersonWithTheirRegisterWhateverTheirState() {
    RegisteredPerson removed = koseki.registeredPerson(11, 3).orElseThrow();
    assertThat(removed.inRegister()).isFalse();
    assertThat(removed.headShimei()).isEqualTo("一男");
    assertThat(koseki.registeredPerson(12, 1).orElseThrow().inRegister()).isFalse();
    assertThat(koseki.registeredPerson(10, 2).orElseThrow().inRegister()).isTrue();
    assertThat(koseki.registeredPerson(10, 9)).isEmpty();
  }

  @Test
  void readsEntriesBySeqForTheRegisterAndForOnePerson() {
    assertThat(koseki.entries(10))
        .extracting(RegisterEntryRow::seq)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(koseki.entries(10, 3)).extracting(RegisterEntryRow::seq).containsExactly(1, 5, 6, 9);
    assertThat(koseki.entries(10).get(1).detailLines())
        .containsExactly("【出生日】昭和45年1月15日", "【出生地】北海道函館市", "【届出人】父");
  }

  @Test
  void readsAddressHistoryOldestFirst() {
    assertThat(koseki.addressHistory(10, 1))
        .extracting(AddressHistoryRow::seq)
        .containsExactly(2, 1, 3);
    assertThat(koseki.addressHistories(10))
        .extracting(AddressHistoryRow::rowKey)
        .containsExactly("10/1/2", "10/1/1", "10/1/3", "10/2/1", "10/5/1");
    assertThat(koseki.addressHistory(10, 3)).isEmpty();
  }

  @Test
  void currentVersionsGivesEachExistingRowAndLeavesDeletedRowsOut() {
    // given rows of household 3 and register 30, which only this test changes
    List<String> ids =
        List.of(
            "madoguchi.jumin:301",
            "madoguchi.setai:3",
            "madoguchi.inkan:4",
            "madoguchi.shotoku_kazei:103/2025",
            "madoguchi.kofu_seigen:3",
            "madoguchi.jumin:999",
            "koseki.koseki:30",
            "koseki.kojin:30/1",
            "koseki.jiko:30/1",
            "koseki.fuhyo:30/1/1",
            "koseki.fuhyo:30/1/2",
            "koseki.fuhyo_seigen:1",
            "koseki.fuhyo_seigen:99");
    assertThat(madoguchi.currentVersions(ids))
        .containsOnly(
            Map.entry("madoguchi.jumin:301", 1L),
            Map.entry("madoguchi.setai:3", 1L),
            Map.entry("madoguchi.inkan:4", 1L),
            Map.entry("madoguchi.shotoku_kazei:103/2025", 2L),
            Map.entry("madoguchi.kofu_seigen:3", 1L));
    assertThat(koseki.currentVersions(ids))
        .hasSize(6)
        .containsEntry("koseki.fuhyo:30/1/2", 1L)
        .containsEntry("koseki.fuhyo_seigen:1", 1L);

    // when
    db.jdbc().update("UPDATE madoguchi.jumin SET katagaki = '101号室' WHERE atena_no = 301");
    db.jdbc().update("DELETE FROM koseki.fuhyo WHERE koseki_id = 30 AND kojin_no = 1 AND seq = 2");

    // then
    assertThat(madoguchi.currentVersions(ids)).containsEntry("madoguchi.jumin:301", 2L);
    assertThat(koseki.currentVersions(ids)).hasSize(5).doesNotContainKey("koseki.fuhyo:30/1/2");
  }

  @Test
  void currentVersionsSplitsLongIdListsIntoPortableInLists() {
    List<String> ids =
        IntStream.rangeClosed(1, 1_200).mapToObj(i -> "madoguchi.jumin:" + i).toList();

    assertThat(madoguchi.currentVersions(ids).keySet())
        .containsExactlyInAnyOrder(
            "madoguchi.jumin:101",
            "madoguchi.jumin:102",
            "madoguchi.jumin:103",
            "madoguchi.jumin:104",
            "madoguchi.jumin:105",
            "madoguchi.jumin:201",
            "madoguchi.jumin:301");
  }
}
