package org.kofu.demodata.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.kofu.demodata.generate.Register.Entry;
import org.kofu.demodata.generate.Register.Person;

/** Writes a register's {@code koseki}, {@code kojin}, {@code jiko} and {@code fuhyo} rows. */
final class RegisterWriter {

  private final LocalDate today;
  private final Residence residence;

  RegisterWriter(LocalDate today, Residence residence) {
    this.today = today;
    this.residence = residence;
  }

  void write(long kosekiId, Register r, Household h, RandomGenerator rng, RowSink sink) {
    sink.accept(
        LegacyTable.KOSEKI,
        new Object[] {kosekiId, r.honseki, r.hittosha, r.hensei, r.closed ? "JOSEKI" : "CURRENT"});
    int seq = 0;
    for (Entry e : r.entries) {
      sink.accept(LegacyTable.JIKO, jiko(kosekiId, null, ++seq, e));
    }
    for (int i = 0; i < r.persons.size(); i++) {
      Person p = r.persons.get(i);
      int kojinNo = i + 1;
      Long atena = p.resident == null ? null : p.resident.atenaNo;
      sink.accept(
          LegacyTable.KOJIN,
          new Object[] {
            kosekiId,
            kojinNo,
            atena,
            p.given,
            p.birth,
            p.male ? "1" : "2",
            p.father,
            p.mother,
            p.zokugara,
            p.joseki
          });
      for (Entry e : p.entries) {
        sink.accept(LegacyTable.JIKO, jiko(kosekiId, kojinNo, ++seq, e));
      }
      int fseq = 0;
      for (Object[] address : addresses(p, h, rng)) {
        sink.accept(
            LegacyTable.FUHYO, new Object[] {kosekiId, kojinNo, ++fseq, address[0], address[1]});
      }
    }
  }

  private static Object[] jiko(long kosekiId, Integer kojinNo, int seq, Entry e) {
    return new Object[] {kosekiId, kojinNo, seq, e.kind(), e.date(), e.detail()};
  }

  /** 1–4 addresses oldest first; a resident's last one is where they live now. */
  private List<Object[]> addresses(Person p, Household h, RandomGenerator rng) {
    int count = 1 + rng.nextInt(4);
    LocalDate last;
    String lastAddress;
    if (p.resident != null && h != null) {
      last = residence.juteiDate(h, p.resident);
      lastAddress = h.address;
    } else {
      last = Residence.between(rng, p.birth, today);
      lastAddress = Places.elsewhereAddress(rng);
    }
    List<Object[]> rows = new ArrayList<>();
    LocalDate from = p.birth;
    for (int i = 1; i < count && from.isBefore(last.minusDays(count)); i++) {
      from = Residence.between(rng, from.plusDays(1), last.minusDays(count - i));
      String a = rng.nextBoolean() ? Places.hakodateAddress(rng) : Places.elsewhereAddress(rng);
      rows.add(new Object[] {a, from});
    }
    rows.add(new Object[] {lastAddress, last});
    return rows;
  }
}
