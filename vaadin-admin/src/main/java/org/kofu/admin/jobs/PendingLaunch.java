package org.kofu.admin.jobs;

import java.time.Instant;

/** A launch or restart the admin asked for that no batch node has fired yet. */
public record PendingLaunch(String job, Long restartOf, String requestedBy, Instant requestedAt) {}
