package org.kofu.core.render.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.render.Fixtures;
import org.kofu.core.render.Rendering;

/**
 * The served bytes did not change with issue 28's allocation work: every body, cached or served,
 * rewritten to the bytes and stamp sites the previous implementation ({@link
 * PreviousStreamCompression}, {@link PreviousBodyCodec}) gives.
 */
class StreamCompressionTests {

  /** {@link RenderedBodyCodecTests}' seven types, and a register of many pages. */
  private static final Map<String, CertificateContent> CONTENTS =
      new LinkedHashMap<>(RenderedBodyCodecTests.CONTENTS);

  static {
    CONTENTS.put("zenbu, many pages", Fixtures.register(CertificateType.KOSEKI_ZENBU, 120));
  }

  @Test
  void everyTypeIsServedAndCachedAsThePreviousImplementationDidByteForByte() {
    CONTENTS.forEach(
        (name, content) -> {
          RenderedBody cached = Rendering.DEFAULT.renderForCache(content);
          RenderedBody onDemand = Rendering.DEFAULT.render(content);

          assertSameAsBefore(name + ", cached", cached);
          assertSameAsBefore(name + ", rendered on demand", onDemand);
        });
  }

  @Test
  void aBodyWithStreamsOfManyStoredBlocksAndManyCrossReferencesIsServedAsBefore() {
    RenderedBody body = SyntheticBody.of(600);
    // the font program and another stream span several 64 KB blocks
    assertThat(StoredStream.blockLength(body.pdf(), dataOf(body.pdf(), "/Length1 ") + 2))
        .isEqualTo(0xFFFF);

    assertSameAsBefore("synthetic", body);
    RenderedBody served = RenderedBodyCodec.decode(body.sources(), body.renderedAt(), encode(body));
    assertThat(served.pdf().length).isLessThan(body.pdf().length);
    assertSameAsBefore("synthetic, served", served);
  }

  @Test
  void aValueWithBytesAfterItsPdfDecodesAsBefore() {
    RenderedBody cached = Rendering.DEFAULT.renderForCache(Fixtures.seal());
    byte[] encoded = encode(cached);
    byte[] longer = Arrays.copyOf(encoded, encoded.length + 7);

    assertThat(decode(cached, longer).pdf()).isEqualTo(decode(cached, encoded).pdf());
    assertThat(decode(cached, longer).pdf())
        .isEqualTo(PreviousBodyCodec.decode(cached.sources(), cached.renderedAt(), longer).pdf());
  }

  @Test
  void decodingOnSeveralThreadsAtOnceGivesEveryBodyItsOwnBytes() throws Exception {
    List<RenderedBody> cached = new ArrayList<>();
    CONTENTS.values().forEach(c -> cached.add(Rendering.DEFAULT.renderForCache(c)));
    List<byte[]> encoded = cached.stream().map(StreamCompressionTests::encode).toList();
    List<byte[]> expected = new ArrayList<>();
    for (int i = 0; i < cached.size(); i++) {
      expected.add(previousDecode(cached.get(i), encoded.get(i)).pdf());
    }
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        int first = t;
        results.add(
            threads.submit(
                () -> {
                  boolean same = true;
                  for (int k = 0; k < 3 * cached.size(); k++) {
                    int i = (first + k) % cached.size();
                    same &=
                        Arrays.equals(decode(cached.get(i), encoded.get(i)).pdf(), expected.get(i));
                  }
                  return same;
                }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      threads.shutdown();
    }
  }

  /** Stored, then served as format 5 and as format 4: each the bytes and sites it was before. */
  private static void assertSameAsBefore(String name, RenderedBody body) {
    RenderedBody stored = StreamCompression.store(body);
    RenderedBody storedBefore = PreviousBodyCodec.store(body);
    assertThat(Arrays.mismatch(stored.pdf(), storedBefore.pdf()))
        .as(name + ": stored, first byte that differs")
        .isEqualTo(-1);
    assertThat(sites(stored)).as(name + ": stored").isEqualTo(sites(storedBefore));
    byte[] format5 = encode(body);
    byte[] format4 = format5.clone();
    format4[0] = 4;
    for (byte[] encoded : List.of(format5, format4)) {
      RenderedBody served = decode(body, encoded);
      RenderedBody servedBefore = previousDecode(body, encoded);
      String as = name + ": format " + encoded[0];
      assertThat(Arrays.mismatch(served.pdf(), servedBefore.pdf()))
          .as(as + ", first byte that differs")
          .isEqualTo(-1);
      assertThat(sites(served)).as(as).isEqualTo(sites(servedBefore));
    }
  }

  private static byte[] encode(RenderedBody body) {
    return RenderedBodyCodec.encode(body);
  }

  private static RenderedBody decode(RenderedBody body, byte[] encoded) {
    return RenderedBodyCodec.decode(body.sources(), body.renderedAt(), encoded);
  }

  private static RenderedBody previousDecode(RenderedBody body, byte[] encoded) {
    return PreviousBodyCodec.decode(body.sources(), body.renderedAt(), encoded);
  }

  private static String sites(RenderedBody body) {
    StampSites s = body.stampSites();
    List<StampSites.Site> all = new ArrayList<>(s.numbers());
    all.add(s.date());
    all.add(s.reserve());
    StringBuilder text = new StringBuilder(Arrays.toString(s.glyphIds()));
    for (StampSites.Site site : all) {
      text.append(Arrays.toString(site.offsets()))
          .append(Arrays.toString(site.weights()))
          .append(site.adlerOffset());
    }
    return text.toString();
  }

  /** Where the data of the first stream after {@code text} starts. */
  private static int dataOf(byte[] bytes, String text) {
    String s = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    return s.indexOf("stream\n", s.indexOf(text)) + "stream\n".length();
  }
}
