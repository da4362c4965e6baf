/**
 * HTTP and the wire format: the contract's endpoints, and the {@link org.kofu.relay.api.WireFormat}
 * that turns bodies into requests or precise 400s and writes every answer, problems included (JSON
 * by default: {@code JsonWireFormat}).
 */
package org.kofu.relay.api;
