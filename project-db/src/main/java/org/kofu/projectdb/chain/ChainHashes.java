package org.kofu.projectdb.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The link function: SHA-256 over the previous hash, the sequence number and the record text. */
public final class ChainHashes {

  /** The previous hash of the first link of every chain. */
  public static final String GENESIS = "0".repeat(64);

  private ChainHashes() {}

  public static String link(String previousHash, long seq, String canonicalRecord) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      String text = previousHash + "\n" + seq + "\n" + canonicalRecord;
      return HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
