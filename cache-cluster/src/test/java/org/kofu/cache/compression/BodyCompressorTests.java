package org.kofu.cache.compression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
