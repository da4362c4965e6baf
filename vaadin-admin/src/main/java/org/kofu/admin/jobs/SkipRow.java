package org.kofu.admin.jobs;

import java.time.Instant;

/** A person a job skipped, by PersonRef key and exception class only ({@code batch_skip_log}). */
public record SkipRow(String step, String personKey, String cause, Instant skippedAt) {}
