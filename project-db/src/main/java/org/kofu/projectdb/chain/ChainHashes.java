package org.kofu.projectdb.chain;

import org.apache.commons.codec.digest.DigestUtils;

/** The link function: SHA-256 over the previous hash, the sequence number and the record text. */
public final class ChainHashes {

  /** The previous hash of the first link of every chain. */
  public static final String GENESIS = "0".repeat(64);

  private ChainHashes() {}

  public static String link(String previousHash, long seq, String canonicalRecord) {
    return DigestUtils.sha256Hex(previousHash + "\n" + seq + "\n" + canonicalRecord);
  }
}
