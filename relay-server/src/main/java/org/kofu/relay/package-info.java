/**
 * The relay application: the J-LIS center's requests, answered from the cache or rendered on
 * demand. Features: {@code api} (the wire format and HTTP), {@code person}, {@code issuance} (the
 * request path), {@code freshness}, {@code numbering}, {@code idempotency}, {@code log}, {@code
 * service} (hours), {@code security} (transport).
 */
package org.kofu.relay;
