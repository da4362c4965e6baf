package org.kofu.standalone.canary;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.kofu.core.certificate.CertificateType;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Prints the relay's canary test persons chosen in a demo database ({@link CanaryPersons}), one
 * line {@code <TYPE>=<住民票コード>} per certificate type, for {@code
 * --kofu.relay.canary.persons.<TYPE>=...}: what {@code ops/start} (H2) and {@code
 * ops/multinode/run} (PostgreSQL) give their relays. Run from the standalone jar:
 *
 * <pre>
 * java -cp kofu-standalone.jar -Dloader.main=org.kofu.standalone.canary.CanaryPersonsCommand \
 *   org.springframework.boot.loader.launch.PropertiesLauncher --jdbc-url URL [--user U]
 * </pre>
 *
 * The password comes from the environment ({@code KOFU_LEGACY_MADOGUCHI_PASSWORD}, as the roles
 * read it), never the command line. The codes go to standard output only, on the console of whoever
 * runs it: demo data, but a 住民票コード all the same. Exit code 0 with a line per type, 1 when no
 * resident fits (a message on standard error), 2 on bad use.
 */
public final class CanaryPersonsCommand {

  static final String PASSWORD_VARIABLE = "KOFU_LEGACY_MADOGUCHI_PASSWORD";

  private CanaryPersonsCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, System.getenv(PASSWORD_VARIABLE), System.out, System.err));
  }

  static int run(String[] args, String password, PrintStream out, PrintStream err) {
    String url = null;
    String user = "";
    for (String arg : args) {
      if (arg.startsWith("--jdbc-url=")) {
        url = arg.substring("--jdbc-url=".length());
      } else if (arg.startsWith("--user=")) {
        user = arg.substring("--user=".length());
      } else {
        url = null;
        break;
      }
    }
    if (url == null) {
      err.println(
          "usage: CanaryPersonsCommand --jdbc-url=URL [--user=U] (password: $"
              + PASSWORD_VARIABLE
              + ")");
      return 2;
    }
    DriverManagerDataSource legacy =
        new DriverManagerDataSource(url, user, password == null ? "" : password);
    Map<CertificateType, String> persons =
        new CanaryPersons(legacy).choose(LocalDate.now(ZoneId.of("Asia/Tokyo")));
    if (persons.isEmpty()) {
      err.println("no demo resident fits the canary (see CanaryPersons for what it needs)");
      return 1;
    }
    persons.forEach((type, code) -> out.println(type.name() + "=" + code));
    return 0;
  }
}
