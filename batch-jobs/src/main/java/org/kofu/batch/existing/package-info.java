/**
 * Bodies made by the existing system ({@code docs/existing-systems.md}): for the certificate types
 * whose source is {@code EXISTING_SYSTEM}, pulled per subject in the full run and by {@code
 * changedSince} in the delta, checked by {@code ForeignBodyCheck}, and cached with their source
 * versions; refusals and outages are recorded by kind, never by content.
 */
package org.kofu.batch.existing;
