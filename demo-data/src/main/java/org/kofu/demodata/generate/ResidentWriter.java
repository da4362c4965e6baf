package org.kofu.demodata.generate;

import java.time.LocalDate;
import java.util.random.RandomGenerator;

/** Writes a household's {@code setai} row and its members' {@code jumin} rows. */
final class ResidentWriter {

  private final Residence residence;

  ResidentWriter(Residence residence) {
    this.residence = residence;
  }

  void write(Household h, RandomGenerator rng, RowSink sink) {
    sink.accept(LegacyTable.SETAI, new Object[] {h.setaiNo, h.head().atenaNo});
    for (Member m : h.members) {
      sink.accept(LegacyTable.JUMIN, jumin(h, m, rng));
    }
  }

  private Object[] jumin(Household h, Member m, RandomGenerator rng) {
    LocalDate juminDate = residence.juminDate(h, m);
    boolean movedIn = h.prevAddress != null && !m.birth.isAfter(h.juteiDate);
    LocalDate todoke =
        movedIn ? residence.notLaterThanToday(juminDate.plusDays(rng.nextInt(14))) : null;
    Member.Foreigner f = m.foreigner;
    return new Object[] {
      m.atenaNo,
      KojinBango.juminhyoCode(m.atenaNo),
      KojinBango.kojinBango(m.atenaNo),
      h.setaiNo,
      m.shimei(),
      m.kana(),
      m.kyushi,
      f == null ? null : f.tsusho(),
      m.birth,
      m.sex(),
      m.zokugara,
      juminDate,
      h.address,
      h.katagaki,
      residence.juteiDate(h, m),
      todoke,
      movedIn ? h.prevAddress : null,
      f == null ? honseki(h, m, rng) : null,
      f == null ? hittosha(h, m) : null,
      f == null ? null : f.kokuseki(),
      f == null ? null : f.shikaku(),
      f == null ? null : f.kikan(),
      f == null ? null : f.manryo(),
      m.status,
      m.statusDate,
      m.tenshutsuYotei
    };
  }

  /** A lodger's own 本籍 is elsewhere; the family shares the head's. */
  private static String honseki(Household h, Member m, RandomGenerator rng) {
    return m.role == Member.Role.LODGER ? Places.elsewhereHonseki(rng) : h.honseki;
  }

  private static String hittosha(Household h, Member m) {
    return switch (m.role) {
      case LODGER -> m.fullName();
      case PARENT -> h.parentsHittosha;
      default -> h.hittosha;
    };
  }
}
