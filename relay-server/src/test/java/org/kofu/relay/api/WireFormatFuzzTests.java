package org.kofu.relay.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.validation.Validation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.kofu.relay.problem.RelayException;
import org.kofu.relay.support.Requests;

/**
 * Randomised bodies through the parser: every one is either a well-formed request or a 400 naming
 * fields, never another exception (which the controller would turn into a 500).
 */
class WireFormatFuzzTests {

  private static final String[] FRAGMENTS = {
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "null",
    "true",
    "-1",
    "1e999",
    "0.5",
    "\"\\u0000\"",
    "\"012025\"",
    "\"JUMINHYO\"",
    "\"scope\"",
    "\"HOUSEHOLD\"",
    "\"options\"",
    "{}",
    "\"𠮷\"",
    "99999999999999999999",
    "\"requestId\"",
    "\"copies\"",
    "\"2026-02-30T00:00:00+09:00\""
  };

  private final JsonWireFormat wire =
      new JsonWireFormat(Validation.buildDefaultValidatorFactory().getValidator());

  @Test
  void randomMutationsOfValidBodiesAreAnsweredOrRefusedAs400() {
    Random random = new Random(20261125L);
    List<Function<byte[], Object>> parsers =
        List.of(
            b -> wire.certificate(b, id -> {}),
            b -> wire.menu(b, id -> {}),
            b -> wire.registration(b, id -> {}),
            b -> wire.result("abcdefgh", b));
    String[] seeds = {
      Requests.certificate("abcdefgh-1", "12345678901", "JUMINHYO", "{\"scope\":\"HOUSEHOLD\"}"),
      Requests.certificate("abcdefgh-2", "12345678901", "SHOTOKU_KAZEI", "{\"fiscalYear\":2025}"),
      Requests.menu("abcdefgh-3", "12345678901"),
      Requests.result("PRINTED")
    };
    for (int i = 0; i < 20_000; i++) {
      byte[] body = mutate(seeds[random.nextInt(seeds.length)], random);
      for (Function<byte[], Object> parser : parsers) {
        Throwable thrown = catchThrowable(() -> parser.apply(body));
        if (thrown != null) {
          assertThat(thrown)
              .as(new String(body, StandardCharsets.UTF_8))
              .isInstanceOf(RelayException.class);
          assertThat(((RelayException) thrown).status()).isEqualTo(400);
        }
      }
    }
  }

  private static byte[] mutate(String seed, Random random) {
    StringBuilder text = new StringBuilder(seed);
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits && text.length() > 0; e++) {
      int at = random.nextInt(text.length());
      switch (random.nextInt(4)) {
        case 0 -> text.deleteCharAt(at);
        case 1 -> text.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        case 2 -> text.setCharAt(at, (char) random.nextInt(0x3100));
        default -> text.replace(at, Math.min(text.length(), at + random.nextInt(12)), "");
      }
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    if (random.nextInt(20) == 0 && bytes.length > 0) {
      bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
    }
    return bytes;
  }
}
