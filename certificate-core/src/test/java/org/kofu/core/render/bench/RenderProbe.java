package org.kofu.core.render.bench;

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
