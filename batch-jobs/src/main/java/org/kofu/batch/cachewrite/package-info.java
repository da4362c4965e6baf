/**
 * The processing shared by the jobs: a person's plan turned into rendered bodies, and the writes
 * and invalidations that bring the cache in line with it.
 */
package org.kofu.batch.cachewrite;
