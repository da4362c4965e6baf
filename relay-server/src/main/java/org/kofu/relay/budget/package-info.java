/**
 * Every request answered within {@code kofu.relay.budget.request} (5 s) whatever stalls behind it:
 * {@link RequestBudget} runs the request's work on a worker and answers 503 SOURCE_UNAVAILABLE when
 * the budget is spent; {@link Deadline} lets the work see its time and abandon before it commits.
 */
package org.kofu.relay.budget;
