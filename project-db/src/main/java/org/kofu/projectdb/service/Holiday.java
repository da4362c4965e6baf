package org.kofu.projectdb.service;

import java.time.LocalDate;

/** A holiday; weekday-only types stop on it, and {@code closed} stops the whole service. */
public record Holiday(LocalDate day, String name, boolean closed) {}
