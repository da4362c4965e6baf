package org.kofu.relay.support;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kofu.cache.testing.TestCluster;
import org.kofu.relay.RelayApplication;
import org.kofu.testsupport.MutableClock;
import org.kofu.testsupport.ScratchPostgres;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A relay node of its own on a scratch PostgreSQL project database (which it migrates on start),
 * the only member of a cache cluster of its own, on a clock the test gives, driven through {@link
 * MockMvc}; or, through {@link #nodeProperties}, such a node as a {@link RelayNode} on HTTP.
 */
public final class RelayOnPostgres {

  private RelayOnPostgres() {}

  /** Fixed at {@link MutableClock#START}: inside service hours whatever the real clock says. */
  public static Clock fixedClock() {
    return Clock.fixed(MutableClock.START, RelayTestContext.TOKYO);
  }

  /**
   * Starts node {@code node} (its test properties) on {@code postgres}, in the cache cluster {@code
   * cluster}-(a number of its own), changed by {@code overrides}.
   */
  public static ConfigurableApplicationContext start(
      ScratchPostgres postgres,
      int node,
      String cluster,
      Clock clock,
      Map<String, String> overrides) {
    Map<String, String> p = RelayTestContext.properties(node);
    p.putAll(nodeProperties(postgres, cluster));
    p.putAll(overrides);
    List<String> args = new ArrayList<>();
    p.forEach((k, v) -> args.add("--" + k + "=" + v));
    return new SpringApplicationBuilder(RelayApplication.class)
        .web(WebApplicationType.SERVLET)
        .initializers(
            ctx ->
                ((GenericApplicationContext) ctx)
                    .registerBean("testClock", Clock.class, () -> clock, bd -> bd.setPrimary(true)))
        .run(args.toArray(String[]::new));
  }

  /**
   * The properties that put a node on {@code project}, as the only member of the cache cluster
   * {@code cluster}-(a number of its own) on a free port: a new map of overrides for {@link
   * RelayNode#start(int, Map)}, open to more.
   */
  public static Map<String, String> nodeProperties(ScratchPostgres project, String cluster) {
    return nodeProperties(project, project.url(), cluster);
  }

  /**
   * As {@link #nodeProperties(ScratchPostgres, String)}, reached at {@code url} instead (a proxy in
   * front of it).
   */
  public static Map<String, String> nodeProperties(
      ScratchPostgres project, String url, String cluster) {
    int port = TestCluster.freePort();
    Map<String, String> p = new HashMap<>();
    p.put("spring.datasource.url", url);
    p.put("spring.datasource.username", project.user());
    p.put("kofu.cache.member.cluster-name", cluster + "-" + System.nanoTime());
    p.put("kofu.cache.member.port", Integer.toString(port));
    p.put("kofu.cache.member.members", "127.0.0.1:" + port);
    return p;
  }

  public static MockMvc mvc(ConfigurableApplicationContext relay) {
    return MockMvcBuilders.webAppContextSetup((WebApplicationContext) relay).build();
  }

  /** Closes the relays, then drops the database; what did not start is {@code null}. */
  public static void stop(ScratchPostgres postgres, List<ConfigurableApplicationContext> relays)
      throws SQLException {
    for (ConfigurableApplicationContext relay : relays) {
      if (relay != null) {
        relay.close();
      }
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  /** As {@link #stop(ScratchPostgres, List)} for one relay. */
  public static void stop(ScratchPostgres postgres, ConfigurableApplicationContext relay)
      throws SQLException {
    stop(postgres, Arrays.asList(relay));
  }
}
