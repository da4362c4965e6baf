package org.kofu.relay.support;

import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.kofu.cache.testing.TestCluster;

/**
 * The properties of a relay node in tests: H2 project database, demo legacy data, a cache member.
 */
public final class RelayTestContext {

  public static final String CLUSTER = "kofu-relay-test-" + UUID.randomUUID();
  public static final String PROJECT_URL =
      "jdbc:h2:mem:project-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  public static final int FIRST_MEMBER_PORT = TestCluster.freePort();
  public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  private RelayTestContext() {}

  /** A node's properties; node 1 owns the first cache member, others join it. */
  public static Map<String, String> properties(int node) {
    int port = node == 1 ? FIRST_MEMBER_PORT : TestCluster.freePort();
    Map<String, String> p = new LinkedHashMap<>();
    p.put("spring.datasource.url", PROJECT_URL);
    p.put("spring.datasource.username", "sa");
    p.put("spring.datasource.password", "");
    p.put("kofu.legacy.madoguchi.url", TestLegacy.URL);
    p.put("kofu.legacy.madoguchi.username", "sa");
    p.put("kofu.legacy.koseki.url", TestLegacy.URL);
    p.put("kofu.legacy.koseki.username", "sa");
    p.put("kofu.relay.embedded-cache", "true");
    p.put("kofu.relay.plain-http.enabled", "true");
    // the canary's own tests turn it on (CanaryIT); the others test one thing each
    p.put("kofu.relay.canary.mode", "OFF");
    p.put("kofu.relay.source-timeout", "500ms");
    // the tests switch the service calendar between two requests (ServiceGateTests: the max age)
    p.put("kofu.relay.service-calendar-max-age", "0s");
    p.put("kofu.cache.member.cluster-name", CLUSTER);
    p.put("kofu.cache.member.port", Integer.toString(port));
    p.put("kofu.cache.member.members", "127.0.0.1:" + FIRST_MEMBER_PORT + ",127.0.0.1:" + port);
    p.put("kofu.cache.member.minimum-cluster-size", "1");
    p.put("kofu.cache.crypto.active-key-id", "t1");
    p.put("kofu.cache.crypto.keys.t1", Base64.getEncoder().encodeToString(new byte[32]));
    p.put("hazelcast.logging.type", "slf4j");
    // the demo's mayor and seal on the certificates, as ./ops/start's relay prints them
    p.put("kofu.embedded-default", "true");
    return p;
  }
}
