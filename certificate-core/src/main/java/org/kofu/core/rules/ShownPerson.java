package org.kofu.core.rules;

import java.util.List;
import java.util.Objects;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.legacy.koseki.FuhyoRestrictionRow;
import org.kofu.core.legacy.madoguchi.RestrictionRow;

/**
 * A person whose data a certificate prints, with every restriction of theirs in both systems (in
 * force or not: the rules decide).
 *
 * @param person the person: a resident by 宛名番号, else a register entry
 * @param role whether the person is the requester or someone else shown with an address
 * @param issuance the person's {@code madoguchi.kofu_seigen} rows (none without a resident record)
 * @param fuhyo the {@code koseki.fuhyo_seigen} rows of the person's register entries
 */
public record ShownPerson(
    PersonRef person, Role role, List<RestrictionRow> issuance, List<FuhyoRestrictionRow> fuhyo) {

  /** How a certificate shows the person. */
  public enum Role {
    /** The person the certificate is for: every restriction of theirs counts. */
    REQUESTER,
    /**
     * Someone else printed with the address where they live or lived: a member of a HOUSEHOLD 住民票,
     * the householder named on a 住民票, a member of a 附票 with {@code scope=ALL}.
     */
    SHOWN_WITH_ADDRESS
  }

  public ShownPerson {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(role, "role");
    issuance = List.copyOf(issuance);
    fuhyo = List.copyOf(fuhyo);
  }
}
