package org.kofu.bench.render;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.Scope;
import org.kofu.core.certificate.SourceVersions;
import org.kofu.core.render.CertificateProperties;
import org.kofu.core.render.CertificateRenderer;
import org.kofu.core.render.Fixtures;
import org.kofu.core.render.font.FontCatalog;
import org.kofu.core.render.font.MjFont;
import org.kofu.demodata.generate.MjCharacters;

/**
 * What IPAmj明朝 costs a process: resident set (VmRSS), heap used after a full GC and metaspace
 * before and after the font is read, and after certificates that fill the subset caches. Run with
 * the relay's heap settings, e.g. {@code java -Xms768m -Xmx768m -cp ... MjMemoryProbe}.
 */
public final class MjMemoryProbe {

  private MjMemoryProbe() {}

  public static void main(String[] args) throws IOException {
    FontCatalog.shared();
    report("Mincho fonts read (JVM, FontBox, AWT font classes)");
    MjFont.shared();
    report("IPAmj明朝 read and kept");
    CertificateRenderer renderer =
        new CertificateRenderer(CertificateProperties.defaults(), Clock.systemUTC());
    var plain =
        Fixtures.residents(
            CertificateType.JUMINHYO, Fixtures.juminhyo(Scope.HOUSEHOLD, true, true, false));
    for (int i = 0; i < 200; i++) {
      renderer.render(plain);
    }
    report("after 200 renders without MJ characters");
    List<MjCharacters.MjCharacter> mj =
        MjCharacters.all().stream().filter(c -> c.unicode() != null).toList();
    for (int i = 0; i < 3000; i++) {
      String name =
          mj.get(i % mj.size()).unicode() + mj.get((i * 7 + i / mj.size()) % mj.size()).unicode();
      var r = Fixtures.resident(9, "並行　" + name, "テスト", "世帯主");
      renderer.render(
          new CertificateContent.Residents(
              Fixtures.subject(
                  r, CertificateType.JUMINHYO, Fixtures.juminhyo(Scope.SELF, false, false, false)),
              List.of(r),
              r,
              SourceVersions.builder().build()));
    }
    report("after 3,000 renders with MJ characters (subset caches full)");
  }

  private static void report(String when) throws IOException {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long nonHeap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.NON_HEAP && pool.getName().contains("Metaspace")) {
        nonHeap += pool.getUsage().getUsed();
      }
    }
    String rss =
        Files.readAllLines(Path.of("/proc/self/status")).stream()
            .filter(l -> l.startsWith("VmRSS"))
            .findFirst()
            .orElse("VmRSS: ?")
            .replaceAll("\\s+", " ");
    System.out.printf(
        "%s: %s, heap used after GC %.1f MB, metaspace %.1f MB%n",
        when, rss, heap / 1e6, nonHeap / 1e6);
  }
}
