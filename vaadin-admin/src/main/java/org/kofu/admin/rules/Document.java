package org.kofu.admin.rules;

import java.time.Instant;

/**
 * A document of the system (clause 2(5)), its edition and where it is kept; who last changed it,
 * and who retired it when it is no longer in force.
 */
record Document(
    long id,
    String title,
    String edition,
    String location,
    boolean inForce,
    Instant updatedAt,
    String updatedBy,
    String retiredBy,
    Instant retiredAt) {}
