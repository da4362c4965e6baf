/**
 * The cache's stored types, entry processors, serializers and merge policy. Public only because
 * Hazelcast instantiates them by class name; other modules use {@code org.kofu.cache.contract}.
 */
package org.kofu.cache.internal;
