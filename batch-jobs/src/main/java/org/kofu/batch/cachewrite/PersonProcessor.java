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
import org.kofu.batch.existing.ExistingBodies;
import org.kofu.batch.existing.ForeignSkip;
import org.kofu.cache.contract.NewBody;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.assembly.CertificateContentAssembler;
import org.kofu.core.certificate.assembly.MissingRecordException;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;
import org.kofu.core.legacy.read.ReadMemo;
import org.kofu.core.render.CertificateRenderer;
import org.kofu.core.render.body.RenderedBodyCodec;
import org.springframework.batch.item.ItemProcessor;

/**
 * 宛名番号 → plan → assemble, render and encode every issuable variant; the variants of a type whose
 * source is the existing system are pulled from it instead ({@link ExistingSide}). A bad record
 * ({@code MissingRecordException}, {@code UndrawableCharacterException}) propagates so that the
 * step skips the person and the skip log names them. Not final: the full job's instance is
 * step-scoped (a class proxy).
 */
public class PersonProcessor implements ItemProcessor<Long, PersonWork> {

  private final EligibilityPlanner planner;
  private final CertificateContentAssembler assembler;
  private final CertificateRenderer renderer;
  private final Clock clock;
  private final Supplier<LocalDate> runDay;
  private final ExistingSide existing;

  /**
   * How the {@code EXISTING_SYSTEM} types are processed: {@code pullsPerSubject} asks the existing
   * system for each issuable subject's body (the full run); otherwise their bodies come from {@code
   * changedSince} (the delta) and the processor only plans them (a variant no longer issuable is
   * still invalidated).
   */
  public record ExistingSide(
      ExistingBodies bodies, MadoguchiReader madoguchi, boolean pullsPerSubject) {}

  /** Every type rendered by the project. */
  public PersonProcessor(
      EligibilityPlanner planner,
      CertificateContentAssembler assembler,
      CertificateRenderer renderer,
      Clock clock,
      Supplier<LocalDate> runDay) {
    this(planner, assembler, renderer, clock, runDay, null);
  }

  /**
   * @param existing null when every type is rendered by the project
   */
  public PersonProcessor(
      EligibilityPlanner planner,
      CertificateContentAssembler assembler,
      CertificateRenderer renderer,
      Clock clock,
      Supplier<LocalDate> runDay,
      ExistingSide existing) {
    this.planner = planner;
    this.assembler = assembler;
    this.renderer = renderer;
    this.clock = clock;
    this.runDay = runDay;
    this.existing = existing;
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
      List<ForeignSkip> skips = new ArrayList<>();
      for (CertificateSubject subject : plan.issuable()) {
        if (existing != null && existing.bodies().fromExistingSystem(subject.type())) {
          if (existing.pullsPerSubject()) {
            pull(atenaNo, subject, bodies, skips);
          }
          continue;
        }
        CertificateContent content = assembler.assemble(subject);
        byte[] payload = RenderedBodyCodec.encode(renderer.renderForCache(content));
        bodies.add(new NewBody(subject, content.sources(), readAt, payload));
      }
      return new PersonWork(plan, bodies, skips);
    }
  }

  private void pull(
      long atenaNo, CertificateSubject subject, List<NewBody> bodies, List<ForeignSkip> skips) {
    // the plan read the resident: the memo answers this without a query
    String code =
        existing
            .madoguchi()
            .resident(atenaNo)
            .orElseThrow(
                () ->
                    new MissingRecordException(
                        subject.person(), MissingRecordException.Missing.RESIDENT, ""))
            .juminhyoCode();
    ExistingBodies.Pulled pulled = existing.bodies().pull(subject, code);
    if (pulled.body() != null) {
      bodies.add(pulled.body());
    } else {
      skips.add(pulled.skip());
    }
  }
}
