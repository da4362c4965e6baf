package org.kofu.core.serialfilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.management.BadAttributeValueExpException;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

class DeserializationFilterTests {

  @Test
  void theJdksValueTypesAreRead() throws Exception {
    Map<String, Object> context = new ConcurrentHashMap<>();
    context.put("minId", 1L);
    context.put("maxId", Long.MAX_VALUE);
    context.put("when", Instant.parse("2026-12-04T00:00:00Z"));
    context.put("names", new ArrayList<>(List.of("a", "b")));
    context.put("where", URI.create("file:/tmp/x"));
    context.put("bytes", new byte[] {1, 2, 3});
    context.put("nested", new HashMap<>(Map.of("k", new Integer[] {1, 2})));

    assertThat(roundTrip(context)).isInstanceOf(ConcurrentHashMap.class);
  }

  @Test
  void aGadgetEntryPointIsRefused() {
    assertThatThrownBy(() -> roundTrip(new BadAttributeValueExpException("x")))
        .isInstanceOf(InvalidClassException.class)
        .hasMessageContaining("REJECTED");
  }

  @Test
  void aUrlIsRefusedItsHashCodeWouldAskDns() {
    assertThatThrownBy(() -> roundTrip(new HashMap<>(Map.of(new URL("http://x.example/"), 1))))
        .isInstanceOf(InvalidClassException.class);
  }

  @Test
  void aClassOfAnotherLibraryIsRefusedInsideAnAllowedOne() {
    Map<String, Object> context = new HashMap<>();
    context.put("smuggled", new LinkedMultiValueMap<String, String>());

    assertThatThrownBy(() -> roundTrip(context)).isInstanceOf(InvalidClassException.class);
  }

  @Test
  void theProjectsOwnSerializableTypesAreRead() throws Exception {
    assertThat(roundTrip(new Marker("x"))).isEqualTo(new Marker("x"));
  }

  @Test
  void installingKeepsAFilterTheJvmWasGivenAndIsIdempotent() {
    ObjectInputFilter first = DeserializationFilter.install();

    assertThat(DeserializationFilter.install()).isSameAs(first);
    assertThat(ObjectInputFilter.Config.getSerialFilter()).isSameAs(first);
    if (System.getProperty("jdk.serialFilter") == null) {
      assertThat(first).isSameAs(DeserializationFilter.FILTER);
    }
  }

  record Marker(String value) implements Serializable {}

  private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      in.setObjectInputFilter(DeserializationFilter.FILTER);
      return in.readObject();
    }
  }
}
