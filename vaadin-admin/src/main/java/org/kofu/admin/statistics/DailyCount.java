package org.kofu.admin.statistics;

import java.time.LocalDate;

/**
 * Requests of one Tokyo day, type and outcome: ISSUED / REFUSED / ERROR for certificate requests,
 * the reported result (PRINTED, …) for result notifications.
 */
record DailyCount(LocalDate day, String certificateType, String outcome, long count) {}
