package org.kofu.core.embedded;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Configuration;

/**
 * Opens an H2 file with AUTO_SERVER as a role does (a Spring application first, then the database),
 * prints {@link #READY} and holds it open until its standard input closes.
 */
public final class H2AutoServerProbe {

  static final String READY = "h2-auto-server-open";

  @Configuration(proxyBeanMethods = false)
  static class Empty {}

  public static void main(String[] args) throws Exception {
    String url = "jdbc:h2:file:" + args[0] + ";AUTO_SERVER=TRUE";
    try (var context =
            new SpringApplicationBuilder(Empty.class)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + url, "--spring.datasource.password=probe");
        Connection connection = DriverManager.getConnection(url, "sa", "probe")) {
      PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, UTF_8);
      out.println(READY);
      while (System.in.read() >= 0) {
        // held open until the test closes the pipe
      }
    }
  }

  private H2AutoServerProbe() {}
}
