package org.kofu.admin;

import java.util.Arrays;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The admin terminal. With {@code --kofu.admin.setup-officer=<login>} or {@code
 * --kofu.admin.verify-audit=true} it runs that one command without a web server and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AdminApplication {

  public static void main(String[] args) {
    boolean command =
        Arrays.stream(args)
            .anyMatch(
                arg ->
                    arg.startsWith("--kofu.admin.setup-officer=")
                        || arg.startsWith("--kofu.admin.verify-audit="));
    SpringApplicationBuilder application = new SpringApplicationBuilder(AdminApplication.class);
    if (command) {
      // Vaadin's auto-configuration needs a web context; a command needs only the database.
      application
          .web(WebApplicationType.NONE)
          .properties(
              "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                  + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
              "logging.level.root=WARN");
    }
    application.run(args);
  }
}
