/** Micrometer meters of the cache: entries, memory, evictions, and reads by result. */
package org.kofu.cache.metrics;
