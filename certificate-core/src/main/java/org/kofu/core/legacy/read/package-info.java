/**
 * What the existing systems' readers share: the per-unit-of-work memo of rows ({@link
 * org.kofu.core.legacy.read.ReadMemo}) and the current-version queries of freshness checks ({@link
 * org.kofu.core.legacy.read.VersionLookup}). Below the readers and above nothing of core, so the
 * readers' packages and the data-source configuration that builds them depend on it, never it on
 * them.
 */
package org.kofu.core.legacy.read;
