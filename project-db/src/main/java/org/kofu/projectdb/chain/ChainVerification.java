package org.kofu.projectdb.chain;

/**
 * The result of checking a chain from its first link: how many links were read and, when broken,
 * the first link that does not hold and why.
 */
public record ChainVerification(long linksChecked, Long firstBrokenSeq, String reason) {

  static ChainVerification intact(long linksChecked) {
    return new ChainVerification(linksChecked, null, null);
  }

  static ChainVerification broken(long linksChecked, long seq, String reason) {
    return new ChainVerification(linksChecked, seq, reason);
  }

  public boolean intact() {
    return firstBrokenSeq == null;
  }

  public String describe() {
    return intact()
        ? "chain intact: " + linksChecked + " links"
        : "chain broken at link " + firstBrokenSeq + ": " + reason;
  }
}
