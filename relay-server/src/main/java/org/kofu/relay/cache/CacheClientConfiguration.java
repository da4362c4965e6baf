package org.kofu.relay.cache;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.core.HazelcastInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The relay's cache client ({@link CacheClientConfigs}), in place of Spring Boot's, unless the
 * relay runs its own member ({@code kofu.relay.embedded-cache=true}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(
    name = "kofu.relay.embedded-cache",
    havingValue = "false",
    matchIfMissing = true)
class CacheClientConfiguration {

  @Bean(destroyMethod = "shutdown")
  @ConditionalOnMissingBean(HazelcastInstance.class)
  HazelcastInstance hazelcastInstance(
      @Value("${spring.hazelcast.config:classpath:kofu/hazelcast-client.yaml}") Resource file,
      CacheClientProperties properties,
      ResourceLoader loader) {
    return HazelcastClient.newHazelcastClient(
        CacheClientConfigs.load(file, properties, loader.getClassLoader()));
  }
}
