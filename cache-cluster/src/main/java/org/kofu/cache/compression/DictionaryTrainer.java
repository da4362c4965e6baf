package org.kofu.cache.compression;

import com.github.luben.zstd.ZstdDictTrainer;
import java.util.List;

/**
 * Trains a zstd dictionary from sample bodies, e.g. one rendered body of every template and option
 * set: the parts they share (template, embedded fonts) end up in the dictionary.
 */
public final class DictionaryTrainer {

  /** Large enough for one template's layout plus an embedded font subset. */
  public static final int DEFAULT_SIZE = 256 * 1024;

  private DictionaryTrainer() {}

  public static byte[] train(List<byte[]> samples, int dictionarySize) {
    if (samples.size() < 8) {
      throw new IllegalArgumentException("zstd needs at least 8 samples, got " + samples.size());
    }
    long total = samples.stream().mapToLong(s -> s.length).sum();
    ZstdDictTrainer trainer =
        new ZstdDictTrainer((int) Math.min(total, Integer.MAX_VALUE), dictionarySize);
    samples.forEach(trainer::addSample);
    return trainer.trainSamples();
  }
}
