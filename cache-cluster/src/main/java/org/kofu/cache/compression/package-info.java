/**
 * Compression of cached bodies: zstd with dictionaries trained on the templates, kept in the
 * cluster.
 */
package org.kofu.cache.compression;
