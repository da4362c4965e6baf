package org.kofu.conformance.scenario;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.kofu.conformance.Outcome;
import org.kofu.kiosk.load.MixEntry;

/**
 * A 支援措置 (DV_SUPPORT in {@code madoguchi.kofu_seigen}) set for a person while kiosks ask for
 * certificates on every node (fixture mode): before the commit their 住民票 may be issued; every
 * request sent after the commit returned is refused with 422 NOT_ISSUABLE ISSUANCE_RESTRICTED,
 * their own 住民票 and the HOUSEHOLD 住民票 that a member of their household asks for. The other people's
 * certificates stay right throughout. The restriction is removed afterwards.
 */
public final class RestrictionMidLoad implements Scenario {

  static final MixEntry OWN = new MixEntry("JUMINHYO", "{}", 1, true);
  static final MixEntry HOUSEHOLD = new MixEntry("JUMINHYO", "{\"scope\":\"HOUSEHOLD\"}", 1, true);
  private static final int KIOSKS = 4;
  private static final long PHASE_MS = 4_000;

  @Override
  public String name() {
    return "restriction-mid-load";
  }

  @Override
  public Outcome run(Target target) throws Exception {
    if (!target.writeFixtures()) {
      return Outcome.skip(name(), ChangeJustBefore.NEEDS_FIXTURES);
    }
    List<String> people = target.snapshots().issuableAdults(12);
    if (people.size() < 3) {
      return Outcome.skip(name(), "too few issuable residents in the existing systems");
    }
    String restricted = people.get(people.size() / 2);
    String member = householdMember(target, restricted);
    // nobody of the restricted person's household: their HOUSEHOLD 住民票 is refused after it too
    List<String> household = household(target, restricted);
    List<String> others =
        people.stream().filter(p -> !p.equals(restricted) && !household.contains(p)).toList();
    if (others.isEmpty()) {
      return Outcome.skip(name(), "no issuable resident outside the restricted one's household");
    }
    long atenaNo =
        target
            .jdbc()
            .queryForObject(
                "SELECT atena_no FROM madoguchi.jumin WHERE juminhyo_code = ?",
                Long.class,
                restricted);
    AtomicLong committedAt = new AtomicLong(Long.MAX_VALUE);
    List<Asked> asked = Collections.synchronizedList(new ArrayList<>());
    ExecutorService kiosks = Executors.newFixedThreadPool(KIOSKS);
    long seigenId = -1;
    try {
      long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(2 * PHASE_MS);
      List<Future<?>> running = new ArrayList<>();
      for (int k = 0; k < KIOSKS; k++) {
        Kiosk kiosk = new Kiosk(target, k, restricted, member, others, end, asked);
        running.add(kiosks.submit(kiosk));
      }
      TimeUnit.MILLISECONDS.sleep(PHASE_MS);
      seigenId = restrict(target, atenaNo);
      committedAt.set(System.nanoTime());
      for (Future<?> future : running) {
        future.get();
      }
    } finally {
      kiosks.shutdownNow();
      if (seigenId >= 0) {
        target.jdbc().update("DELETE FROM madoguchi.kofu_seigen WHERE seigen_id = ?", seigenId);
      }
    }
    return Asked.verdict(name(), asked, committedAt.get(), member != null);
  }

  /** The other members of the person's household, whatever their status. */
  private static List<String> household(Target target, String person) {
    return target
        .jdbc()
        .queryForList(
            "SELECT m.juminhyo_code FROM madoguchi.jumin m JOIN madoguchi.jumin p"
                + " ON p.setai_no = m.setai_no WHERE p.juminhyo_code = ?"
                + " AND m.juminhyo_code <> p.juminhyo_code",
            String.class,
            person);
  }

  /** Another ACTIVE adult of the person's household, or null. */
  private static String householdMember(Target target, String person) {
    List<String> members =
        target
            .jdbc()
            .queryForList(
                "SELECT m.juminhyo_code FROM madoguchi.jumin m JOIN madoguchi.jumin p"
                    + " ON p.setai_no = m.setai_no WHERE p.juminhyo_code = ?"
                    + " AND m.juminhyo_code <> p.juminhyo_code AND m.status = 'ACTIVE'"
                    + " AND m.tenshutsu_yotei_date IS NULL AND m.birth_date < ?"
                    + " ORDER BY m.atena_no",
                String.class,
                person,
                today().minusYears(16));
    return members.isEmpty() ? null : members.get(0);
  }

  /** Commits the restriction, in force since yesterday (Tokyo) without end; returns its id. */
  private static long restrict(Target target, long atenaNo) {
    Long id =
        target
            .jdbc()
            .queryForObject(
                "SELECT COALESCE(MAX(seigen_id), 0) + 1 FROM madoguchi.kofu_seigen", Long.class);
    target
        .jdbc()
        .update(
            "INSERT INTO madoguchi.kofu_seigen (seigen_id, atena_no, cert_type, reason, valid_from)"
                + " VALUES (?, ?, NULL, 'DV_SUPPORT', ?)",
            id,
            atenaNo,
            today().minusDays(1));
    return id;
  }

  static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Tokyo"));
  }
}
