package org.kofu.core.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kofu.core.legacy.koseki.AddressHistoryRow;
import org.kofu.core.legacy.koseki.FuhyoRestrictionRow;
import org.kofu.core.legacy.koseki.FuhyoRestrictions;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.koseki.MembersAndAddresses;
import org.kofu.core.legacy.koseki.RegisterMemberRow;
import org.kofu.core.legacy.read.ReadMemo;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The reads that give several readings in one statement give each exactly the rows it gives apart,
 * and answer those readings in an open memo; run on PostgreSQL and on H2 with the same SQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CombinedReadsContract {

  LegacyDatabase db;
  KosekiReader koseki;

  abstract LegacyDatabase open() throws Exception;

  @BeforeAll
  void setUp() throws Exception {
    db = open();
    koseki = new KosekiReader(db.dataSource());
  }

  @AfterAll
  void tearDown() throws Exception {
    db.close();
  }

  @Test
  void readsTheFuhyoRestrictionsOfResidentsAndOfRegistersInOneStatementAsEachReadApart() {
    List<Long> residents = List.of(103L, 101L, 102L);
    List<Long> registers = List.of(10L, 20L, 30L, 11L);
    var ofResidents = koseki.fuhyoRestrictionsOfResidents(residents);
    Map<Long, List<FuhyoRestrictionRow>> ofRegisters = new LinkedHashMap<>();
    registers.forEach(k -> ofRegisters.put(k, koseki.fuhyoRestrictions(k)));

    AtomicInteger queries = new AtomicInteger();
    KosekiReader counted = new KosekiReader(counting(queries));
    try (ReadMemo memo = ReadMemo.open()) {
      FuhyoRestrictions both = counted.fuhyoRestrictions(residents, registers);

      assertThat(queries).as("one statement").hasValue(1);
      assertThat(both.ofResidents()).containsExactlyEntriesOf(ofResidents);
      assertThat(both.ofRegisters()).containsExactlyEntriesOf(ofRegisters);
      assertThat(both.ofRegisters().get(10L))
          .extracting(FuhyoRestrictionRow::seigenId)
          .containsExactly(2L);
      assertThat(both.ofResidents().get(101L))
          .as("found both ways: resident 101's entry 11/2")
          .isEqualTo(both.ofRegisters().get(11L))
          .extracting(FuhyoRestrictionRow::seigenId)
          .containsExactly(3L);
      assertThat(counted.fuhyoRestrictions(20)).isEqualTo(ofRegisters.get(20L));
      assertThat(counted.fuhyoRestrictionsOfResidents(List.of(102L, 101L)))
          .containsExactly(entry(102L, List.of()), entry(101L, ofResidents.get(101L)));
      assertThat(queries).as("then the memo").hasValue(1);
    }
    assertThat(koseki.fuhyoRestrictions(List.of(), List.of()).ofResidents()).isEmpty();
  }

  @Test
  void readsARegistersMembersAndAddressesInOneStatementAsEachReadApart() {
    List<RegisterMemberRow> members = koseki.members(10);
    List<AddressHistoryRow> addresses = koseki.addressHistories(10);

    AtomicInteger queries = new AtomicInteger();
    KosekiReader counted = new KosekiReader(counting(queries));
    try (ReadMemo memo = ReadMemo.open()) {
      MembersAndAddresses read = counted.membersAndAddresses(10);

      assertThat(read.members()).isEqualTo(members);
      assertThat(read.addresses()).isEqualTo(addresses);
      assertThat(counted.members(10)).isEqualTo(members);
      assertThat(counted.addressHistories(10)).isEqualTo(addresses);
      assertThat(queries).as("one statement, then the memo").hasValue(1);
    }
    assertThat(koseki.membersAndAddresses(99).members()).isEmpty();
    assertThat(koseki.membersAndAddresses(99).addresses()).isEmpty();
  }

  @Test
  void inAMemoTheMembersReadBeforeAreTheOnesTheAddressesComeWith() {
    AtomicInteger queries = new AtomicInteger();
    KosekiReader counted = new KosekiReader(counting(queries));
    try (ReadMemo memo = ReadMemo.open()) {
      List<RegisterMemberRow> before = counted.members(10);

      assertThat(counted.membersAndAddresses(10).members()).isSameAs(before);
      assertThat(queries).hasValue(2);
    }
  }

  @Test
  void anAddressOfNoMemberIsReadWithTheMembersAsTheRegistersAddressesAreApart() {
    // given an address row of register 30, which tests may change, for a kojin_no it lacks
    db.jdbc()
        .update(
            "INSERT INTO koseki.fuhyo (koseki_id, kojin_no, seq, address, jutei_date)"
                + " VALUES (30, 9, 1, '北海道函館市末広町1番1号', DATE '2021-01-01')");
    try {
      MembersAndAddresses read = koseki.membersAndAddresses(30);

      assertThat(read.members()).extracting(RegisterMemberRow::rowKey).containsExactly("30/1");
      assertThat(read.addresses())
          .isEqualTo(koseki.addressHistories(30))
          .extracting(AddressHistoryRow::rowKey)
          .containsExactly("30/1/1", "30/1/2", "30/9/1");
    } finally {
      db.jdbc().update("DELETE FROM koseki.fuhyo WHERE koseki_id = 30 AND kojin_no = 9");
    }
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
}
