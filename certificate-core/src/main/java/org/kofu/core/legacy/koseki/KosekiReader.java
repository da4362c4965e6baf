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

  /**
   * The rows of {@link #MEMBERS} and of {@link #FUHYO} in one statement: a member's row has no seq,
   * an address's row only the address's own columns (koseki_id, kojin_no, version and the last
   * three).
   */
  static final String MEMBERS_AND_ADDRESSES =
      "SELECT "
          + MEMBER_COLUMNS
          + ", NULL AS seq, NULL AS address, NULL AS jutei_date"
          + " FROM koseki.kojin p WHERE p.koseki_id = :koseki"
          + " UNION ALL SELECT f.koseki_id, f.kojin_no, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
          + " NULL, f.version, f.seq, f.address, f.jutei_date"
          + " FROM koseki.fuhyo f WHERE f.koseki_id = :koseki"
          + " ORDER BY kojin_no, jutei_date, seq";

  static final String FUHYO_RESTRICTION_COLUMNS =
      "s.seigen_id, s.koseki_id, s.kojin_no, s.reason, s.valid_from, s.valid_to, s.version";

  /** {@code read_by} of a row read for a resident; {@code read_key} is then the 宛名番号. */
  private static final int BY_RESIDENT = 1;

  /** {@code read_by} of a row read for a register; {@code read_key} is then the koseki_id. */
  private static final int BY_REGISTER = 2;

  /** The restrictions on every register entry of the residents. */
  static final String FUHYO_RESTRICTIONS_BY_RESIDENT =
      "SELECT "
          + FUHYO_RESTRICTION_COLUMNS
          + ", p.atena_no AS read_key, "
          + BY_RESIDENT
          + " AS read_by FROM koseki.fuhyo_seigen s JOIN koseki.kojin p"
          + " ON p.koseki_id = s.koseki_id AND p.kojin_no = s.kojin_no"
          + " WHERE p.atena_no IN (:atenas)";

  /** Every restriction recorded in the registers. */
  static final String FUHYO_RESTRICTIONS_BY_REGISTER =
      "SELECT "
          + FUHYO_RESTRICTION_COLUMNS
          + ", s.koseki_id AS read_key, "
          + BY_REGISTER
          + " AS read_by FROM koseki.fuhyo_seigen s WHERE s.koseki_id IN (:kosekis)";

  static final String FUHYO_RESTRICTIONS_OF_RESIDENTS =
      FUHYO_RESTRICTIONS_BY_RESIDENT + " ORDER BY seigen_id";
  static final String FUHYO_RESTRICTIONS_OF_REGISTERS =
      FUHYO_RESTRICTIONS_BY_REGISTER + " ORDER BY seigen_id";

  /**
   * Both reads in one statement, each row as its own read gives it (a restriction found both ways
   * comes twice); also the key of every answer in an open memo, by {@code atena} or by {@code
   * koseki}.
   */
  static final String FUHYO_RESTRICTIONS_OF_BOTH =
      FUHYO_RESTRICTIONS_BY_RESIDENT
          + " UNION ALL "
          + FUHYO_RESTRICTIONS_BY_REGISTER
          + " ORDER BY seigen_id";

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
        jdbc,
        REGISTER,
        Map.of("koseki", kosekiId),
        (rs, n) -> KosekiRows.register(rs, rs.getLong(1), 2));
  }

  /** Every person recorded in the register, 除籍 included, in register order. */
  public List<RegisterMemberRow> members(long kosekiId) {
    return ReadMemo.list(jdbc, MEMBERS, Map.of("koseki", kosekiId), KosekiRows::member);
  }

  public Optional<RegisterMemberRow> member(long kosekiId, int kojinNo) {
    return ReadMemo.optional(
        jdbc, MEMBER, Map.of("koseki", kosekiId, "kojin", kojinNo), KosekiRows::member);
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
    RegisterMemberRow member = KosekiRows.member(rs, n);
    ReadMemo.learn(
        REGISTER,
        Map.of("koseki", member.kosekiId()),
        Optional.of(KosekiRows.register(rs, member.kosekiId(), MEMBER_COLUMN_COUNT + 1)));
    return member;
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
    RegisterMemberRow member = KosekiRows.member(rs, n);
    return new RegisteredPerson(
        member,
        KosekiRows.register(rs, member.kosekiId(), MEMBER_COLUMN_COUNT + 1),
        rs.getString(MEMBER_COLUMN_COUNT + 6));
  }

  /** 戸籍事項 and every 身分事項 of the register, by seq. */
  public List<RegisterEntryRow> entries(long kosekiId) {
    return ReadMemo.list(jdbc, ENTRIES, Map.of("koseki", kosekiId), KosekiRows::entry);
  }

  /** 戸籍事項 and the 身分事項 of one person, by seq. */
  public List<RegisterEntryRow> entries(long kosekiId, int kojinNo) {
    return ReadMemo.list(
        jdbc, ENTRIES_OF_MEMBER, Map.of("koseki", kosekiId, "kojin", kojinNo), KosekiRows::entry);
  }

  /** One person's 附票 addresses, oldest first. */
  public List<AddressHistoryRow> addressHistory(long kosekiId, int kojinNo) {
    return ReadMemo.list(
        jdbc, FUHYO_OF_MEMBER, Map.of("koseki", kosekiId, "kojin", kojinNo), KosekiRows::address);
  }

  /** Every person's 附票 addresses, by person, each oldest first. */
  public List<AddressHistoryRow> addressHistories(long kosekiId) {
    return ReadMemo.list(jdbc, FUHYO, Map.of("koseki", kosekiId), KosekiRows::address);
  }

  /**
   * {@link #members} and {@link #addressHistories} of the register, read in one statement. In an
   * open memo they answer those two reads, and where either was read before in it, that reading is
   * what this gives: one reading of each row per unit of work.
   */
  public MembersAndAddresses membersAndAddresses(long kosekiId) {
    List<Object> key = List.of(Map.of("koseki", kosekiId));
    MembersAndAddresses read =
        ReadMemo.remember(MEMBERS_AND_ADDRESSES, key, () -> readMembersAndAddresses(kosekiId));
    return new MembersAndAddresses(
        ReadMemo.remember(MEMBERS, key, read::members),
        ReadMemo.remember(FUHYO, key, read::addresses));
  }

  private MembersAndAddresses readMembersAndAddresses(long kosekiId) {
    List<RegisterMemberRow> members = new ArrayList<>();
    List<AddressHistoryRow> addresses = new ArrayList<>();
    jdbc.sql(MEMBERS_AND_ADDRESSES)
        .param("koseki", kosekiId)
        .query(
            (RowCallbackHandler)
                rs -> {
                  if (rs.getObject(MEMBER_COLUMN_COUNT + 1) == null) {
                    members.add(KosekiRows.member(rs, 0));
                  } else {
                    addresses.add(KosekiRows.addressBesideMember(rs, MEMBER_COLUMN_COUNT));
                  }
                });
    return new MembersAndAddresses(members, addresses);
  }

  /** Every 附票 restriction recorded in the register, in force or not, by seigen_id. */
  public List<FuhyoRestrictionRow> fuhyoRestrictions(long kosekiId) {
    return fuhyoRestrictions(List.of(), List.of(kosekiId)).ofRegisters().get(kosekiId);
  }

  /**
   * Every 附票 restriction on any register entry of each resident (by 宛名番号: a person may be recorded
   * in several registers), in force or not.
   */
  public Map<Long, List<FuhyoRestrictionRow>> fuhyoRestrictionsOfResidents(
      Collection<Long> atenaNos) {
    return fuhyoRestrictions(atenaNos, List.of()).ofResidents();
  }

  /**
   * {@link #fuhyoRestrictionsOfResidents} and {@link #fuhyoRestrictions(long)} of each register,
   * those an open memo has not read yet read in one statement.
   */
  public FuhyoRestrictions fuhyoRestrictions(
      Collection<Long> atenaNos, Collection<Long> kosekiIds) {
    List<Map<String, Long>> keys = new ArrayList<>();
    atenaNos.forEach(a -> keys.add(Map.of("atena", a)));
    kosekiIds.forEach(k -> keys.add(Map.of("koseki", k)));
    Map<Long, List<FuhyoRestrictionRow>> ofResidents = new LinkedHashMap<>();
    Map<Long, List<FuhyoRestrictionRow>> ofRegisters = new LinkedHashMap<>();
    ReadMemo.listsEach(FUHYO_RESTRICTIONS_OF_BOTH, keys, this::fuhyoRestrictionsOf)
        .forEach(
            (key, rows) -> {
              if (key.containsKey("atena")) {
                ofResidents.put(key.get("atena"), rows);
              } else {
                ofRegisters.put(key.get("koseki"), rows);
              }
            });
    return new FuhyoRestrictions(ofResidents, ofRegisters);
  }

  private Map<Map<String, Long>, List<FuhyoRestrictionRow>> fuhyoRestrictionsOf(
      List<Map<String, Long>> keys) {
    Map<Map<String, Long>, List<FuhyoRestrictionRow>> byKey = new LinkedHashMap<>();
    keys.forEach(k -> byKey.put(k, new ArrayList<>()));
    List<Long> atenaNos =
        keys.stream().filter(k -> k.containsKey("atena")).map(k -> k.get("atena")).toList();
    List<Long> kosekiIds =
        keys.stream().filter(k -> k.containsKey("koseki")).map(k -> k.get("koseki")).toList();
    RowCallbackHandler rows =
        rs ->
            byKey
                .get(Map.of(rs.getInt(9) == BY_RESIDENT ? "atena" : "koseki", rs.getLong(8)))
                .add(KosekiRows.fuhyoRestriction(rs, 0));
    for (int from = 0;
        from < Math.max(atenaNos.size(), kosekiIds.size());
        from += VersionLookup.IN_LIST) {
      List<Long> atenas = chunk(atenaNos, from);
      List<Long> kosekis = chunk(kosekiIds, from);
      if (kosekis.isEmpty()) {
        jdbc.sql(FUHYO_RESTRICTIONS_OF_RESIDENTS).param("atenas", atenas).query(rows);
      } else if (atenas.isEmpty()) {
        jdbc.sql(FUHYO_RESTRICTIONS_OF_REGISTERS).param("kosekis", kosekis).query(rows);
      } else {
        jdbc.sql(FUHYO_RESTRICTIONS_OF_BOTH)
            .param("atenas", atenas)
            .param("kosekis", kosekis)
            .query(rows);
      }
    }
    return byKey;
  }

  /** The values from {@code from} in one IN list, none past the end. */
  private static List<Long> chunk(List<Long> values, int from) {
    return from >= values.size()
        ? List.of()
        : values.subList(from, Math.min(values.size(), from + VersionLookup.IN_LIST));
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
}
