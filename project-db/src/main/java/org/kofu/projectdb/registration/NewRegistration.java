package org.kofu.projectdb.registration;

import java.time.Instant;
import java.time.LocalDate;

/** A request as the relay receives it, before anyone has looked at it. */
public record NewRegistration(
    String juminhyoCode,
    String name,
    String kana,
    LocalDate birthDate,
    String honseki,
    String hittosha,
    Instant requestedAt) {}
