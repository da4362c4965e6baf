package org.kofu.core.embedded;

import java.util.Map;
import org.kofu.core.render.CertificateProperties;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * The embedded default's marker, {@code kofu.embedded-default=true}: set by {@code ./ops/start} for
 * every role and by the standalone step, never by a production configuration. Only with it do the
 * demo's mayor and seal stand in for {@code kofu.certificate.mayor-name} and {@code seal-image} (as
 * the last property source: anything configured wins); without it a node refuses to start until the
 * city's own are set ({@code CertificateProperties}). Decided once the application is prepared,
 * before any bean binds its properties: a test's dynamic properties are in the environment by then,
 * not yet when environment post-processors run.
 */
public final class EmbeddedDefault implements ApplicationListener<ApplicationPreparedEvent> {

  public static final String MARKER = "kofu.embedded-default";
  static final String SOURCE = "kofu-embedded-default-identity";

  public static boolean isOn(Environment environment) {
    return environment.getProperty(MARKER, Boolean.class, false);
  }

  @Override
  public void onApplicationEvent(ApplicationPreparedEvent event) {
    ConfigurableEnvironment environment = event.getApplicationContext().getEnvironment();
    if (isOn(environment) && !environment.getPropertySources().contains(SOURCE)) {
      environment
          .getPropertySources()
          .addLast(
              new MapPropertySource(
                  SOURCE,
                  Map.of(
                      "kofu.certificate.mayor-name", CertificateProperties.DEMO_MAYOR,
                      "kofu.certificate.seal-image", CertificateProperties.DEMO_SEAL)));
    }
  }
}
