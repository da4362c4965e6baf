/**
 * The relay as a client of the cache cluster: a client that starts without the cluster and
 * reconnects for as long as it runs ({@link CacheClientConfiguration}), and its connection state
 * exported as {@code kofu_cache_connected} ({@link CacheConnectionGauge}). Meanwhile every read is
 * a miss and certificates are rendered on demand.
 */
package org.kofu.relay.cache;
