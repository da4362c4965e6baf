package org.kofu.bench.pregenerate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.kofu.batch.eligibility.EligibilityPlanner;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.assembly.CertificateContentAssembler;
import org.kofu.core.certificate.assembly.MissingRecordException;
import org.kofu.core.render.CertificateRenderer;
import org.springframework.context.ApplicationContext;

/**
 * The plain render rate of the project's renderer on the same data, in the same run: the issuable
 * variants of residents spread evenly over the whole population (the full run's mix of types and
 * household sizes), assembled beforehand and rendered on 2 threads as the foundation benchmark
 * ({@code ops/bench/render}) measures it, but of the form the batch renders and stores, the cache
 * form ({@code renderForCache}: font programs kept for the cache's compression, not deflated), and
 * without stamping, which the batch does not do either: like with like. The renderer is warmed up
 * until its rate settles: on this 2-core machine the JIT compilers were still busy after a few
 * hundred renders, and a cold measurement halved the rate. What the batch adds on top is what the
 * comparison shows.
 */
final class RenderRate {

  static final int THREADS = 2;
  private static final int MAX_WARM_UP_ROUNDS = 8;
  private static final double SETTLED = 0.05;

  private RenderRate() {}

  static double measure(ApplicationContext node, List<Long> residents, LocalDate today, int bodies)
      throws Exception {
    List<CertificateContent> contents = sample(node, residents, today, bodies);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CertificateRenderer renderer = node.getBean(CertificateRenderer.class);
      double previous = round(pool, renderer, contents);
      for (int round = 1; round < MAX_WARM_UP_ROUNDS; round++) {
        double rate = round(pool, renderer, contents);
        boolean settled = Math.abs(rate - previous) <= SETTLED * previous;
        previous = rate;
        if (settled) {
          break;
        }
      }
      return round(pool, renderer, contents);
    } finally {
      pool.shutdown();
    }
  }

  /** About {@code bodies} contents from residents taken at an even stride over the list. */
  private static List<CertificateContent> sample(
      ApplicationContext node, List<Long> residents, LocalDate today, int bodies) {
    EligibilityPlanner planner = node.getBean(EligibilityPlanner.class);
    CertificateContentAssembler assembler = node.getBean(CertificateContentAssembler.class);
    // about 3.2 issuable variants a resident: a third of the wanted bodies in residents
    int stride = Math.max(1, residents.size() / Math.max(1, bodies / 3));
    List<CertificateContent> contents = new ArrayList<>();
    for (int i = 0; i < residents.size() && contents.size() < bodies; i += stride) {
      for (CertificateSubject subject : planner.plan(residents.get(i), today).issuable()) {
        try {
          contents.add(assembler.assemble(subject));
        } catch (MissingRecordException e) {
          // the full run skips these too
        }
      }
    }
    return contents;
  }

  /** Renders every content once on the pool; the rate in certificates per second. */
  private static double round(
      ExecutorService pool, CertificateRenderer renderer, List<CertificateContent> contents)
      throws Exception {
    long start = System.nanoTime();
    OnThreads.run(pool, THREADS, contents.size(), i -> renderer.renderForCache(contents.get(i)));
    return contents.size() / ((System.nanoTime() - start) / 1e9);
  }
}
