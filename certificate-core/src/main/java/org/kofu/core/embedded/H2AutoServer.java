package org.kofu.core.embedded;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * H2's {@code AUTO_SERVER} (the embedded default's H2 files, shared by its JVMs) serves the file to
 * the other processes over TCP, by default on every interface. Here, before any H2 class reads its
 * settings, {@code h2.bindAddress} is set to loopback (unless the JVM was given one), and a node
 * refuses to start when an {@code AUTO_SERVER} database would be served on another address or with
 * an empty password ({@code ./ops/start} generates one). The check runs once the application is
 * prepared (a test's dynamic properties are in the environment by then), before any bean opens a
 * database.
 */
public final class H2AutoServer
    implements EnvironmentPostProcessor, ApplicationListener<ApplicationPreparedEvent>, Ordered {

  static final String BIND_ADDRESS = "h2.bindAddress";

  /** Each database a role may open: its URL property and its password property. */
  private static final List<List<String>> DATABASES =
      List.of(
          List.of("spring.datasource.url", "spring.datasource.password"),
          List.of("kofu.legacy.madoguchi.url", "kofu.legacy.madoguchi.password"),
          List.of("kofu.legacy.koseki.url", "kofu.legacy.koseki.password"),
          List.of("kofu.standalone.legacy-url", "kofu.legacy.madoguchi.password"));

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (System.getProperty(BIND_ADDRESS) == null) {
      System.setProperty(BIND_ADDRESS, InetAddress.getLoopbackAddress().getHostAddress());
    }
  }

  @Override
  public void onApplicationEvent(ApplicationPreparedEvent event) {
    check(event.getApplicationContext().getEnvironment());
  }

  static void check(Environment environment) {
    for (List<String> database : DATABASES) {
      String url = environment.getProperty(database.get(0), "");
      if (!url.toUpperCase(Locale.ROOT).replace(" ", "").contains("AUTO_SERVER=TRUE")) {
        continue;
      }
      if (!loopback(org.h2.engine.SysProperties.BIND_ADDRESS)) {
        throw new IllegalStateException(
            database.get(0) + " has AUTO_SERVER: h2.bindAddress must be a loopback address");
      }
      if (environment.getProperty(database.get(1), "").isEmpty()) {
        throw new IllegalStateException(
            database.get(0)
                + " has AUTO_SERVER: set "
                + database.get(1)
                + " (./ops/start generates one), H2 would serve the file without a password");
      }
    }
  }

  private static boolean loopback(String address) {
    try {
      return address != null && InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
