/**
 * Requests by the center's request id: a repeat gets the same bytes, on any node, after restarts.
 */
package org.kofu.relay.idempotency;
