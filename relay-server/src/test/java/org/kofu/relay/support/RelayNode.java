package org.kofu.relay.support;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kofu.relay.RelayApplication;
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
    Map<String, String> p = RelayTestContext.properties(node);
    p.put("server.port", "0");
    p.putAll(overrides);
    List<String> args = new ArrayList<>();
    p.forEach((k, v) -> args.add("--" + k + "=" + v));
    Clock ticking =
        Clock.offset(
            Clock.system(RelayTestContext.TOKYO),
            Duration.between(Clock.systemUTC().instant(), MutableClock.START));
    return new RelayNode(
        new SpringApplicationBuilder(RelayApplication.class)
            .initializers(
                ctx ->
                    ((GenericApplicationContext) ctx)
                        .registerBean(
                            "testClock", Clock.class, () -> ticking, bd -> bd.setPrimary(true)))
            .run(args.toArray(String[]::new)));
  }

  public URI url() {
    return url;
  }

  public ConfigurableApplicationContext context() {
    return context;
  }

  @Override
  public void close() {
    context.close();
  }
}
