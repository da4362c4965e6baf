package org.kofu.cache.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.hazelcast.core.HazelcastInstance;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.time.Instant;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kofu.cache.contract.CertificateCache;
import org.kofu.cache.contract.CertificateCacheConfiguration;
import org.kofu.cache.contract.PutOutcome;
import org.kofu.cache.metrics.CacheMetrics;
import org.kofu.cache.metrics.CacheMetricsConfiguration;
import org.kofu.cache.testing.Subjects;
import org.kofu.cache.testing.SyntheticBodies;
import org.kofu.cache.testing.TestCluster;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The all-in-one process: a member and the cache API in one Spring context. */
class EmbeddedCacheMemberIT {

  @Test
  void anEmbeddedMemberWithTheDefaultsListensOnLoopbackOnly() throws Exception {
    Optional<InetAddress> other = nonLoopbackAddress();
    assumeTrue(other.isPresent(), "this host has no other address to try");
    int port = TestCluster.freePort();
    new ApplicationContextRunner()
        .withUserConfiguration(EmbeddedCacheMember.class)
        .withPropertyValues(
            "kofu.cache.member.cluster-name=kofu-embedded-" + System.nanoTime(),
            "kofu.cache.member.port=" + port,
            "kofu.cache.member.minimum-cluster-size=1")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(connects(InetAddress.getLoopbackAddress(), port)).isTrue();
              assertThat(connects(other.get(), port)).isFalse();
            });
  }

  private static boolean connects(InetAddress address, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), 2000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (!nic.isUp() || nic.isLoopback()) {
        continue;
      }
      for (InetAddress address : Collections.list(nic.getInetAddresses())) {
        if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
          return Optional.of(address);
        }
      }
    }
    return Optional.empty();
  }

  @Test
  void anEmbeddedMemberServesTheCacheApiOfTheSameProcess() {
    new ApplicationContextRunner()
        .withUserConfiguration(
            EmbeddedCacheMember.class,
            CertificateCacheConfiguration.class,
            CacheMetricsConfiguration.class)
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withPropertyValues(
            "kofu.cache.member.cluster-name=kofu-embedded-" + System.nanoTime(),
            "kofu.cache.member.port=" + TestCluster.freePort(),
            "kofu.cache.member.minimum-cluster-size=1",
            "kofu.cache.crypto.active-key-id=k1",
            "kofu.cache.crypto.keys.k1=" + TestCluster.KEY_1)
        .run(
            context -> {
              CertificateCache cache = context.getBean(CertificateCache.class);
              new CacheMetrics(context.getBean(HazelcastInstance.class), cache)
                  .bindTo(context.getBean(MeterRegistry.class));

              PutOutcome outcome =
                  cache.put(
                      Subjects.juminhyo(1),
                      Subjects.sources(1, 1),
                      Instant.parse("2026-11-25T01:00:00Z"),
                      SyntheticBodies.body(1));

              assertThat(outcome).isEqualTo(PutOutcome.STORED);
              assertThat(cache.get(Subjects.juminhyo(1))).isPresent();
              assertThat(context.getBean(MeterRegistry.class).find("kofu.cache.entries").gauge())
                  .isNotNull();
            });
  }
}
