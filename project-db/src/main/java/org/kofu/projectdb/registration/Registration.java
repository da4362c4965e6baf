package org.kofu.projectdb.registration;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A registration with its decision: the matched 戸籍 ({@code kosekiId}, {@code kojinNo}) when
 * approved, the reason when rejected.
 */
public record Registration(
    long id,
    String juminhyoCode,
    String name,
    String kana,
    LocalDate birthDate,
    String honseki,
    String hittosha,
    Instant requestedAt,
    RegistrationStatus status,
    String kosekiId,
    String kojinNo,
    String decidedBy,
    Instant decidedAt,
    String reason) {}
