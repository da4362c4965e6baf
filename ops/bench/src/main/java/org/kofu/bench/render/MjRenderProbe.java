package org.kofu.bench.render;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.List;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.Scope;
import org.kofu.core.certificate.SourceVersions;
import org.kofu.core.render.CertificateProperties;
import org.kofu.core.render.CertificateRenderer;
import org.kofu.core.render.Fixtures;
import org.kofu.demodata.generate.MjCharacters;

/**
 * CPU time per body, one thread, of a 住民票 with two MJ characters that no earlier body had together
 * (a subset made for it, never one kept), interleaved with the same 住民票 in JIS X 0208 only: {@code
 * java -cp ... MjRenderProbe [bodies]}.
 */
public final class MjRenderProbe {

  private MjRenderProbe() {}

  private static CertificateContent resident(String name) {
    var r = Fixtures.resident(9, name, "テスト", "世帯主", "北海道函館市元町1番地", "北海道函館市元町1番地");
    return new CertificateContent.Residents(
        Fixtures.subject(
            r, CertificateType.JUMINHYO, Fixtures.juminhyo(Scope.SELF, false, false, false)),
        List.of(r),
        r,
        SourceVersions.builder().build());
  }

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    CertificateRenderer renderer =
        new CertificateRenderer(CertificateProperties.defaults(), Clock.systemUTC());
    List<MjCharacters.MjCharacter> mj =
        MjCharacters.all().stream().filter(c -> c.unicode() != null).toList();
    String plain = "山田花子太郎一郎";
    long plainNanos = 0;
    long mjNanos = 0;
    for (int i = -200; i < n; i++) {
      String name =
          mj.get(Math.floorMod(i, mj.size())).unicode()
              + mj.get(Math.floorMod(i * 7 + i / mj.size(), mj.size())).unicode();
      CertificateContent withMj = resident("並行　" + name);
      CertificateContent without = resident("並行　" + plain.charAt(Math.floorMod(i, 8)) + "子");
      long t0 = threads.getCurrentThreadCpuTime();
      renderer.render(without);
      long t1 = threads.getCurrentThreadCpuTime();
      renderer.render(withMj);
      long t2 = threads.getCurrentThreadCpuTime();
      if (i >= 0) {
        plainNanos += t1 - t0;
        mjNanos += t2 - t1;
      }
    }
    System.out.printf(
        "plain %.2f ms CPU, MJ (new subset) %.2f ms CPU, plain/MJ rate ratio %.2f%n",
        plainNanos / 1e6 / n, mjNanos / 1e6 / n, (double) plainNanos / mjNanos);
  }
}
