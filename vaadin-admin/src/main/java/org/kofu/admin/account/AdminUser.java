package org.kofu.admin.account;

import java.time.Instant;

/**
 * A user of the admin; the hash never leaves the account package's services. {@code createdBy} is
 * the officer who issued the account ("setup" for the first officer, null when unknown).
 */
public record AdminUser(
    long id,
    String login,
    String displayName,
    Role role,
    String passwordHash,
    boolean mustChange,
    int failedAttempts,
    boolean locked,
    boolean enabled,
    Instant passwordChangedAt,
    String createdBy) {}
