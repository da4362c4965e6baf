/**
 * The batch node: jobs by feature ({@code full}, {@code delta}, {@code purge}), the eligibility and
 * cache-writing steps they share, the Quartz schedule and the progress read API.
 */
package org.kofu.batch;
