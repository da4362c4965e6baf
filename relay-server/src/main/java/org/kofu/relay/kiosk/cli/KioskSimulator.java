package org.kofu.relay.kiosk.cli;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.net.ssl.SSLContext;

/**
 * A store kiosk as the center relays it: {@code menu}, {@code issue}, {@code result}, {@code
 * register} and {@code health} against a relay, saving issued PDFs. Options are {@code
 * --name=value}: url, keystore, truststore (password from KOFU_TLS_PASSWORD, default changeit),
 * person, type, options (JSON), copies, kiosk, request-id, outcome, out, and for register name,
 * kana, birth-date, honseki, hittosha. {@code load} runs the load driver ({@link LoadCommand}).
 */
public final class KioskSimulator {

  private KioskSimulator() {}

  public static void main(String[] args) throws Exception {
    System.exit(run(args, System.out));
  }

  /** Runs one command; returns 0 on a 2xx answer, 1 otherwise, 2 on a usage error. */
  public static int run(String[] args, PrintStream out) throws Exception {
    if (args.length == 0) {
      out.println(
          "usage: kiosk menu|issue|result|register|health|load --url=... [--name=value ...]");
      return 2;
    }
    Map<String, String> o = options(args);
    if ("load".equals(args[0])) {
      return LoadCommand.run(o, out);
    }
    RelayClient client = client(o);
    String requestId = o.getOrDefault("request-id", "kiosk-" + UUID.randomUUID());
    String now = OffsetDateTime.now(ZoneId.of("Asia/Tokyo")).toString();
    String common =
        "\"requestId\":\"%s\",\"municipalityCode\":\"%s\",\"juminhyoCode\":\"%s\""
            .formatted(requestId, o.getOrDefault("municipality", "012025"), o.get("person"));
    HttpResponse<byte[]> response =
        switch (args[0]) {
          case "menu" ->
              client.post(
                  "/jlis/v1/menu",
                  "{%s,\"kioskId\":\"%s\",\"requestedAt\":\"%s\"}"
                      .formatted(common, o.getOrDefault("kiosk", "SIM-1"), now));
          case "issue" -> client.post("/jlis/v1/certificates", issue(o, common, now));
          case "result" ->
              client.post(
                  "/jlis/v1/certificates/" + requestId + "/result",
                  "{\"outcome\":\"%s\",\"pagesPrinted\":%s,\"reportedAt\":\"%s\"}"
                      .formatted(
                          o.getOrDefault("outcome", "PRINTED"), o.getOrDefault("pages", "1"), now));
          case "register" -> client.post("/jlis/v1/registrations", register(o, common, now));
          case "health" -> client.get("/jlis/v1/health");
          default -> null;
        };
    if (response == null) {
      out.println("unknown command " + args[0]);
      return 2;
    }
    return report(response, o, requestId, out);
  }

  private static String issue(Map<String, String> o, String common, String now) {
    return ("{%s,\"certificateType\":\"%s\",\"options\":%s,\"copies\":%s,\"kioskId\":\"%s\","
            + "\"requestedAt\":\"%s\"}")
        .formatted(
            common,
            o.getOrDefault("type", "JUMINHYO"),
            o.getOrDefault("options", "{}"),
            o.getOrDefault("copies", "1"),
            o.getOrDefault("kiosk", "SIM-1"),
            now);
  }

  private static String register(Map<String, String> o, String common, String now) {
    return ("{%s,\"name\":\"%s\",\"nameKana\":\"%s\",\"birthDate\":\"%s\",\"honseki\":\"%s\","
            + "\"hittosha\":\"%s\",\"requestedAt\":\"%s\"}")
        .formatted(
            common,
            o.get("name"),
            o.get("kana"),
            o.get("birth-date"),
            o.get("honseki"),
            o.get("hittosha"),
            now);
  }

  private static int report(
      HttpResponse<byte[]> response, Map<String, String> o, String requestId, PrintStream out)
      throws Exception {
    out.println("HTTP " + response.statusCode() + "  requestId " + requestId);
    for (String header :
        new String[] {"X-Certificate-Number", "X-Fee-Yen", "X-Page-Count", "X-Source"}) {
      response.headers().firstValue(header).ifPresent(v -> out.println(header + ": " + v));
    }
    boolean pdf =
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf");
    if (pdf) {
      Path file = Path.of(o.getOrDefault("out", requestId + ".pdf"));
      Files.write(file, response.body());
      out.println("saved " + file.toAbsolutePath());
    } else if (response.body().length > 0) {
      out.println(new String(response.body(), StandardCharsets.UTF_8));
    }
    return response.statusCode() / 100 == 2 ? 0 : 1;
  }

  private static RelayClient client(Map<String, String> o) throws Exception {
    URI url = URI.create(o.getOrDefault("url", "https://localhost:8443"));
    return new RelayClient(url, "https".equals(url.getScheme()) ? tls(o) : null);
  }

  static SSLContext tls(Map<String, String> o) throws Exception {
    char[] password = System.getenv().getOrDefault("KOFU_TLS_PASSWORD", "changeit").toCharArray();
    String keystore = o.getOrDefault("keystore", "kofu-data/tls/center.p12");
    return RelayClient.tls(
        keystore.isEmpty() ? null : Path.of(keystore),
        Path.of(o.getOrDefault("truststore", "kofu-data/tls/truststore.p12")),
        password);
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.startsWith("--") && arg.contains("=")) {
        options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
      }
    }
    return options;
  }
}
