package org.kofu.cache.compression;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdDictCompress;
import com.github.luben.zstd.ZstdDictDecompress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * zstd with the active dictionary, which holds what all certificates share (template, fonts), so a
 * value keeps only what is particular to one certificate. The dictionary's id travels with each
 * value: a new dictionary can be activated while values compressed with an older one stay readable.
 */
public final class BodyCompressor {

  /** The dictionary id of values compressed without a dictionary. */
  public static final String NO_DICTIONARY = "none";

  private final Dictionaries dictionaries;
  private final int level;
  private final Map<String, ZstdDictCompress> compressors = new ConcurrentHashMap<>();
  private final Map<String, ZstdDictDecompress> decompressors = new ConcurrentHashMap<>();

  public BodyCompressor(Dictionaries dictionaries, int level) {
    this.dictionaries = dictionaries;
    this.level = level;
  }

  /** A compressed body and the id of the dictionary it needs. */
  public record Compressed(String dictionaryId, byte[] bytes) {}

  public Compressed compress(byte[] body) {
    String id = dictionaries.activeId().orElse(NO_DICTIONARY);
    if (id.equals(NO_DICTIONARY)) {
      return new Compressed(id, Zstd.compress(body, level));
    }
    ZstdDictCompress dictionary =
        compressors.computeIfAbsent(id, k -> new ZstdDictCompress(dictionaries.bytes(k), level));
    return new Compressed(id, Zstd.compress(body, dictionary));
  }

  public byte[] decompress(Compressed compressed) {
    byte[] bytes = compressed.bytes();
    long size = Zstd.getFrameContentSize(bytes);
    if (size < 0 || size > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("not a zstd frame with a known size");
    }
    if (compressed.dictionaryId().equals(NO_DICTIONARY)) {
      return Zstd.decompress(bytes, (int) size);
    }
    ZstdDictDecompress dictionary =
        decompressors.computeIfAbsent(
            compressed.dictionaryId(), k -> new ZstdDictDecompress(dictionaries.bytes(k)));
    return Zstd.decompress(bytes, dictionary, (int) size);
  }
}
