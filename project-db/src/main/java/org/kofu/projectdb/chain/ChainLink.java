package org.kofu.projectdb.chain;

/** One appended link: its sequence number, the hash it follows and its own hash. */
public record ChainLink(long seq, String previousHash, String hash) {}
