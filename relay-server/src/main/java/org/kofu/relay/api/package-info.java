/**
 * HTTP and the wire format: the controllers, the JSON adapter ({@link
 * org.kofu.relay.api.WireFormat}) that turns bodies into requests or precise 400s, and problem+json
 * for every error.
 */
package org.kofu.relay.api;
