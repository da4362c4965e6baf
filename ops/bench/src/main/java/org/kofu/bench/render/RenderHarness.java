package org.kofu.bench.render;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.Scope;
import org.kofu.core.render.CertificateProperties;
import org.kofu.core.render.CertificateRenderer;
import org.kofu.core.render.Fixtures;
import org.kofu.core.render.PlainJasperBaseline;
import org.kofu.core.render.body.BodyStamper;
import org.kofu.core.render.body.RenderedBody;

/**
 * Throughput of plain JasperReports against the project's renderer, one after the other in one JVM,
 * on 1 and 2 threads: a one-page 住民票 (SELF, householder, 本籍). Run it with {@code
 * ops/bench/render-harness [seconds]}; it is no test, timings depend on the machine.
 */
public final class RenderHarness {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private RenderHarness() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = System.out;
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
    CertificateContent content =
        Fixtures.residents(
            CertificateType.JUMINHYO, Fixtures.juminhyo(Scope.SELF, true, true, false));
    PlainJasperBaseline plain = new PlainJasperBaseline();
    CertificateRenderer renderer =
        new CertificateRenderer(CertificateProperties.defaults(), Clock.systemUTC());
    BodyStamper stamper = new BodyStamper();
    List<Supplier<byte[]>> cases = new ArrayList<>();
    cases.add(() -> plain.render(content));
    cases.add(() -> renderer.render(content).pdf());
    cases.add(
        () -> {
          RenderedBody body = renderer.render(content);
          return stamper.stamp(body, Fixtures.DAY, "012025-261125-000042");
        });
    String[] names = {"plain Jasper", "kofu render", "kofu render+stamp"};
    for (int i = 0; i < cases.size(); i++) {
      run(cases.get(i), 1, seconds);
    }
    for (int threads = 1; threads <= 2; threads++) {
      for (int i = 0; i < cases.size(); i++) {
        double[] r = run(cases.get(i), threads, seconds);
        out.printf(
            "%-18s %d thread(s): %7.1f documents/s, %5.2f ms CPU/document, %6.0f B/document%n",
            names[i], threads, r[0], r[2], r[1]);
      }
    }
  }

  private static double[] run(Supplier<byte[]> work, int threads, double seconds)
      throws InterruptedException {
    AtomicLong count = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    AtomicLong cpu = new AtomicLong();
    long end = System.nanoTime() + (long) (seconds * 1e9);
    List<Thread> workers = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      Thread worker =
          new Thread(
              () -> {
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                while (System.nanoTime() < end) {
                  bytes.addAndGet(work.get().length);
                  count.incrementAndGet();
                }
                cpu.addAndGet(THREADS.getCurrentThreadCpuTime() - cpuStart);
              });
      worker.start();
      workers.add(worker);
    }
    for (Thread w : workers) {
      w.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    long n = Math.max(1, count.get());
    return new double[] {count.get() / elapsed, (double) bytes.get() / n, cpu.get() / 1e6 / n};
  }
}
