package org.kofu.relay.person;

import org.kofu.core.certificate.PersonRef;
import org.kofu.core.legacy.madoguchi.ResidentRow;

/**
 * The person a request is for.
 *
 * @param ref the internal id, the only form of the person that is logged
 * @param resident the resident record as read for this request; null for someone reached through an
 *     approved 本籍地利用登録
 */
public record FoundPerson(PersonRef ref, ResidentRow resident) {

  public boolean isResident() {
    return resident != null;
  }
}
