package org.kofu.relay.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kofu.relay.RelayApplication;
import org.kofu.relay.support.RelayTestContext;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Outside the embedded default a relay refuses to start without the city's mayor and seal (the
 * demo's are the embedded default's only); {@link MutualTlsIT} starts one with them configured.
 */
class CityIdentityIT {

  private static String[] arguments(Map<String, String> properties) {
    List<String> args = new ArrayList<>();
    properties.forEach((k, v) -> args.add("--" + k + "=" + v));
    return args.toArray(String[]::new);
  }

  @Test
  void withoutTheMayorAndSealAndWithoutTheEmbeddedDefaultTheRelayRefusesToStart() {
    Map<String, String> p = RelayTestContext.properties(6);
    p.remove("kofu.embedded-default");
    p.put("server.port", "0");
    assertThatThrownBy(() -> new SpringApplicationBuilder(RelayApplication.class).run(arguments(p)))
        .rootCause()
        .hasMessageContaining("kofu.certificate.mayor-name")
        .hasMessageContaining("kofu.certificate.seal-image");
  }

  @Test
  void theDemoSealIsRefusedOutsideTheEmbeddedDefault() {
    Map<String, String> p = RelayTestContext.properties(6);
    p.remove("kofu.embedded-default");
    p.put("server.port", "0");
    p.put("kofu.certificate.mayor-name", "函館　次郎");
    p.put("kofu.certificate.seal-image", "classpath:seal/demo-city-seal.jpg");
    assertThatThrownBy(() -> new SpringApplicationBuilder(RelayApplication.class).run(arguments(p)))
        .rootCause()
        .hasMessageContaining("demo seal");
  }
}
