package org.kofu.batch.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.kofu.batch.eligibility.EligibilityPlanner;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.assembly.CertificateContentAssembler;
import org.kofu.core.certificate.assembly.MissingRecordException;
import org.kofu.core.render.CertificateRenderer;
import org.springframework.context.ApplicationContext;

/**
 * The plain render rate of the project's renderer on the same data, in the same run: the issuable
 * variants of the first residents, assembled beforehand, rendered on 2 threads after a warm-up, as
 * the foundation benchmark ({@code ops/bench/render}) measures it (without its stamping, which the
 * batch does not do either). What the batch adds on top is what the comparison shows.
 */
final class RenderRate {

  static final int THREADS = 2;
  private static final int WARM_UP = 300;

  private RenderRate() {}

  static double measure(ApplicationContext node, List<Long> residents, LocalDate today, int bodies)
      throws Exception {
    EligibilityPlanner planner = node.getBean(EligibilityPlanner.class);
    CertificateContentAssembler assembler = node.getBean(CertificateContentAssembler.class);
    CertificateRenderer renderer = node.getBean(CertificateRenderer.class);
    List<CertificateContent> contents = new ArrayList<>();
    for (long atenaNo : residents) {
      if (contents.size() >= bodies + WARM_UP) {
        break;
      }
      for (CertificateSubject subject : planner.plan(atenaNo, today).issuable()) {
        try {
          contents.add(assembler.assemble(subject));
        } catch (MissingRecordException e) {
          // the full run skips these too
        }
      }
    }
    contents.subList(0, Math.min(WARM_UP, contents.size())).forEach(renderer::render);
    List<CertificateContent> measured =
        contents.subList(Math.min(WARM_UP, contents.size()), contents.size());
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    long start = System.nanoTime();
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        workers.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement();
                      i < measured.size();
                      i = next.getAndIncrement()) {
                    renderer.render(measured.get(i));
                  }
                }));
      }
      for (Future<?> w : workers) {
        w.get();
      }
    } finally {
      pool.shutdown();
    }
    return measured.size() / ((System.nanoTime() - start) / 1e9);
  }
}
