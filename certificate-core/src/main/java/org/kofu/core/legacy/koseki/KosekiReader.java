package org.kofu.core.legacy.koseki;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.kofu.core.legacy.gaiji.GaijiReads;
import org.kofu.core.legacy.gaiji.GaijiRow;
import org.kofu.core.legacy.read.ReadMemo;
import org.kofu.core.legacy.read.VersionLookup;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every query the project makes on the 戸籍事務電算処理システム. Standard SQL only (it must run on Oracle as
 * well as PostgreSQL and H2): no LIMIT, no engine functions, no boolean literals.
 */
public final class KosekiReader {

  static final String REGISTER =
      "SELECT koseki_id, honseki, hittosha, hensei_date, status, version FROM koseki.koseki"
          + " WHERE koseki_id = :koseki";
  static final String MEMBER_COLUMNS =
      "p.koseki_id, p.kojin_no, p.atena_no, p.shimei, p.birth_date, p.sex, p.father, p.mother,"
          + " p.zokugara, p.joseki, p.version";
  private static final int MEMBER_COLUMN_COUNT = MEMBER_COLUMNS.split(",").length;
  static final String MEMBERS =
      "SELECT "
          + MEMBER_COLUMNS
          + " FROM koseki.kojin p WHERE p.koseki_id = :koseki ORDER BY p.kojin_no";
  static final String MEMBER =
      "SELECT "
          + MEMBER_COLUMNS
          + " FROM koseki.kojin p WHERE p.koseki_id = :koseki AND p.kojin_no = :kojin";

  /** With each membership, its register's row: the one a 戸籍 certificate reads next. */
  static final String CURRENT_MEMBERSHIP =
      "SELECT "
          + MEMBER_COLUMNS
          + ", k.honseki, k.hittosha, k.hensei_date, k.status, k.version AS register_version"
          + " FROM koseki.kojin p JOIN koseki.koseki k ON k.koseki_id = p.koseki_id"
          + " WHERE p.atena_no = :atena AND p.joseki = :removed AND k.status = 'CURRENT'"
          + " ORDER BY p.koseki_id DESC";

  /** A person with the register's row and the 名 of its 筆頭者 ({@link RegisteredPerson}). */
  static final String REGISTERED_PERSON =
      "SELECT "
          + MEMBER_COLUMNS
          + ", k.honseki, k.hittosha, k.hensei_date, k.status, k.version AS register_version,"
          + " h.shimei AS head_shimei"
          + " FROM koseki.kojin p JOIN koseki.koseki k ON k.koseki_id = p.koseki_id"
          + " LEFT JOIN koseki.kojin h ON h.koseki_id = p.koseki_id AND h.kojin_no = 1";

  static final String BORN_ON =
      REGISTERED_PERSON
          + " WHERE p.birth_date = :birth AND p.joseki = :removed AND k.status = 'CURRENT'"
          + " ORDER BY p.koseki_id, p.kojin_no";
  static final String REGISTERED =
      REGISTERED_PERSON + " WHERE p.koseki_id = :koseki AND p.kojin_no = :kojin";

  static final String ENTRY_COLUMNS =
      "koseki_id, kojin_no, seq, jiko_kind, jiko_date, detail, version";
  static final String ENTRIES =
      "SELECT " + ENTRY_COLUMNS + " FROM koseki.jiko WHERE koseki_id = :koseki ORDER BY seq";
  static final String ENTRIES_OF_MEMBER =
      "SELECT "
          + ENTRY_COLUMNS
          + " FROM koseki.jiko WHERE koseki_id = :koseki"
          + " AND (kojin_no IS NULL OR kojin_no = :kojin) ORDER BY seq";
  static final String FUHYO_COLUMNS = "koseki_id, kojin_no, seq, address, jutei_date, version";
  static final String FUHYO_OF_MEMBER =
      "SELECT "
          + FUHYO_COLUMNS
          + " FROM koseki.fuhyo WHERE koseki_id = :koseki AND kojin_no = :kojin"
          + " ORDER BY jutei_date, seq";
  static final String FUHYO =
      "SELECT "
          + FUHYO_COLUMNS
          + " FROM koseki.fuhyo WHERE koseki_id = :koseki"
          + " ORDER BY kojin_no, jutei_date, seq";
  static final String FUHYO_RESTRICTION_COLUMNS =
      "s.seigen_id, s.koseki_id, s.kojin_no, s.reason, s.valid_from, s.valid_to, s.version";
  static final String FUHYO_RESTRICTIONS_OF_REGISTER =
      "SELECT "
          + FUHYO_RESTRICTION_COLUMNS
          + " FROM koseki.fuhyo_seigen s WHERE s.koseki_id = :koseki ORDER BY s.seigen_id";

  /** Key of the memo's answer per resident; read for several residents by the IN-list form. */
  static final String FUHYO_RESTRICTIONS_OF_RESIDENT =
      "SELECT "
          + FUHYO_RESTRICTION_COLUMNS
          + ", p.atena_no FROM koseki.fuhyo_seigen s JOIN koseki.kojin p"
          + " ON p.koseki_id = s.koseki_id AND p.kojin_no = s.kojin_no"
          + " WHERE p.atena_no = :atena ORDER BY s.seigen_id";

  static final String FUHYO_RESTRICTIONS_OF_RESIDENTS =
      "SELECT "
          + FUHYO_RESTRICTION_COLUMNS
          + ", p.atena_no FROM koseki.fuhyo_seigen s JOIN koseki.kojin p"
          + " ON p.koseki_id = s.koseki_id AND p.kojin_no = s.kojin_no"
          + " WHERE p.atena_no IN (:atenas) ORDER BY s.seigen_id";

  static final Map<String, String> VERSIONS =
      Map.of(
          RegisterRow.TABLE,
              "SELECT koseki_id, version FROM koseki.koseki WHERE koseki_id IN (:ids)",
          RegisterMemberRow.TABLE,
              "SELECT koseki_id, kojin_no, version FROM koseki.kojin WHERE koseki_id IN (:ids)",
          RegisterEntryRow.TABLE,
              "SELECT koseki_id, seq, version FROM koseki.jiko WHERE koseki_id IN (:ids)",
          AddressHistoryRow.TABLE,
              "SELECT koseki_id, kojin_no, seq, version FROM koseki.fuhyo WHERE koseki_id IN (:ids)",
          FuhyoRestrictionRow.TABLE,
              "SELECT seigen_id, version FROM koseki.fuhyo_seigen WHERE seigen_id IN (:ids)");

  private final JdbcClient jdbc;

  public KosekiReader(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  public Optional<RegisterRow> register(long kosekiId) {
    return ReadMemo.optional(
        jdbc, REGISTER, Map.of("koseki", kosekiId), (rs, n) -> register(rs, rs.getLong(1), 2));
  }

  /** Every person recorded in the register, 除籍 included, in register order. */
  public List<RegisterMemberRow> members(long kosekiId) {
    return ReadMemo.list(jdbc, MEMBERS, Map.of("koseki", kosekiId), KosekiReader::member);
  }

  public Optional<RegisterMemberRow> member(long kosekiId, int kojinNo) {
    return ReadMemo.optional(
        jdbc, MEMBER, Map.of("koseki", kosekiId, "kojin", kojinNo), KosekiReader::member);
  }

  /**
   * A resident's place in their current register: not 除籍, in a CURRENT register (the newest, should
   * the data ever hold two).
   */
  public Optional<RegisterMemberRow> currentMembership(long atenaNo) {
    return ReadMemo.list(
            jdbc,
            CURRENT_MEMBERSHIP,
            Map.of("atena", atenaNo, "removed", false),
            KosekiReader::membership)
        .stream()
        .findFirst();
  }

  /** A member row; in an open memo its register's row, read with it, answers {@link #register}. */
  private static RegisterMemberRow membership(ResultSet rs, int n) throws SQLException {
    RegisterMemberRow member = member(rs, n);
    ReadMemo.learn(
        REGISTER,
        Map.of("koseki", member.kosekiId()),
        Optional.of(register(rs, member.kosekiId(), MEMBER_COLUMN_COUNT + 1)));
    return member;
  }

  /** A register row of {@code kosekiId} from its other columns, the first at {@code column}. */
  private static RegisterRow register(ResultSet rs, long kosekiId, int column) throws SQLException {
    return new RegisterRow(
        kosekiId,
        rs.getString(column),
        rs.getString(column + 1),
        rs.getObject(column + 2, LocalDate.class),
        rs.getString(column + 3),
        rs.getLong(column + 4));
  }

  /**
   * The persons born on {@code birthDate} who are in force in a CURRENT register (not 除籍): where a
   * 本籍地利用登録's candidates are looked for. No index on the birth date in the existing system: one
   * scan of {@code koseki.kojin} per look-up.
   */
  public List<RegisteredPerson> bornOn(LocalDate birthDate) {
    return ReadMemo.list(
        jdbc,
        BORN_ON,
        Map.of("birth", birthDate, "removed", false),
        KosekiReader::registeredPerson);
  }

  /** One person as {@link #bornOn} reads them, whatever their state (除籍, closed register). */
  public Optional<RegisteredPerson> registeredPerson(long kosekiId, int kojinNo) {
    return ReadMemo.optional(
        jdbc,
        REGISTERED,
        Map.of("koseki", kosekiId, "kojin", kojinNo),
        KosekiReader::registeredPerson);
  }

  private static RegisteredPerson registeredPerson(ResultSet rs, int n) throws SQLException {
    RegisterMemberRow member = member(rs, n);
    return new RegisteredPerson(
        member,
        register(rs, member.kosekiId(), MEMBER_COLUMN_COUNT + 1),
        rs.getString(MEMBER_COLUMN_COUNT + 6));
  }

  /** 戸籍事項 and every 身分事項 of the register, by seq. */
  public List<RegisterEntryRow> entries(long kosekiId) {
    return ReadMemo.list(jdbc, ENTRIES, Map.of("koseki", kosekiId), KosekiReader::entry);
  }

  /** 戸籍事項 and the 身分事項 of one person, by seq. */
  public List<RegisterEntryRow> entries(long kosekiId, int kojinNo) {
    return ReadMemo.list(
        jdbc, ENTRIES_OF_MEMBER, Map.of("koseki", kosekiId, "kojin", kojinNo), KosekiReader::entry);
  }

  /** One person's 附票 addresses, oldest first. */
  public List<AddressHistoryRow> addressHistory(long kosekiId, int kojinNo) {
    return ReadMemo.list(
        jdbc, FUHYO_OF_MEMBER, Map.of("koseki", kosekiId, "kojin", kojinNo), KosekiReader::address);
  }

  /** Every person's 附票 addresses, by person, each oldest first. */
  public List<AddressHistoryRow> addressHistories(long kosekiId) {
    return ReadMemo.list(jdbc, FUHYO, Map.of("koseki", kosekiId), KosekiReader::address);
  }

  /** Every 附票 restriction recorded in the register, in force or not, by seigen_id. */
  public List<FuhyoRestrictionRow> fuhyoRestrictions(long kosekiId) {
    return ReadMemo.list(
        jdbc,
        FUHYO_RESTRICTIONS_OF_REGISTER,
        Map.of("koseki", kosekiId),
        KosekiReader::fuhyoRestriction);
  }

  /**
   * Every 附票 restriction on any register entry of each resident (by 宛名番号: a person may be recorded
   * in several registers), in force or not; read in one query for those an open memo has not read
   * yet.
   */
  public Map<Long, List<FuhyoRestrictionRow>> fuhyoRestrictionsOfResidents(
      Collection<Long> atenaNos) {
    Map<Map<String, Long>, List<FuhyoRestrictionRow>> byKey =
        ReadMemo.listsEach(
            FUHYO_RESTRICTIONS_OF_RESIDENT,
            atenaNos.stream().map(a -> Map.of("atena", a)).toList(),
            this::fuhyoRestrictionsOf);
    Map<Long, List<FuhyoRestrictionRow>> byResident = new LinkedHashMap<>();
    byKey.forEach((key, rows) -> byResident.put(key.get("atena"), rows));
    return byResident;
  }

  private Map<Map<String, Long>, List<FuhyoRestrictionRow>> fuhyoRestrictionsOf(
      List<Map<String, Long>> residents) {
    Map<Map<String, Long>, List<FuhyoRestrictionRow>> byResident = new LinkedHashMap<>();
    residents.forEach(r -> byResident.put(r, new ArrayList<>()));
    List<Long> atenaNos = residents.stream().map(r -> r.get("atena")).toList();
    for (int from = 0; from < atenaNos.size(); from += VersionLookup.IN_LIST) {
      int to = Math.min(atenaNos.size(), from + VersionLookup.IN_LIST);
      jdbc.sql(FUHYO_RESTRICTIONS_OF_RESIDENTS)
          .param("atenas", atenaNos.subList(from, to))
          .query(
              (RowCallbackHandler)
                  rs ->
                      byResident.get(Map.of("atena", rs.getLong(8))).add(fuhyoRestriction(rs, 0)));
    }
    return byResident;
  }

  /** The rows of {@code koseki.gaiji} for the stored characters {@code puas}, by code point. */
  public Map<Integer, GaijiRow> gaiji(Collection<Integer> puas) {
    return GaijiReads.rows(jdbc, "koseki.gaiji", puas);
  }

  /**
   * The current version of each {@code koseki.*} row named in {@code rowIds} that still exists (a
   * missing id means the row was deleted); ids of other schemas are ignored.
   */
  public Map<String, Long> currentVersions(Collection<String> rowIds) {
    return VersionLookup.currentVersions(jdbc, "koseki", VERSIONS, rowIds);
  }

  private static RegisterMemberRow member(ResultSet rs, int n) throws SQLException {
    return new RegisterMemberRow(
        rs.getLong(1),
        rs.getInt(2),
        rs.getObject(3, Long.class),
        rs.getString(4),
        rs.getObject(5, LocalDate.class),
        rs.getString(6).strip(),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getBoolean(10),
        rs.getLong(11));
  }

  private static RegisterEntryRow entry(ResultSet rs, int n) throws SQLException {
    return new RegisterEntryRow(
        rs.getLong(1),
        rs.getObject(2, Integer.class),
        rs.getInt(3),
        rs.getString(4),
        rs.getObject(5, LocalDate.class),
        rs.getString(6),
        rs.getLong(7));
  }

  private static FuhyoRestrictionRow fuhyoRestriction(ResultSet rs, int n) throws SQLException {
    return new FuhyoRestrictionRow(
        rs.getLong(1),
        rs.getLong(2),
        rs.getInt(3),
        rs.getString(4),
        rs.getObject(5, LocalDate.class),
        rs.getObject(6, LocalDate.class),
        rs.getLong(7));
  }

  private static AddressHistoryRow address(ResultSet rs, int n) throws SQLException {
    return new AddressHistoryRow(
        rs.getLong(1),
        rs.getInt(2),
        rs.getInt(3),
        rs.getString(4),
        rs.getObject(5, LocalDate.class),
        rs.getLong(6));
  }
}
