/**
 * 照合 (issue 26 point 6, {@code shared/spec/settlement.md}): an officer imports the center's or a
 * store operator's statement, audited; everyone signed in sees, per day, operator and type, where
 * it and the sealed counts of the closed days differ.
 */
package org.kofu.admin.reconciliation;
