package org.kofu.batch.cachewrite;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.kofu.batch.eligibility.EligibilityPlanner;
import org.kofu.batch.eligibility.PersonPlan;
import org.kofu.batch.eligibility.Variant;
import org.kofu.cache.contract.NewBody;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.assembly.CertificateContentAssembler;
import org.kofu.core.legacy.read.ReadMemo;
import org.kofu.core.render.CertificateRenderer;
import org.kofu.core.render.body.RenderedBodyCodec;
import org.springframework.batch.item.ItemProcessor;

/**
 * 宛名番号 → plan → assemble, render and encode every issuable variant. A bad record ({@code
 * MissingRecordException}, {@code UndrawableCharacterException}) propagates so that the step skips
 * the person and the skip log names them. Not final: the full job's instance is step-scoped (a
 * class proxy).
 */
public class PersonProcessor implements ItemProcessor<Long, PersonWork> {

  private final EligibilityPlanner planner;
  private final CertificateContentAssembler assembler;
  private final CertificateRenderer renderer;
  private final Clock clock;
  private final Supplier<LocalDate> runDay;

  public PersonProcessor(
      EligibilityPlanner planner,
      CertificateContentAssembler assembler,
      CertificateRenderer renderer,
      Clock clock,
      Supplier<LocalDate> runDay) {
    this.planner = planner;
    this.assembler = assembler;
    this.renderer = renderer;
    this.clock = clock;
    this.runDay = runDay;
  }

  @Override
  public PersonWork process(Long atenaNo) {
    return process(atenaNo, v -> true);
  }

  /** Only the variants {@code only} selects (a delta: those the change can affect). */
  public PersonWork process(long atenaNo, Predicate<Variant> only) {
    // taken before any row is read: the cache's time floor compares against when data was read
    Instant readAt = clock.instant();
    // the plan and every variant read the person's rows once
    try (ReadMemo memo = ReadMemo.open()) {
      PersonPlan plan = planner.plan(atenaNo, runDay.get(), only);
      List<NewBody> bodies = new ArrayList<>(plan.issuable().size());
      for (CertificateSubject subject : plan.issuable()) {
        CertificateContent content = assembler.assemble(subject);
        byte[] payload = RenderedBodyCodec.encode(renderer.renderForCache(content));
        bodies.add(new NewBody(subject, content.sources(), readAt, payload));
      }
      return new PersonWork(plan, bodies);
    }
  }
}
