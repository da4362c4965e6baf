package org.kofu.cache.member;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A cache member inside the current process: the standalone member application and the all-in-one
 * process import this. The member is shut down gracefully with the context, so its partitions move
 * to the other members before it leaves.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CacheMemberProperties.class)
public class EmbeddedCacheMember {

  @Bean(destroyMethod = "shutdown")
  HazelcastInstance cacheMember(CacheMemberProperties properties) {
    return start(properties);
  }

  /** Starts a member outside of Spring; the caller shuts it down. */
  public static HazelcastInstance start(CacheMemberProperties properties) {
    return Hazelcast.newHazelcastInstance(MemberConfigs.load(properties));
  }
}
