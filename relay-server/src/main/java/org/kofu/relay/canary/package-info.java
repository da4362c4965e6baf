/**
 * The canary (issue 27): after start and on an officer's demand, the relay issues a certificate of
 * every enabled type for configured test persons through its own public listener, reads each body
 * back against the existing systems' rows and the project database, and only then reports ready.
 */
package org.kofu.relay.canary;
