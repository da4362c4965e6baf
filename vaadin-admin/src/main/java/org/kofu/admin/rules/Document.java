package org.kofu.admin.rules;

import java.time.Instant;

/** A document of the system (clause 2(5)) and where it is kept. */
record Document(
    long id, String title, String edition, String location, boolean inForce, Instant updatedAt) {}
