package org.kofu.admin.shell;

import org.kofu.admin.account.FirstOfficer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says where the admin is and, while nobody can sign in, how to create the first officer. */
@Component
class StartupBanner {

  private static final Logger LOG = LoggerFactory.getLogger(StartupBanner.class);

  private final FirstOfficer firstOfficer;

  StartupBanner(FirstOfficer firstOfficer) {
    this.firstOfficer = firstOfficer;
  }

  @EventListener
  void started(WebServerInitializedEvent event) {
    LOG.info("kofu admin: http://localhost:{}/", event.getWebServer().getPort());
    if (!firstOfficer.exists()) {
      LOG.info(
          "no officer account yet: run `java -jar vaadin-admin.jar"
              + " --kofu.admin.setup-officer=<login>` with the same database settings");
    }
  }
}
