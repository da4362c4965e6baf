package org.kofu.cache.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.nio.serialization.HazelcastSerializationException;
import java.util.BitSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kofu.cache.testing.TestCluster;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Members and clients, configured from the production YAML, refuse to deserialize a Java-serialized
 * class outside Hazelcast's and the JDK's (a Spring collection here, as a gadget would be), and
 * still read the JDK's own.
 */
class JavaSerializationFilterIT {

  private final TestCluster cluster = new TestCluster(1);

  @AfterEach
  void stop() {
    cluster.close();
  }

  @Test
  void aMemberRefusesAClassOutsideTheWhitelistSentByAClient() {
    HazelcastInstance member = cluster.startMembers(1).get(0);
    IMap<String, Object> fromClient = cluster.client().getMap("filter-test");
    fromClient.put("forbidden", new LinkedMultiValueMap<String, String>());
    fromClient.put("allowed", BitSet.valueOf(new long[] {42}));

    IMap<String, Object> onMember = member.getMap("filter-test");
    assertThatThrownBy(() -> onMember.get("forbidden"))
        .isInstanceOf(HazelcastSerializationException.class)
        .hasRootCauseInstanceOf(SecurityException.class);
    assertThat(onMember.get("allowed")).isEqualTo(BitSet.valueOf(new long[] {42}));
  }

  @Test
  void aClientRefusesAClassOutsideTheWhitelistFromTheCluster() {
    HazelcastInstance member = cluster.startMembers(1).get(0);
    member.getMap("filter-test").put("forbidden", new LinkedMultiValueMap<String, String>());
    IMap<String, Object> fromClient = cluster.client().getMap("filter-test");

    assertThatThrownBy(() -> fromClient.get("forbidden"))
        .isInstanceOf(HazelcastSerializationException.class)
        .hasRootCauseInstanceOf(SecurityException.class);
  }
}
