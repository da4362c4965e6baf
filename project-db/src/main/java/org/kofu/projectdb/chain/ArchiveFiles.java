package org.kofu.projectdb.chain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The archive files of one chain in a directory, checked against their records. */
final class ArchiveFiles {

  private final ChainTable table;
  private final Path directory;

  ArchiveFiles(ChainTable table, Path directory) {
    this.table = table;
    this.directory = directory;
  }

  /** What writing a file found: its links, the last hash and the file's SHA-256. */
  record Verified(long links, String lastHash, String sha256) {}

  /**
   * Each file must exist, have the recorded SHA-256, and hold exactly the recorded links, each
   * hashing to the next from the recorded previous hash to the recorded last one.
   */
  ChainVerification verify(List<ChainArchive> archives) {
    long checked = 0;
    for (ChainArchive archive : archives) {
      Path file = directory.resolve(archive.fileName());
      String problem = problem(archive, file);
      if (problem != null) {
        return ChainVerification.broken(checked, archive.firstSeq(), problem);
      }
      ChainWalk walk =
          new ChainWalk(table.columns().size(), archive.firstSeq(), archive.firstPrevHash());
      try {
        ArchiveFile.read(file, table, walk);
      } catch (IOException | RuntimeException e) {
        return ChainVerification.broken(
            checked, archive.firstSeq(), "archive " + archive.period() + " unreadable: " + e);
      }
      ChainVerification links =
          walk.endingAt(new ChainLink(archive.lastSeq(), null, archive.lastHash()));
      if (!links.intact()) {
        return ChainVerification.broken(
            checked + links.linksChecked(),
            links.firstBrokenSeq(),
            "archive " + archive.period() + ": " + links.reason());
      }
      checked += links.linksChecked();
    }
    return ChainVerification.intact(checked);
  }

  private static String problem(ChainArchive archive, Path file) {
    if (!Files.isRegularFile(file)) {
      return "archive " + archive.period() + " missing: " + archive.fileName();
    }
    try {
      if (!ArchiveFile.sha256Of(file).equals(archive.fileSha256())) {
        return "archive " + archive.period() + " is not the file that was recorded";
      }
    } catch (IOException e) {
      return "archive " + archive.period() + " unreadable: " + e;
    }
    return null;
  }
}
