package org.kofu.cache.member;

import org.kofu.cache.metrics.CacheMetricsConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;

/**
 * The standalone cache member: a Hazelcast member with health and metrics endpoints. It holds no
 * encryption key and never sees a body in the clear.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import({EmbeddedCacheMember.class, CacheMetricsConfiguration.class})
public class CacheMemberApplication {

  public static void main(String[] args) {
    new SpringApplicationBuilder(CacheMemberApplication.class)
        .properties("spring.config.name=kofu-cache-member")
        .run(args);
  }
}
