package org.kofu.relay;

import org.kofu.cache.member.EmbeddedCacheMember;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * {@code kofu.relay.embedded-cache=true}: a cache member in this process (single node, demo,
 * tests); otherwise the relay is a client of the cache cluster ({@code spring.hazelcast.config}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kofu.relay.embedded-cache", havingValue = "true")
@Import(EmbeddedCacheMember.class)
class EmbeddedCache {}
