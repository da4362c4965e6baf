package org.kofu.projectdb.registration;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A registration with its decisions: the matched person of a 戸籍 ({@code kosekiId}, {@code kojinNo})
 * once approved, the reason when rejected, who ended an approval and why. Holds personal data: its
 * {@code toString} names the id only.
 *
 * @param version what a clerk's decision names for the optimistic check
 */
public record Registration(
    long id,
    String requestId,
    String juminhyoCode,
    String name,
    String kana,
    LocalDate birthDate,
    String honseki,
    String hittosha,
    Instant requestedAt,
    RegistrationStatus status,
    Long kosekiId,
    Integer kojinNo,
    String decidedBy,
    Instant decidedAt,
    String reason,
    String endedBy,
    Instant endedAt,
    String endReason,
    long version) {

  /** The matched person as a PersonRef key ({@code K<koseki_id>-<kojin_no>}), or null. */
  public String personKey() {
    return kosekiId == null ? null : "K" + kosekiId + "-" + kojinNo;
  }

  @Override
  public String toString() {
    return "Registration[id=" + id + ", status=" + status + "]";
  }
}
