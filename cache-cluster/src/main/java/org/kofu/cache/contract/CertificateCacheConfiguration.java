package org.kofu.cache.contract;

import com.hazelcast.core.HazelcastInstance;
import java.time.Clock;
import org.kofu.cache.compression.ClusterDictionaries;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Import into a process that reads or writes bodies; it needs a {@link HazelcastInstance} bean (a
 * client from {@code classpath:kofu/hazelcast-client.yaml}, or an embedded member).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CacheProperties.class)
public class CertificateCacheConfiguration {

  @Bean
  ClusterDictionaries cacheDictionaries(HazelcastInstance hazelcast) {
    return new ClusterDictionaries(hazelcast);
  }

  @Bean
  CertificateCache certificateCache(
      HazelcastInstance hazelcast,
      ClusterDictionaries dictionaries,
      CacheProperties properties,
      ObjectProvider<Clock> clock) {
    return CertificateCache.create(
        hazelcast, dictionaries, properties, clock.getIfAvailable(Clock::systemUTC));
  }
}
