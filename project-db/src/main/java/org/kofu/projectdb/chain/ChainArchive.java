package org.kofu.projectdb.chain;

/**
 * A month of a chain moved into a file: links {@code firstSeq..lastSeq}, the hash before the first
 * ({@code firstPrevHash}) and of the last, and the SHA-256 of the file's bytes.
 */
public record ChainArchive(
    String chainName,
    String period,
    long firstSeq,
    String firstPrevHash,
    long lastSeq,
    String lastHash,
    long linkCount,
    String fileName,
    String fileSha256) {}
