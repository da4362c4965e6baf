package org.kofu.relay.support;

import com.hazelcast.core.HazelcastInstance;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kofu.relay.RelayApplication;
import org.kofu.testsupport.MutableClock;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * A relay node of its own (not the shared test context) listening on a free loopback port over
 * plain HTTP, on a clock that ticks from {@link MutableClock#START} (inside service hours whatever
 * the real time).
 */
public final class RelayNode implements AutoCloseable {

  private final ConfigurableApplicationContext context;
  private final URI url;

  private RelayNode(ConfigurableApplicationContext context) {
    this.context = context;
    this.url =
        URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
  }

  /** Starts a node with the test properties of {@code node}, changed by {@code overrides}. */
  public static RelayNode start(int node, Map<String, String> overrides) {
    return start(node, overrides, null);
  }

  /**
   * As {@link #start(int, Map)}; with {@code cacheClient} non-null the node uses that Hazelcast
   * client instead of an embedded member ({@code kofu.relay.embedded-cache=false}).
   */
  public static RelayNode start(
      int node, Map<String, String> overrides, HazelcastInstance cacheClient) {
    return start(node, overrides, cacheClient, Map.of());
  }

  /** As {@link #start(int, Map, HazelcastInstance)}, with {@code beans} registered by name. */
  public static RelayNode start(
      int node,
      Map<String, String> overrides,
      HazelcastInstance cacheClient,
      Map<String, Object> beans) {
    Map<String, String> p = RelayTestContext.properties(node);
    p.put("server.port", "0");
    if (cacheClient != null) {
      p.put("kofu.relay.embedded-cache", "false");
    }
    p.putAll(overrides);
    List<String> args = new ArrayList<>();
    p.forEach((k, v) -> args.add("--" + k + "=" + v));
    Clock ticking = ticking();
    return new RelayNode(
        new SpringApplicationBuilder(RelayApplication.class)
            .initializers(
                ctx -> {
                  GenericApplicationContext generic = (GenericApplicationContext) ctx;
                  generic.registerBean(
                      "testClock", Clock.class, () -> ticking, bd -> bd.setPrimary(true));
                  beans.forEach(generic.getBeanFactory()::registerSingleton);
                  if (cacheClient != null) {
                    generic.getBeanFactory().registerSingleton("hazelcastInstance", cacheClient);
                  }
                })
            .run(args.toArray(String[]::new)));
  }

  /** A clock that ticks from {@link MutableClock#START}: the nodes' clock. */
  public static Clock ticking() {
    return Clock.offset(
        Clock.system(RelayTestContext.TOKYO),
        Duration.between(Clock.systemUTC().instant(), MutableClock.START));
  }

  public URI url() {
    return url;
  }

  /** Links the issuance log records this or any node queued, so that the log can be read. */
  public void chainLog() {
    context.getBean(org.kofu.relay.log.IssuanceLog.class).chainPending();
  }

  public ConfigurableApplicationContext context() {
    return context;
  }

  @Override
  public void close() {
    context.close();
  }
}
