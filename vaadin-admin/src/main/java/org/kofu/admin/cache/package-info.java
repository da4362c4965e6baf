/**
 * The cache view: the admin as a Hazelcast client of the cache cluster (connected on first use, so
 * the admin starts without the cluster), counting members, persons and bodies per type, and
 * evicting one person found by an exact 住民票コード.
 */
package org.kofu.admin.cache;
