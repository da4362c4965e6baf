package org.kofu.relay.canary;

import java.util.List;
import java.util.Optional;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.koseki.RegisterMemberRow;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;
import org.kofu.core.legacy.madoguchi.ResidentRow;
import org.kofu.core.readback.PersonSnapshot;
import org.springframework.stereotype.Component;

/**
 * A test person as the existing systems hold them now, read through the same readers the relay
 * issues from, but outside any request: what each canary body must show.
 */
@Component
class CanaryPersons {

  private final MadoguchiReader madoguchi;
  private final KosekiReader koseki;

  CanaryPersons(MadoguchiReader madoguchi, KosekiReader koseki) {
    this.madoguchi = madoguchi;
    this.koseki = koseki;
  }

  /** The person of a 住民票コード, with their register and its members; empty when unknown. */
  Optional<PersonSnapshot> read(String juminhyoCode) {
    return madoguchi.residentByJuminhyoCode(juminhyoCode).map(this::snapshot);
  }

  private PersonSnapshot snapshot(ResidentRow r) {
    String householder =
        madoguchi
            .household(r.setaiNo())
            .flatMap(h -> madoguchi.resident(h.setainushiAtenaNo()))
            .map(ResidentRow::shimei)
            .orElse(null);
    List<PersonSnapshot.Person> household =
        madoguchi.householdMembers(r.setaiNo()).stream()
            .filter(ResidentRow::isActive)
            .map(m -> new PersonSnapshot.Person(m.shimei(), m.birthDate()))
            .toList();
    return new PersonSnapshot(
        r.juminhyoCode(),
        r.shimei(),
        r.birthDate(),
        r.address(),
        r.katagaki(),
        r.kojinBango(),
        householder,
        household,
        koseki.currentMembership(r.atenaNo()).map(this::register).orElse(null));
  }

  private PersonSnapshot.Register register(RegisterMemberRow self) {
    return koseki
        .register(self.kosekiId())
        .map(
            reg ->
                new PersonSnapshot.Register(
                    reg.honseki(),
                    reg.hittosha(),
                    person(self),
                    koseki.members(self.kosekiId()).stream().map(CanaryPersons::person).toList()))
        .orElse(null);
  }

  private static PersonSnapshot.Person person(RegisterMemberRow row) {
    return new PersonSnapshot.Person(row.shimei(), row.birthDate());
  }
}
