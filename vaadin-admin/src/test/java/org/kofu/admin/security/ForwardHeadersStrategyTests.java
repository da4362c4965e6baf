package org.kofu.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.embedded.TomcatWebServerFactoryCustomizer;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockEnvironment;

/**
 * On Kubernetes Spring Boot would install Tomcat's {@code RemoteIpValve}, which believes {@code
 * X-Forwarded-For} from any private address; the admin's configuration switches that off.
 */
class ForwardHeadersStrategyTests {

  @Test
  void onKubernetesTheAdminInstallsNoRemoteIpValve() throws Exception {
    MockEnvironment environment = kubernetes();
    new PropertiesPropertySourceLoader()
        .load("admin", new ClassPathResource("application.properties"))
        .forEach(source -> environment.getPropertySources().addLast(source));

    assertThat(valvesOf(environment)).noneMatch(RemoteIpValve.class::isInstance);
  }

  @Test
  void withoutTheSettingSpringBootWouldTrustForwardingHeadersThere() {
    assertThat(valvesOf(kubernetes())).anyMatch(RemoteIpValve.class::isInstance);
  }

  private static MockEnvironment kubernetes() {
    return new MockEnvironment().withProperty("spring.main.cloud-platform", "kubernetes");
  }

  private static java.util.Collection<org.apache.catalina.Valve> valvesOf(
      MockEnvironment environment) {
    ServerProperties server =
        Binder.get(environment).bindOrCreate("server", ServerProperties.class);
    TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
    new TomcatWebServerFactoryCustomizer(environment, server).customize(factory);
    return factory.getEngineValves();
  }
}
