/** The kit's scenarios, one per invariant of the contract that a kiosk can observe. */
package org.kofu.conformance.scenario;
