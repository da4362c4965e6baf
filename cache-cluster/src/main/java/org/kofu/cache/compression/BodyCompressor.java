package org.kofu.cache.compression;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdDecompressCtx;
import com.github.luben.zstd.ZstdDictCompress;
import com.github.luben.zstd.ZstdDictDecompress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * zstd with the active dictionary, which holds what all certificates share (template, fonts), so a
 * value keeps only what is particular to one certificate. The dictionary's id travels with each
 * value: a new dictionary can be activated while values compressed with an older one stay readable.
 *
 * <p>zstd contexts with their dictionary loaded are kept for reuse, one per concurrent caller at
 * most: a fresh native context for every body, allocated and cleared for the dictionary, cost about
 * as much as the compression itself.
 */
public final class BodyCompressor {

  /** The dictionary id of values compressed without a dictionary. */
  public static final String NO_DICTIONARY = "none";

  private final Dictionaries dictionaries;
  private final int level;
  private final Map<String, Contexts<ZstdCompressCtx>> compressors = new ConcurrentHashMap<>();
  private final Map<String, Contexts<ZstdDecompressCtx>> decompressors = new ConcurrentHashMap<>();

  public BodyCompressor(Dictionaries dictionaries, int level) {
    this.dictionaries = dictionaries;
    this.level = level;
  }

  /** A compressed body and the id of the dictionary it needs. */
  public record Compressed(String dictionaryId, byte[] bytes) {}

  /** Compressed without a dictionary, at zstd's default level: for when none can be had. */
  public static Compressed plain(byte[] body) {
    return new Compressed(NO_DICTIONARY, Zstd.compress(body, Zstd.defaultCompressionLevel()));
  }

  public Compressed compress(byte[] body) {
    String id = dictionaries.activeId().orElse(NO_DICTIONARY);
    if (id.equals(NO_DICTIONARY)) {
      return new Compressed(id, Zstd.compress(body, level));
    }
    Contexts<ZstdCompressCtx> contexts =
        compressors.computeIfAbsent(
            id,
            k -> {
              ZstdDictCompress dictionary = new ZstdDictCompress(dictionaries.bytes(k), level);
              return new Contexts<>(
                  () -> new ZstdCompressCtx().loadDict(dictionary).setLevel(level));
            });
    return new Compressed(id, contexts.apply(ctx -> ctx.compress(body)));
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
    Contexts<ZstdDecompressCtx> contexts =
        decompressors.computeIfAbsent(
            compressed.dictionaryId(),
            k -> {
              ZstdDictDecompress dictionary = new ZstdDictDecompress(dictionaries.bytes(k));
              return new Contexts<>(() -> new ZstdDecompressCtx().loadDict(dictionary));
            });
    return contexts.apply(ctx -> ctx.decompress(bytes, (int) size));
  }

  /** Idle contexts of one dictionary; a caller takes one or makes one, and gives it back. */
  private static final class Contexts<C> {
    private final Supplier<C> factory;
    private final ConcurrentLinkedDeque<C> idle = new ConcurrentLinkedDeque<>();

    Contexts(Supplier<C> factory) {
      this.factory = factory;
    }

    byte[] apply(Function<C, byte[]> work) {
      C context = idle.pollFirst();
      if (context == null) {
        context = factory.get();
      }
      try {
        return work.apply(context);
      } finally {
        idle.offerFirst(context);
      }
    }
  }
}
