package org.kofu.bench.render;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.Scope;
import org.kofu.core.render.CertificateProperties;
import org.kofu.core.render.CertificateRenderer;
import org.kofu.core.render.Fixtures;

/** CPU time per rendered body of each certificate, one thread: where to look for time. */
public final class RenderProbe {

  private RenderProbe() {}

  /** A 住民票 of one person without householder or 本籍: only the name and address vary. */
  private static CertificateContent resident(String name, String address) {
    var r = Fixtures.resident(9, name, "テスト", "世帯主", address, "北海道函館市元町1番地");
    return new CertificateContent.Residents(
        Fixtures.subject(
            r, CertificateType.JUMINHYO, Fixtures.juminhyo(Scope.SELF, false, false, false)),
        java.util.List.of(r),
        r,
        org.kofu.core.certificate.SourceVersions.builder().build());
  }

  public static void main(String[] args) {
    PrintStream out = System.out;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    CertificateRenderer renderer =
        new CertificateRenderer(CertificateProperties.defaults(), Clock.systemUTC());
    Map<String, CertificateContent> contents = new LinkedHashMap<>();
    contents.put(
        "juminhyo self",
        Fixtures.residents(
            CertificateType.JUMINHYO, Fixtures.juminhyo(Scope.SELF, true, true, false)));
    contents.put(
        "juminhyo household",
        Fixtures.residents(
            CertificateType.JUMINHYO, Fixtures.juminhyo(Scope.HOUSEHOLD, true, true, false)));
    contents.put("inkan", Fixtures.seal());
    contents.put("tax", Fixtures.tax());
    contents.put("zenbu", Fixtures.register(CertificateType.KOSEKI_ZENBU, 0));
    contents.put("juminhyo self again", contents.get("juminhyo self"));
    contents.put("juminhyo plain", resident("山田　花子", "北海道函館市元町1番地"));
    contents.put("juminhyo MJ", resident("並行　\u4F02\u5002", "北海道函館市葛\uDB40\uDD02町\uD840\uDC0B1番地"));
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 400;
    for (var e : contents.entrySet()) {
      for (int i = 0; i < n; i++) {
        renderer.render(e.getValue());
      }
      long start = threads.getCurrentThreadCpuTime();
      long bytes = 0;
      for (int i = 0; i < n; i++) {
        bytes += renderer.render(e.getValue()).pdf().length;
      }
      double ms = (threads.getCurrentThreadCpuTime() - start) / 1e6 / n;
      out.printf("%-20s %5.2f ms CPU, %6d B%n", e.getKey(), ms, bytes / n);
    }
  }
}
