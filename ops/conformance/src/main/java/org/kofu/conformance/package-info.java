/**
 * The conformance kit: the kiosk side of the relay contract (kiosk module) run as scenarios of its
 * invariants against any server that speaks it. A tool, not product.
 */
package org.kofu.conformance;
