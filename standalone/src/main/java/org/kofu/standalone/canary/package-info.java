/**
 * The relay canary's test persons in the demo data (issue 27): {@link
 * org.kofu.standalone.canary.CanaryPersonsCommand}, what the start scripts give their relays.
 */
package org.kofu.standalone.canary;
