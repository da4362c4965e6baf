package org.kofu.projectdb.chain;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The file of one archived month: gzip-compressed UTF-8 text, a header line ({@code
 * kofu-chain-archive 1 <chain> <period>}), the record columns, then each link as {@code <seq>
 * <prev_hash> <hash> <length>} and, on the next line, its canonical record of that many chars: the
 * very text that was hashed, so that the file can be verified on its own.
 */
final class ArchiveFile {

  private static final String MAGIC = "kofu-chain-archive 1";

  private ArchiveFile() {}

  /** Writes links one at a time; {@link #close} returns the SHA-256 of the file's bytes. */
  static final class Out implements AutoCloseable {
    private final MessageDigest digest = newDigest();
    private final Writer writer;
    private String sha256;

    Out(Path file, ChainTable table, String period) throws IOException {
      this.writer =
          new OutputStreamWriter(
              new GZIPOutputStream(
                  new DigestOutputStream(Files.newOutputStream(file), digest), 1 << 16),
              StandardCharsets.UTF_8);
      writer.write(MAGIC + " " + table.chainName() + " " + period + "\n");
      writer.write(String.join(",", table.columns()) + "\n");
    }

    void link(long seq, String prevHash, String hash, String canonical) throws IOException {
      writer.write(seq + " " + prevHash + " " + hash + " " + canonical.length() + "\n");
      writer.write(canonical);
      writer.write('\n');
    }

    String sha256() {
      return sha256;
    }

    @Override
    public void close() throws IOException {
      if (sha256 != null) {
        return;
      }
      writer.close();
      sha256 = HexFormat.of().formatHex(digest.digest());
    }
  }

  /** Hands every link of a file to {@code walk}. */
  static void read(Path file, ChainTable table, ChainWalk walk) throws IOException {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String header = reader.readLine();
      if (header == null || !header.startsWith(MAGIC + " " + table.chainName() + " ")) {
        throw new IOException(file.getFileName() + " is not an archive of " + table.chainName());
      }
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] fields = line.split(" ");
        char[] canonical = new char[Integer.parseInt(fields[3])];
        readFully(reader, canonical);
        reader.readLine();
        walk.accept(Long.parseLong(fields[0]), new String(canonical), fields[1], fields[2]);
      }
    }
  }

  /** The SHA-256 of a file's bytes, as recorded when it was written. */
  static String sha256Of(Path file) throws IOException {
    MessageDigest digest = newDigest();
    try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void readFully(BufferedReader reader, char[] into) throws IOException {
    int read = 0;
    while (read < into.length) {
      int n = reader.read(into, read, into.length - read);
      if (n < 0) {
        throw new EOFException("archive ends inside a record");
      }
      read += n;
    }
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
