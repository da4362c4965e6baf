/** The errors of the relay contract, raised by any feature and written by {@code api}. */
package org.kofu.relay.problem;
