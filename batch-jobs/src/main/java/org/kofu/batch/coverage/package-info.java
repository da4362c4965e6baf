/**
 * The character coverage scan ({@code characterCoverage}): every field the certificates print, of
 * both existing systems, classified character by character as the renderer would
 * (certificate-core's {@code CharacterCoverage}); what prints only through a gaiji row or not at
 * all is recorded per person and register in project-db's coverage tables, and counted for the
 * gauge {@code kofu_unprintable_persons}.
 */
package org.kofu.batch.coverage;
