package org.kofu.cache.compression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdDictCompress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kofu.cache.testing.LocalDictionaries;
import org.kofu.cache.testing.SyntheticBodies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class BodyCompressorTests {

  private static final Logger log = LoggerFactory.getLogger(BodyCompressorTests.class);

  static byte[] trainedDictionary() {
    List<byte[]> samples = IntStream.range(1000, 1040).mapToObj(SyntheticBodies::body).toList();
    return DictionaryTrainer.train(samples, DictionaryTrainer.DEFAULT_SIZE);
  }

  @Test
  void aDictionaryTrainedOnTheTemplatesKeepsOnlyWhatIsParticularToOneBody() {
    LocalDictionaries dictionaries = new LocalDictionaries();
    BodyCompressor plain = new BodyCompressor(dictionaries, 3);
    byte[] body = SyntheticBodies.body(7);
    int withoutDictionary = plain.compress(body).bytes().length;

    dictionaries.activate(trainedDictionary());
    BodyCompressor.Compressed compressed = new BodyCompressor(dictionaries, 3).compress(body);

    log.info(
        "body {} B, zstd-3 {} B, zstd-3 with dictionary {} B",
        body.length,
        withoutDictionary,
        compressed.bytes().length);
    assertThat(compressed.bytes().length).isLessThan(withoutDictionary / 10);
    assertThat(new BodyCompressor(dictionaries, 3).decompress(compressed)).isEqualTo(body);
  }

  @Test
  void valuesCompressedWithAnOlderDictionaryStayReadableAfterANewOneIsActivated() {
    LocalDictionaries dictionaries = new LocalDictionaries();
    BodyCompressor compressor = new BodyCompressor(dictionaries, 3);
    BodyCompressor.Compressed plain = compressor.compress(SyntheticBodies.body(1));
    String first = dictionaries.activate(trainedDictionary());
    BodyCompressor.Compressed withFirst = compressor.compress(SyntheticBodies.body(2));

    dictionaries.activate(
        DictionaryTrainer.train(
            IntStream.range(2000, 2040).mapToObj(SyntheticBodies::body).toList(), 64 * 1024));
    BodyCompressor.Compressed withSecond = compressor.compress(SyntheticBodies.body(3));

    assertThat(plain.dictionaryId()).isEqualTo(BodyCompressor.NO_DICTIONARY);
    assertThat(withFirst.dictionaryId()).isEqualTo(first);
    assertThat(withSecond.dictionaryId()).isNotEqualTo(first);
    assertThat(compressor.decompress(plain)).isEqualTo(SyntheticBodies.body(1));
    assertThat(compressor.decompress(withFirst)).isEqualTo(SyntheticBodies.body(2));
    assertThat(compressor.decompress(withSecond)).isEqualTo(SyntheticBodies.body(3));
  }

  @Test
  void reusedContextsGiveWhatAFreshContextGivesOnManyThreadsAndAfterACorruptValue()
      throws Exception {
    LocalDictionaries dictionaries = new LocalDictionaries();
    byte[] dictionary = trainedDictionary();
    String id = dictionaries.activate(dictionary);
    BodyCompressor compressor = new BodyCompressor(dictionaries, 3);
    List<byte[]> bodies = IntStream.range(0, 24).mapToObj(SyntheticBodies::body).toList();
    List<byte[]> fresh =
        bodies.stream().map(b -> Zstd.compress(b, new ZstdDictCompress(dictionary, 3))).toList();
    BodyCompressor.Compressed corrupt =
        new BodyCompressor.Compressed(id, Arrays.copyOf(fresh.get(0), fresh.get(0).length - 9));

    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> rounds = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        rounds.add(
            threads.submit(
                () -> {
                  int checked = 0;
                  for (int round = 0; round < 10; round++) {
                    assertThatThrownBy(() -> compressor.decompress(corrupt))
                        .isInstanceOf(RuntimeException.class);
                    for (int i = 0; i < bodies.size(); i++) {
                      BodyCompressor.Compressed c = compressor.compress(bodies.get(i));
                      assertThat(c.bytes()).isEqualTo(fresh.get(i));
                      assertThat(compressor.decompress(c)).isEqualTo(bodies.get(i));
                      checked++;
                    }
                  }
                  return checked;
                }));
      }
      for (Future<Integer> r : rounds) {
        assertThat(r.get()).isEqualTo(240);
      }
    } finally {
      threads.shutdown();
    }
  }
}
