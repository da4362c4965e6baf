package org.kofu.projectdb.chain;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The archive records of the chains ({@code chain_archive}) and where the table takes over. */
final class ChainArchives {

  private final JdbcTemplate jdbc;

  ChainArchives(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<ChainArchive> of(ChainTable table) {
    return jdbc.query(
        "SELECT chain_name, period, first_seq, first_prev_hash, last_seq, last_hash, link_count,"
            + " file_name, file_sha256 FROM chain_archive WHERE chain_name = ? ORDER BY first_seq",
        (rs, row) ->
            new ChainArchive(
                rs.getString(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getString(4).trim(),
                rs.getLong(5),
                rs.getString(6).trim(),
                rs.getLong(7),
                rs.getString(8),
                rs.getString(9).trim()),
        table.chainName());
  }

  /**
   * The first link the table must hold and the hash before it: after the last archive, once the
   * archives are found to follow one another from link 1 without a gap.
   */
  ChainStart tableStart(ChainTable table) {
    ChainStart start = ChainStart.GENESIS;
    for (ChainArchive archive : of(table)) {
      if (archive.firstSeq() != start.seq() || !archive.firstPrevHash().equals(start.prevHash())) {
        return ChainStart.broken(
            ChainVerification.broken(
                0, start.seq(), "archive " + archive.period() + " does not follow the one before"));
      }
      start = new ChainStart(archive.lastSeq() + 1, archive.lastHash(), null);
    }
    return start;
  }

  /** Where a walk begins, or why it cannot. */
  record ChainStart(long seq, String prevHash, ChainVerification broken) {
    static final ChainStart GENESIS = new ChainStart(1, ChainHashes.GENESIS, null);

    static ChainStart broken(ChainVerification broken) {
      return new ChainStart(0, null, broken);
    }
  }
}
