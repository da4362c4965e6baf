package org.kofu.bench.render;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.Scope;
import org.kofu.core.certificate.SourceVersions;
import org.kofu.core.legacy.madoguchi.ResidentRow;
import org.kofu.core.render.CertificateProperties;
import org.kofu.core.render.CertificateRenderer;
import org.kofu.core.render.Fixtures;
import org.kofu.core.render.body.PreviousBodyCodec;
import org.kofu.core.render.body.RenderedBody;
import org.kofu.core.render.body.RenderedBodyCodec;

/**
 * Renders varied 住民票 bodies and writes each PDF and its cache form ({@link RenderedBodyCodec}) to a
 * directory, checking that decoding as format 4 gives the rendered bytes back and that format 5
 * decodes to the same bytes every time, and timing the decoding of both formats in alternating
 * rounds (the relay's cost per cache hit: format 4 deflates the font subsets whole, format 5 stores
 * their glyph outlines) with the size of the PDF each serves: a harness to compare cache forms with
 * the zstd command line, e.g. {@code zstd --train DIR/expanded/*} then {@code zstd -3 -D
 * dictionary}. Each value also decodes, as both formats, to the bytes the implementation before
 * issue 28's allocation work gave, and {@link HitPathRounds} compares the two for CPU and bytes
 * allocated per body.
 */
public final class CachedFormProbe {

  private static final String FAMILY = "佐藤鈴木高橋田中伊藤渡辺山本中村小林加藤吉田山田佐々木山口松本井上木村林斎藤清水山崎森池田橋本阿部石川";
  private static final String GIVEN = "一郎花子太郎次郎美咲陽翔結衣蓮悠真大和翔太健太直樹智子由美恵子裕子浩二誠司彩香拓海優奈";
  private static final String PLACES = "五稜郭町本町美原昭和桔梗湯川町日吉町富岡町中道松陰町港町千代台町宮前町亀田町";

  private CachedFormProbe() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = System.out;
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    Path dir = Path.of(args.length > 1 ? args[1] : "/tmp/cachedform");
    Files.createDirectories(dir.resolve("pdf"));
    Files.createDirectories(dir.resolve("expanded"));
    CertificateRenderer renderer =
        new CertificateRenderer(CertificateProperties.defaults(), Clock.systemUTC());
    Random random = new Random(42);
    long raw = 0;
    long expanded = 0;
    List<byte[]> forms = new ArrayList<>();
    List<RenderedBody> bodies = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      CertificateContent content = content(random, 1000 + i);
      RenderedBody body = renderer.render(content);
      byte[] form = RenderedBodyCodec.encode(body);
      if (!Arrays.equals(decode(body, asFormat4(form)).pdf(), body.pdf())) {
        throw new IllegalStateException("decoding as format 4 differs for body " + i);
      }
      if (!Arrays.equals(decode(body, form).pdf(), decode(body, form).pdf())) {
        throw new IllegalStateException("decoding differs from itself for body " + i);
      }
      for (byte[] value : List.of(form, asFormat4(form))) {
        if (!Arrays.equals(
            decode(body, value).pdf(),
            PreviousBodyCodec.decode(body.sources(), body.renderedAt(), value).pdf())) {
          throw new IllegalStateException("decoding differs from the previous for body " + i);
        }
      }
      raw += body.pdf().length;
      expanded += form.length;
      forms.add(form);
      bodies.add(body);
      Files.write(dir.resolve("pdf/" + i + ".pdf"), body.pdf());
      Files.write(dir.resolve("expanded/" + i + ".bin"), form);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int round = 0; round < 3; round++) {
      long cpu = threads.getCurrentThreadCpuTime();
      for (RenderedBody body : bodies) {
        RenderedBodyCodec.encode(body);
      }
      out.printf(
          "encode %.3f ms/body CPU%n",
          (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / forms.size());
    }
    long[] served = timeDecoding(out, threads, bodies, forms);
    out.printf(
        "pdf %d B/body, expanded %d B/body, served format 4 %d B/body, format 5 %d B/body%n",
        raw / n, expanded / n, served[0], served[1]);
    HitPathRounds.run(out, bodies, forms, 9);
  }

  /**
   * Decodes every value as format 4 and as format 5 in alternating rounds, printing the CPU of
   * each; the mean bytes each format serves.
   */
  private static long[] timeDecoding(
      PrintStream out, ThreadMXBean threads, List<RenderedBody> bodies, List<byte[]> forms) {
    List<byte[]> format4 = forms.stream().map(CachedFormProbe::asFormat4).toList();
    long[] served = new long[2];
    for (int round = 0; round < 10; round++) {
      int format = round % 2 == 0 ? 4 : 5;
      List<byte[]> values = format == 4 ? format4 : forms;
      long start = System.nanoTime();
      long cpu = threads.getCurrentThreadCpuTime();
      long bytes = 0;
      for (int i = 0; i < values.size(); i++) {
        bytes += decode(bodies.get(i), values.get(i)).pdf().length;
      }
      served[format - 4] = bytes / values.size();
      out.printf(
          "decode format %d: %.3f ms/body wall, %.3f ms/body CPU%n",
          format,
          (System.nanoTime() - start) / 1e6 / values.size(),
          (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / values.size());
    }
    return served;
  }

  /** The same value marked as format 4: every shared stream deflated whole when served. */
  private static byte[] asFormat4(byte[] form) {
    byte[] format4 = form.clone();
    format4[0] = 4;
    return format4;
  }

  private static RenderedBody decode(RenderedBody body, byte[] form) {
    return RenderedBodyCodec.decode(body.sources(), body.renderedAt(), form);
  }

  private static CertificateContent content(Random random, long atenaNo) {
    boolean household = random.nextBoolean();
    String family = pick(random, FAMILY, 2);
    List<ResidentRow> persons = new ArrayList<>();
    int count = household ? 1 + random.nextInt(4) : 1;
    for (int p = 0; p < count; p++) {
      ResidentRow r =
          Fixtures.resident(
              atenaNo * 10 + p,
              family + "　" + pick(random, GIVEN, 2),
              "ヤマダ　タロウ",
              p == 0 ? "世帯主" : "子");
      persons.add(
          withAddress(
              r,
              "北海道函館市"
                  + pick(random, PLACES, 3)
                  + (1 + random.nextInt(40))
                  + "番"
                  + (1 + random.nextInt(30))
                  + "号"));
    }
    SourceVersions.Builder versions = SourceVersions.builder();
    persons.forEach(r -> versions.add(ResidentRow.TABLE, r.atenaNo(), r.version()));
    Scope scope = household ? Scope.HOUSEHOLD : Scope.SELF;
    return new CertificateContent.Residents(
        Fixtures.subject(
            persons.get(0), CertificateType.JUMINHYO, Fixtures.juminhyo(scope, true, true, false)),
        persons,
        persons.get(0),
        versions.build());
  }

  private static ResidentRow withAddress(ResidentRow r, String address) {
    return new ResidentRow(
        r.atenaNo(),
        r.juminhyoCode(),
        r.kojinBango(),
        r.setaiNo(),
        r.shimei(),
        r.shimeiKana(),
        r.kyushi(),
        r.tsusho(),
        r.birthDate(),
        r.sex(),
        r.zokugara(),
        r.juminDate(),
        address,
        r.katagaki(),
        r.juteiDate(),
        r.todokeDate(),
        r.prevAddress(),
        r.honseki(),
        r.hittosha(),
        r.foreigner(),
        r.status(),
        r.statusDate(),
        r.tenshutsuYoteiDate(),
        r.version());
  }

  private static String pick(Random random, String pool, int length) {
    int start = random.nextInt(pool.length() / length) * length;
    return pool.substring(start, start + length);
  }
}
