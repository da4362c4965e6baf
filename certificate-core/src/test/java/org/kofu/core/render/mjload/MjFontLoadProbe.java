package org.kofu.core.render.mjload;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.Scope;
import org.kofu.core.certificate.assembly.CertificateContentAssembler;
import org.kofu.core.legacy.LegacyDatabase;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;
import org.kofu.core.render.CertificateProperties;
import org.kofu.core.render.CertificateRenderer;
import org.kofu.core.render.Fixtures;
import org.kofu.core.render.Rendering;
import org.kofu.core.render.body.RenderedBody;
import org.kofu.core.render.font.MjFont;

/**
 * Run in a JVM of its own by {@link MjFontLoadIT}: the relay's way to a body (the content assembler
 * with the 外字 tables, the renderer built and warmed up as {@code RenderConfiguration} does, a body
 * for the cache and one served), first for certificates without MJ glyphs, then, with {@code mj},
 * for one with an MJ character asked by four threads at once. Prints after each step whether the
 * process has read IPAmj明朝; exits 1 when a step's check fails.
 */
public final class MjFontLoadProbe {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-25T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
  // what the test reads, in UTF-8 whatever the platform's encoding
  private static final PrintStream OUT =
      new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
  private static final PersonRef TARO = new PersonRef.Resident(103);
  private static final PersonRef JIRO = new PersonRef.Resident(105);

  private MjFontLoadProbe() {}

  public static void main(String[] args) throws Exception {
    boolean mj = args.length > 0 && args[0].equals("mj");
    CertificateRenderer renderer = new CertificateRenderer(CertificateProperties.defaults(), CLOCK);
    renderer.warmUp();
    report("after the warm-up");
    try (LegacyDatabase db = LegacyDatabase.h2()) {
      // 外字 of both kinds a certificate without MJ glyphs may hold: one mapped to a JIS X 0208
      // character, one to a JIS X 0213 character the Mincho extension draws (髙, U+9AD9)
      db.jdbc()
          .update(
              "INSERT INTO madoguchi.gaiji (pua, mj_code, ucs) VALUES ('\uE011', 'MJ000000', '吉'),"
                  + " ('\uE012', 'MJ000000', '髙')");
      // the fixtures' seal is a stand-in of five bytes: a real impression to print
      db.jdbc()
          .update(
              "UPDATE madoguchi.inkan SET inei_png = ? WHERE inkan_no = 2", Fixtures.impression());
      // the fixtures' family name 𠮷田 is beyond both Mincho fonts: 吉田 here
      for (String update :
          List.of(
              "UPDATE madoguchi.jumin SET shimei = REPLACE(shimei, '𠮷', '吉'),"
                  + " hittosha = REPLACE(hittosha, '𠮷', '吉')",
              "UPDATE koseki.koseki SET hittosha = REPLACE(hittosha, '𠮷', '吉')",
              "UPDATE koseki.jiko SET detail = REPLACE(detail, '𠮷', '吉')")) {
        db.jdbc().update(update);
      }
      db.jdbc()
          .update(
              "UPDATE madoguchi.jumin SET shimei = '山田　\uE011\uE012' WHERE atena_no IN (103, 104)");
      CertificateContentAssembler assembler = assembler(db.dataSource());
      int plain = 0;
      for (CertificateSubject subject : withoutMj()) {
        CertificateContent content = assembler.assemble(subject);
        check(!renderer.printsMjGlyphs(content), subject + " prints an MJ glyph");
        renderer.checkPrintable(content);
        renderer.render(content);
        Rendering.issued(content);
        plain++;
      }
      check(!MjFont.isLoaded(), "IPAmj明朝 read for certificates without MJ glyphs");
      report("after " + plain + " certificates without MJ glyphs");
      unprintedMjGaiji(db, assembler, renderer);
      if (mj) {
        // 伂 (U+4F02): IPAmj's mj006561, beyond both Mincho fonts, through a gaiji row's ucs
        db.jdbc()
            .update(
                "INSERT INTO madoguchi.gaiji (pua, mj_code, ucs) VALUES ('\uE013', 'MJ006561',"
                    + " '\u4F02')");
        db.jdbc().update("UPDATE madoguchi.jumin SET shimei = '山田　\uE013' WHERE atena_no = 105");
        CertificateContent content =
            assembler.assemble(new CertificateSubject(JIRO, CertificateType.JUMINHYO, null));
        List<String> texts = atOnce(4, () -> Rendering.text(issued(renderer, content)));
        for (String text : texts) {
          check(text.contains("山田\u4F02"), "an MJ body without its character: " + text);
        }
        check(MjFont.isLoaded(), "IPAmj明朝 not read for an MJ certificate");
        report("after an MJ certificate rendered by " + texts.size() + " threads at once");
      }
    }
  }

  /**
   * A 住民票 without the 世帯主 option for a person whose householder's name holds an MJ-only 外字 (a gaiji
   * row without ucs): nothing printed needs IPAmj, so it is not read. The name is put back.
   */
  private static void unprintedMjGaiji(
      LegacyDatabase db, CertificateContentAssembler assembler, CertificateRenderer renderer) {
    // TARO (103) heads the fixtures' household: a member of it asks for their own 住民票
    long head = 103;
    long member =
        db.jdbc()
            .queryForObject(
                "SELECT MIN(j.atena_no) FROM madoguchi.jumin j JOIN madoguchi.setai s"
                    + " ON s.setai_no = j.setai_no WHERE s.setainushi_atena_no = 103"
                    + " AND j.atena_no <> 103 AND j.status = 'ACTIVE'",
                Long.class);
    String name =
        db.jdbc()
            .queryForObject(
                "SELECT shimei FROM madoguchi.jumin WHERE atena_no = ?", String.class, head);
    db.jdbc()
        .update(
            "INSERT INTO madoguchi.gaiji (pua, mj_code, ucs) VALUES ('\uE014', 'MJ006816', NULL)");
    db.jdbc().update("UPDATE madoguchi.jumin SET shimei = '山田　\uE014' WHERE atena_no = ?", head);
    CertificateContent content =
        assembler.assemble(
            new CertificateSubject(
                new PersonRef.Resident(member),
                CertificateType.JUMINHYO,
                new CertificateOptions(Scope.SELF, false, true, false, null)));
    check(!renderer.printsMjGlyphs(content), "a 住民票 without 世帯主 prints an MJ glyph");
    Rendering.text(issued(renderer, content));
    check(!MjFont.isLoaded(), "IPAmj明朝 read for an MJ-only 外字 the certificate does not print");
    report("after a certificate whose only MJ-only 外字 is not printed");
    db.jdbc().update("UPDATE madoguchi.jumin SET shimei = ? WHERE atena_no = ?", name, head);
  }

  private static byte[] issued(CertificateRenderer renderer, CertificateContent content) {
    RenderedBody body = renderer.render(content);
    return body.pdf();
  }

  private static List<CertificateSubject> withoutMj() {
    List<CertificateSubject> subjects = new ArrayList<>();
    for (Scope scope : List.of(Scope.SELF, Scope.HOUSEHOLD)) {
      subjects.add(
          new CertificateSubject(
              TARO,
              CertificateType.JUMINHYO,
              new CertificateOptions(scope, true, true, false, null)));
    }
    for (CertificateType type :
        List.of(
            CertificateType.JUMINHYO_KISAI,
            CertificateType.INKAN,
            CertificateType.SHOTOKU_KAZEI,
            CertificateType.KOSEKI_ZENBU,
            CertificateType.KOSEKI_KOJIN,
            CertificateType.KOSEKI_FUHYO)) {
      subjects.add(new CertificateSubject(TARO, type, null));
    }
    return subjects;
  }

  private static CertificateContentAssembler assembler(DataSource ds) {
    return new CertificateContentAssembler(new MadoguchiReader(ds), new KosekiReader(ds));
  }

  private static <T> List<T> atOnce(int threads, java.util.concurrent.Callable<T> task)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CyclicBarrier start = new CyclicBarrier(threads);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return task.call();
                }));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static void report(String step) {
    OUT.println("probe: " + step + ": IPAmj read " + MjFont.isLoaded());
  }

  private static void check(boolean holds, String failure) {
    if (!holds) {
      OUT.println("probe: FAILED: " + failure);
      System.exit(1);
    }
  }
}
