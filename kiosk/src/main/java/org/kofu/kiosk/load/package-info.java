/**
 * The kiosk simulator's load driver: many simulated kiosks against one or more relays, every body
 * checked against the existing systems' data read at request time.
 */
package org.kofu.kiosk.load;
