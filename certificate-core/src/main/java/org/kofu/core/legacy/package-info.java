/**
 * Read-only access to the existing systems: the two data sources ({@code kofu.legacy.madoguchi},
 * {@code kofu.legacy.koseki}); what both readers share is in {@code read}. The SQL of each source
 * lives in its reader ({@code madoguchi.MadoguchiReader}, {@code koseki.KosekiReader}), in standard
 * SQL only.
 */
package org.kofu.core.legacy;
