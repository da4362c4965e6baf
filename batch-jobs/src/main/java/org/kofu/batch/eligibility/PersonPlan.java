package org.kofu.batch.eligibility;

import java.util.List;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.SourceVersions;

/**
 * What to do for one resident now.
 *
 * @param issuable the variants to render and cache
 * @param dropped the variants whose bodies must go (a rule refuses them today)
 * @param seen the rows the decision was read from, with their versions: what an invalidation saw
 * @param complete whether every configured variant was planned (a delta plans only the variants a
 *     change can affect)
 */
public record PersonPlan(
    PersonRef person,
    List<CertificateSubject> issuable,
    List<CertificateSubject> dropped,
    SourceVersions seen,
    boolean complete) {

  /**
   * Nothing of this person may be cached: no resident record, or not one variant is issuable. A
   * partial plan with nothing issuable invalidates only its own variants.
   */
  public boolean evictAll() {
    return issuable.isEmpty() && (complete || seen.versions().isEmpty());
  }
}
