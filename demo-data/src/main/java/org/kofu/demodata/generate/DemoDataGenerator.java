package org.kofu.demodata.generate;

import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Generates the existing systems' rows for a demo 函館市 (012025): households, residents, seals, tax,
 * restrictions, 戸籍 and 附票. Deterministic: the same settings give the same rows in the same order,
 * and each household draws from its own random stream, so ids and rows never depend on timing. Rows
 * are streamed to a {@link RowSink} household by household.
 */
public final class DemoDataGenerator {

  /** 全国地方公共団体コード of 函館市. */
  public static final String MUNICIPALITY_CODE = "012025";

  /** About 3% of registers belong to people whose 本籍 is here but who live elsewhere. */
  private static final double ELSEWHERE_REGISTER_SHARE = 0.03;

  private static final double REGISTER_HERE_SHARE = 0.7;

  private final GeneratorSettings settings;

  public DemoDataGenerator(GeneratorSettings settings) {
    this.settings = settings;
  }

  public GeneratorSettings settings() {
    return settings;
  }

  /** Writes every row to {@code sink}; can be called again for the same rows. */
  public void generate(RowSink sink) {
    Parts parts = new Parts(settings);
    Ids ids = new Ids();
    ExtendedCharacters.writeMappings(sink);
    int written = 0;
    for (long index = 0; written < settings.residents(); index++) {
      RandomGenerator rng = new SplittableRandom(settings.seed() * 1_000_003L + index);
      Household h = parts.planner.plan(rng, settings.residents() - written);
      h.setaiNo = ids.setai();
      h.members.forEach(m -> m.atenaNo = ids.atena());
      parts.extended.spell(h, index);
      parts.residence.settle(h, rng);
      ExtendedCharacters.address(h);
      writeRegisters(parts, h, ids, rng, sink);
      parts.residents.write(h, rng, sink);
      for (Member m : h.members) {
        parts.seals.write(h, m, ids, rng, sink);
        parts.taxes.write(h, m, rng, sink);
        parts.restrictions.write(m, ids, rng, sink);
      }
      written += h.members.size();
    }
  }

  private static void writeRegisters(
      Parts parts, Household h, Ids ids, RandomGenerator rng, RowSink sink) {
    if (h.isForeign()) {
      return;
    }
    h.registerHere = rng.nextDouble() < REGISTER_HERE_SHARE;
    h.honseki = h.registerHere ? Places.hakodateHonseki(rng) : Places.elsewhereHonseki(rng);
    h.honseki = ExtendedCharacters.honseki(h, h.honseki);
    h.hittosha = h.head().fullName().replace("　", "");
    h.parentsHittosha = h.hittosha;
    if (h.registerHere) {
      List<Register> registers = parts.registerPlanner.forHousehold(h, rng);
      h.hittosha = registers.get(0).hittosha;
      for (Register r : registers) {
        parts.registers.write(ids.koseki(), r, h, rng, sink);
      }
      if (rng.nextDouble() < ELSEWHERE_REGISTER_SHARE * registers.size()) {
        parts.registers.write(ids.koseki(), parts.registerPlanner.elsewhere(rng), null, rng, sink);
      }
    }
  }

  /** The generator's collaborators, made once per run. */
  private static final class Parts {
    final HouseholdPlanner planner;
    final Residence residence;
    final ResidentWriter residents;
    final RegisterPlanner registerPlanner;
    final RegisterWriter registers;
    final SealWriter seals;
    final TaxWriter taxes;
    final RestrictionWriter restrictions;
    final ExtendedCharacters extended;

    Parts(GeneratorSettings s) {
      planner = new HouseholdPlanner(s.today());
      residence = new Residence(s.today());
      residents = new ResidentWriter(residence);
      registerPlanner = new RegisterPlanner(s.today());
      registers = new RegisterWriter(s.today(), residence);
      seals = new SealWriter(s.today());
      taxes = new TaxWriter(s.today());
      restrictions = new RestrictionWriter(s.today());
      extended = new ExtendedCharacters(s.seed());
    }
  }
}
