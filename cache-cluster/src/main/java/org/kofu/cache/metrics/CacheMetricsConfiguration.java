package org.kofu.cache.metrics;

import com.hazelcast.core.HazelcastInstance;
import org.kofu.cache.contract.CertificateCache;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link CacheMetrics} and {@link ClusterMetrics} with the process's meter registry. */
@Configuration(proxyBeanMethods = false)
public class CacheMetricsConfiguration {

  @Bean
  CacheMetrics cacheMetrics(HazelcastInstance hazelcast, ObjectProvider<CertificateCache> cache) {
    return new CacheMetrics(hazelcast, cache.getIfAvailable());
  }

  @Bean
  ClusterMetrics clusterMetrics(HazelcastInstance hazelcast) {
    return new ClusterMetrics(hazelcast);
  }
}
