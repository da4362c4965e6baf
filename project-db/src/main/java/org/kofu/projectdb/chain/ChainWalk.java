package org.kofu.projectdb.chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of a verification while links stream past, from a known start (link 1 after the genesis
 * hash, or the link after a checkpoint or an archive). Holds one link at a time.
 */
final class ChainWalk {
  private final int columns;
  private long expectedSeq;
  private String previousHash;
  private long checked;
  private ChainVerification broken;

  ChainWalk(int columns, long firstSeq, String previousHash) {
    this.columns = columns;
    this.expectedSeq = firstSeq;
    this.previousHash = previousHash;
  }

  static ChainWalk fromGenesis(int columns) {
    return new ChainWalk(columns, 1, ChainHashes.GENESIS);
  }

  /** A row of {@code SELECT seq, <columns>, prev_hash, hash}. */
  void accept(ResultSet rs) throws SQLException {
    if (broken == null) {
      Row row = read(rs);
      accept(row.seq(), row.canonical(), row.prev(), row.hash());
    }
  }

  /** Feeds rows to this walk and writes each link to an archive file as it passes. */
  Recorder recordingTo(ArchiveFile.Out out) {
    return new Recorder(out);
  }

  /** A row handler that archives what it walks. */
  final class Recorder {
    private final ArchiveFile.Out out;

    private Recorder(ArchiveFile.Out out) {
      this.out = out;
    }

    void accept(ResultSet rs) throws SQLException {
      Row row = read(rs);
      try {
        out.link(row.seq(), row.prev(), row.hash(), row.canonical());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      ChainWalk.this.accept(row.seq(), row.canonical(), row.prev(), row.hash());
    }
  }

  private Row read(ResultSet rs) throws SQLException {
    List<Object> values = new ArrayList<>(columns);
    for (int i = 2; i < columns + 2; i++) {
      values.add(ChainColumns.read(rs, i));
    }
    return new Row(
        rs.getLong(1),
        Canonical.of(values),
        rs.getString(columns + 2).trim(),
        rs.getString(columns + 3).trim());
  }

  private record Row(long seq, String canonical, String prev, String hash) {}

  /** A link given by its canonical record text (an archive's lines). */
  void accept(long seq, String canonicalRecord, String prev, String hash) {
    if (broken != null) {
      return;
    }
    checked++;
    if (seq != expectedSeq) {
      broken = ChainVerification.broken(checked, expectedSeq, "link missing");
    } else if (!prev.equals(previousHash)) {
      broken = ChainVerification.broken(checked, seq, "previous hash does not match");
    } else if (!ChainHashes.link(prev, seq, canonicalRecord).equals(hash)) {
      broken = ChainVerification.broken(checked, seq, "record altered");
    }
    expectedSeq = seq + 1;
    previousHash = hash;
  }

  boolean isBroken() {
    return broken != null;
  }

  long lastSeq() {
    return expectedSeq - 1;
  }

  String lastHash() {
    return previousHash;
  }

  long checked() {
    return checked;
  }

  /**
   * The outcome, given the chain's head: links after the last one read were removed if they differ.
   */
  ChainVerification endingAt(ChainLink head) {
    if (broken != null) {
      return broken;
    }
    if (head.seq() != lastSeq() || !head.hash().equals(previousHash)) {
      return ChainVerification.broken(checked, expectedSeq, "links after this one were removed");
    }
    return ChainVerification.intact(checked);
  }

  /** The outcome of a walk with no head to compare with (an archive). */
  ChainVerification result() {
    return broken != null ? broken : ChainVerification.intact(checked);
  }
}
