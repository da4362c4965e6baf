package org.kofu.core.legacy.madoguchi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.kofu.core.legacy.gaiji.GaijiReads;
import org.kofu.core.legacy.gaiji.GaijiRow;
import org.kofu.core.legacy.read.ReadMemo;
import org.kofu.core.legacy.read.VersionLookup;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every query the project makes on the 窓口交付システム. Standard SQL only (it must run on Oracle as well
 * as PostgreSQL and H2): no LIMIT, no engine functions, no boolean literals.
 */
public final class MadoguchiReader {

  static final String RESIDENT_COLUMNS =
      "atena_no, juminhyo_code, kojin_bango, setai_no, shimei, shimei_kana, kyushi, tsusho,"
          + " birth_date, sex, zokugara, jumin_date, address, katagaki, jutei_date, todoke_date,"
          + " prev_address, honseki, hittosha, kokuseki, zairyu_shikaku, zairyu_kikan,"
          + " zairyu_manryo_date, status, status_date, tenshutsu_yotei_date, version";
  static final String RESIDENT_BY_ATENA =
      "SELECT " + RESIDENT_COLUMNS + " FROM madoguchi.jumin WHERE atena_no = :atena";
  static final String HOUSEHOLD_MEMBERS =
      "SELECT "
          + RESIDENT_COLUMNS
          + " FROM madoguchi.jumin WHERE setai_no = :setai ORDER BY atena_no";
  static final String HOUSEHOLD =
      "SELECT setai_no AS household_no, setainushi_atena_no, version AS household_version"
          + " FROM madoguchi.setai WHERE setai_no = :setai";
  static final String ACTIVE_SEAL =
      "SELECT inkan_no, atena_no, toroku_date, status, inei_png, version FROM madoguchi.inkan"
          + " WHERE atena_no = :atena AND status = 'ACTIVE'";
  static final String TAX_COLUMNS =
      "atena_no, nendo, kyuyo_shunyu, kyuyo_shotoku, nenkin_shotoku, sonota_shotoku,"
          + " goukei_shotoku, shotoku_kojo, kazei_shotoku, shiminzei, dominzei, fuyo_count, version";
  static final String TAXES =
      "SELECT "
          + TAX_COLUMNS
          + " FROM madoguchi.shotoku_kazei WHERE atena_no = :atena ORDER BY nendo";
  static final String TAX =
      "SELECT "
          + TAX_COLUMNS
          + " FROM madoguchi.shotoku_kazei WHERE atena_no = :atena AND nendo = :nendo";
  static final String LATEST_TAX =
      "SELECT "
          + TAX_COLUMNS
          + " FROM madoguchi.shotoku_kazei t WHERE t.atena_no = :atena"
          + " AND t.nendo = (SELECT MAX(m.nendo) FROM madoguchi.shotoku_kazei m WHERE m.atena_no = :atena)";

  /** Labelled as in {@link #RESIDENT_WITH_RULE_ROWS_BY_CODE}: one mapping serves both. */
  static final String RESTRICTION_COLUMNS =
      "seigen_id, atena_no AS restriction_atena_no, cert_type, reason, valid_from, valid_to,"
          + " version AS restriction_version";

  static final String RESTRICTIONS =
      "SELECT "
          + RESTRICTION_COLUMNS
          + " FROM madoguchi.kofu_seigen WHERE atena_no = :atena ORDER BY seigen_id";
  static final String RESTRICTIONS_OF_ALL =
      "SELECT "
          + RESTRICTION_COLUMNS
          + " FROM madoguchi.kofu_seigen WHERE atena_no IN (:atenas) ORDER BY seigen_id";

  /** How the householder's columns are labelled beside the resident's in one statement. */
  static final String HOUSEHOLDER_LABEL = "head_";

  /**
   * The resident by 住民票コード with, from the same statement, the household row, the householder when
   * that is someone else, and the restrictions of both (the householder's too: a 住民票 names the
   * householder): what a request reads next (one row per restriction, the resident's and the
   * householder's columns on each).
   */
  static final String RESIDENT_WITH_RULE_ROWS_BY_CODE =
      "SELECT "
          + residentColumns("j.", "")
          + ", "
          + residentColumns("hj.", HOUSEHOLDER_LABEL)
          + ", h.setai_no AS household_no, h.setainushi_atena_no, h.version AS household_version,"
          + " s.seigen_id, s.atena_no AS restriction_atena_no, s.cert_type, s.reason,"
          + " s.valid_from, s.valid_to, s.version AS restriction_version"
          + " FROM madoguchi.jumin j"
          + " LEFT JOIN madoguchi.setai h ON h.setai_no = j.setai_no"
          + " LEFT JOIN madoguchi.jumin hj ON hj.atena_no = h.setainushi_atena_no"
          + " AND hj.atena_no <> j.atena_no"
          + " LEFT JOIN madoguchi.kofu_seigen s ON s.atena_no = j.atena_no"
          + " OR s.atena_no = hj.atena_no"
          + " WHERE j.juminhyo_code = :code ORDER BY s.seigen_id";

  static final Map<String, String> VERSIONS =
      Map.of(
          HouseholdRow.TABLE,
              "SELECT setai_no, version FROM madoguchi.setai WHERE setai_no IN (:ids)",
          ResidentRow.TABLE,
              "SELECT atena_no, version FROM madoguchi.jumin WHERE atena_no IN (:ids)",
          SealRow.TABLE, "SELECT inkan_no, version FROM madoguchi.inkan WHERE inkan_no IN (:ids)",
          TaxRow.TABLE,
              "SELECT atena_no, nendo, version FROM madoguchi.shotoku_kazei WHERE atena_no IN (:ids)",
          RestrictionRow.TABLE,
              "SELECT seigen_id, version FROM madoguchi.kofu_seigen WHERE seigen_id IN (:ids)");

  private static String residentColumns(String table, String label) {
    return Arrays.stream(RESIDENT_COLUMNS.split(",\\s*"))
        .map(column -> table + column + (label.isEmpty() ? "" : " AS " + label + column))
        .collect(Collectors.joining(", "));
  }

  private final JdbcClient jdbc;
  private final boolean readsMyNumber;
  private final String residentByAtena;
  private final String householdMembers;
  private final String residentWithRuleRowsByCode;

  /** A reader that never reads the 個人番号 column. */
  public MadoguchiReader(DataSource dataSource) {
    this(dataSource, false);
  }

  /**
   * @param readsMyNumber whether resident rows carry the 個人番号: only where a certificate may print
   *     it ({@code kofu.certificate.my-number-enabled}); otherwise no statement names the column
   */
  public MadoguchiReader(DataSource dataSource, boolean readsMyNumber) {
    this.jdbc = JdbcClient.create(dataSource);
    this.readsMyNumber = readsMyNumber;
    this.residentByAtena = MyNumberColumn.unlessRead(RESIDENT_BY_ATENA, readsMyNumber);
    this.householdMembers = MyNumberColumn.unlessRead(HOUSEHOLD_MEMBERS, readsMyNumber);
    this.residentWithRuleRowsByCode =
        MyNumberColumn.unlessRead(RESIDENT_WITH_RULE_ROWS_BY_CODE, readsMyNumber);
  }

  /** Whether resident rows carry the 個人番号 (else it is never read). */
  public boolean readsMyNumber() {
    return readsMyNumber;
  }

  /**
   * In an open memo, the row found also answers {@link #resident(long)} for its 宛名番号 and for its
   * householder's, and {@link #household(long)} and {@link #restrictions(long)} for both, read in
   * the same statement.
   */
  public Optional<ResidentRow> residentByJuminhyoCode(String juminhyoCode) {
    Optional<ResidentRow> found =
        ReadMemo.remember(
            residentWithRuleRowsByCode,
            List.of(Map.of("code", juminhyoCode)),
            () -> residentWithRuleRows(juminhyoCode));
    found.ifPresent(r -> ReadMemo.learn(residentByAtena, Map.of("atena", r.atenaNo()), found));
    return found;
  }

  private Optional<ResidentRow> residentWithRuleRows(String juminhyoCode) {
    return jdbc.sql(residentWithRuleRowsByCode)
        .param("code", juminhyoCode)
        .query(
            rs -> {
              if (!rs.next()) {
                return Optional.<ResidentRow>empty();
              }
              ResidentRow resident = ResidentMapper.map(rs, "", readsMyNumber);
              Optional<HouseholdRow> household =
                  rs.getObject("household_no") == null
                      ? Optional.empty()
                      : Optional.of(household(rs, 0));
              Optional<ResidentRow> householder =
                  rs.getObject(HOUSEHOLDER_LABEL + "atena_no") == null
                      ? Optional.empty()
                      : Optional.of(ResidentMapper.map(rs, HOUSEHOLDER_LABEL, readsMyNumber));
              List<RestrictionRow> restrictions = new ArrayList<>();
              do {
                if (rs.getLong("atena_no") != resident.atenaNo()) {
                  throw new IncorrectResultSizeDataAccessException(1);
                }
                if (rs.getObject("seigen_id") != null) {
                  restrictions.add(restriction(rs, 0));
                }
              } while (rs.next());
              ReadMemo.learn(HOUSEHOLD, Map.of("setai", resident.setaiNo()), household);
              householder.ifPresent(
                  head ->
                      ReadMemo.learn(
                          residentByAtena, Map.of("atena", head.atenaNo()), householder));
              learnRestrictions(resident.atenaNo(), restrictions);
              householder.ifPresent(head -> learnRestrictions(head.atenaNo(), restrictions));
              return Optional.of(resident);
            });
  }

  private static void learnRestrictions(long atenaNo, List<RestrictionRow> read) {
    ReadMemo.learn(
        RESTRICTIONS,
        Map.of("atena", atenaNo),
        read.stream().filter(r -> r.atenaNo() == atenaNo).toList());
  }

  public Optional<ResidentRow> resident(long atenaNo) {
    return ReadMemo.optional(jdbc, residentByAtena, Map.of("atena", atenaNo), this::resident);
  }

  /** Every member of the household ever recorded, whatever their status, in record order. */
  public List<ResidentRow> householdMembers(long setaiNo) {
    return ReadMemo.list(jdbc, householdMembers, Map.of("setai", setaiNo), this::resident);
  }

  public Optional<HouseholdRow> household(long setaiNo) {
    return ReadMemo.optional(jdbc, HOUSEHOLD, Map.of("setai", setaiNo), MadoguchiReader::household);
  }

  public Optional<SealRow> activeSeal(long atenaNo) {
    return ReadMemo.optional(
        jdbc,
        ACTIVE_SEAL,
        Map.of("atena", atenaNo),
        (rs, n) ->
            new SealRow(
                rs.getLong(1),
                rs.getLong(2),
                rs.getObject(3, LocalDate.class),
                rs.getString(4),
                rs.getBytes(5),
                rs.getLong(6)));
  }

  /**
   * All 年度 on record, oldest first. In an open memo they also answer {@link #tax(long, int)} for
   * each of them and {@link #latestTax(long)}.
   */
  public List<TaxRow> taxes(long atenaNo) {
    List<TaxRow> taxes = ReadMemo.list(jdbc, TAXES, Map.of("atena", atenaNo), MadoguchiReader::tax);
    taxes.forEach(
        t -> ReadMemo.learn(TAX, Map.of("atena", atenaNo, "nendo", t.nendo()), Optional.of(t)));
    ReadMemo.learn(
        LATEST_TAX,
        Map.of("atena", atenaNo),
        taxes.isEmpty() ? Optional.empty() : Optional.of(taxes.get(taxes.size() - 1)));
    return taxes;
  }

  public Optional<TaxRow> tax(long atenaNo, int nendo) {
    return ReadMemo.optional(
        jdbc, TAX, Map.of("atena", atenaNo, "nendo", nendo), MadoguchiReader::tax);
  }

  public Optional<TaxRow> latestTax(long atenaNo) {
    return ReadMemo.optional(jdbc, LATEST_TAX, Map.of("atena", atenaNo), MadoguchiReader::tax);
  }

  /** Every restriction on record, in force or not; whether one applies is the caller's call. */
  public List<RestrictionRow> restrictions(long atenaNo) {
    return ReadMemo.list(
        jdbc, RESTRICTIONS, Map.of("atena", atenaNo), MadoguchiReader::restriction);
  }

  /**
   * {@link #restrictions(long)} of each person in turn, read in one query (those an open memo has
   * not read yet).
   */
  public List<RestrictionRow> restrictions(List<Long> atenaNos) {
    return ReadMemo.listEach(
        RESTRICTIONS,
        atenaNos.stream().map(atenaNo -> Map.of("atena", atenaNo)).toList(),
        this::restrictionsOf);
  }

  private Map<Map<String, Long>, List<RestrictionRow>> restrictionsOf(
      List<Map<String, Long>> persons) {
    Map<Map<String, Long>, List<RestrictionRow>> byPerson = new LinkedHashMap<>();
    persons.forEach(p -> byPerson.put(p, new ArrayList<>()));
    List<Long> atenaNos = persons.stream().map(p -> p.get("atena")).toList();
    for (int from = 0; from < atenaNos.size(); from += VersionLookup.IN_LIST) {
      int to = Math.min(atenaNos.size(), from + VersionLookup.IN_LIST);
      jdbc.sql(RESTRICTIONS_OF_ALL)
          .param("atenas", atenaNos.subList(from, to))
          .query(MadoguchiReader::restriction)
          .list()
          .forEach(r -> byPerson.get(Map.of("atena", r.atenaNo())).add(r));
    }
    return byPerson;
  }

  /** The rows of {@code madoguchi.gaiji} for the stored characters {@code puas}, by code point. */
  public Map<Integer, GaijiRow> gaiji(Collection<Integer> puas) {
    return GaijiReads.rows(jdbc, "madoguchi.gaiji", puas);
  }

  /**
   * The current version of each {@code madoguchi.*} row named in {@code rowIds} that still exists
   * (a missing id means the row was deleted); ids of other schemas are ignored.
   */
  public Map<String, Long> currentVersions(Collection<String> rowIds) {
    return VersionLookup.currentVersions(jdbc, "madoguchi", VERSIONS, rowIds);
  }

  private ResidentRow resident(ResultSet rs, int n) throws SQLException {
    return ResidentMapper.map(rs, "", readsMyNumber);
  }

  private static HouseholdRow household(ResultSet rs, int n) throws SQLException {
    return new HouseholdRow(
        rs.getLong("household_no"),
        rs.getLong("setainushi_atena_no"),
        rs.getLong("household_version"));
  }

  private static RestrictionRow restriction(ResultSet rs, int n) throws SQLException {
    return new RestrictionRow(
        rs.getLong("seigen_id"),
        rs.getLong("restriction_atena_no"),
        rs.getString("cert_type"),
        rs.getString("reason"),
        rs.getObject("valid_from", LocalDate.class),
        rs.getObject("valid_to", LocalDate.class),
        rs.getLong("restriction_version"));
  }

  private static TaxRow tax(ResultSet rs, int n) throws SQLException {
    return new TaxRow(
        rs.getLong(1),
        rs.getInt(2),
        rs.getLong(3),
        rs.getLong(4),
        rs.getLong(5),
        rs.getLong(6),
        rs.getLong(7),
        rs.getLong(8),
        rs.getLong(9),
        rs.getLong(10),
        rs.getLong(11),
        rs.getInt(12),
        rs.getLong(13));
  }
}
