package org.kofu.batch.delta;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * How far a restriction row reaches beyond its own person: 支援措置 refuses every certificate that
 * prints the protected person with an address, so a {@code kofu_seigen} row also re-plans the 附票 of
 * everyone in the person's registers, and a {@code fuhyo_seigen} row (which names a register entry,
 * not a resident) re-plans every certificate of the entry's resident, if any, and the 住民票 of their
 * household (a HOUSEHOLD 住民票 lists them; a SELF one names them as householder).
 */
final class RestrictionReach {

  private final LegacyChanges changes;

  RestrictionReach(LegacyChanges changes) {
    this.changes = changes;
  }

  void mark(List<JournalRow> madoguchi, List<JournalRow> koseki, BiConsumer<Long, Affected> mark) {
    Set<Long> protectedHere = new HashSet<>();
    for (JournalRow row : madoguchi) {
      if (row.owner() != null && row.table().equalsIgnoreCase("kofu_seigen")) {
        protectedHere.add(row.owner());
      }
    }
    if (!protectedHere.isEmpty()) {
      Set<Long> registers = changes.registersOf(protectedHere);
      changes.registerResidents(registers).forEach(p -> mark.accept(p, Affected.REGISTER));
    }
    Set<List<Long>> entries = new HashSet<>();
    Set<Long> registers = new HashSet<>();
    for (JournalRow row : koseki) {
      if (row.member() != null && row.table().equalsIgnoreCase("fuhyo_seigen")) {
        entries.add(List.of(row.group(), (long) row.member()));
        registers.add(row.group());
      }
    }
    if (entries.isEmpty()) {
      return;
    }
    Set<Long> residents = changes.entryResidents(registers, entries);
    residents.forEach(p -> mark.accept(p, Affected.EVERY_VARIANT));
    if (!residents.isEmpty()) {
      Map<Long, List<Long>> members = changes.householdMembers(changes.householdsOf(residents));
      new ArrayList<>(members.values())
          .forEach(m -> m.forEach(p -> mark.accept(p, Affected.RESIDENT_CERTIFICATES)));
    }
  }
}
