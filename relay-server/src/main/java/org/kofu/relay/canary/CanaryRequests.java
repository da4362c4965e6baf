package org.kofu.relay.canary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import javax.net.ssl.SSLContext;
import org.kofu.core.certificate.CertificateType;
import org.kofu.projectdb.canary.CanaryIssuances;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The canary's requests to the relay's own public listener, as the center sends them: mTLS with the
 * configured client bundle when the listener is TLS (plain HTTP only where the node itself listens
 * so, in tests). Each carries the canary's kiosk id and this process's {@link CanaryToken}.
 */
@Component
class CanaryRequests {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A certificate answer, or the refusal's status and reason. */
  record Reply(int status, String reason, CanaryReading.Answer answer) {}

  private final CanaryProperties properties;
  private final CanaryToken token;
  private final Environment environment;
  private final ObjectProvider<ServerProperties> server;
  private final SslBundles bundles;

  CanaryRequests(
      CanaryProperties properties,
      CanaryToken token,
      Environment environment,
      // absent in a relay started without a web server (a test's second node), which has no
      // listener for a canary to call
      ObjectProvider<ServerProperties> server,
      SslBundles bundles) {
    this.properties = properties;
    this.token = token;
    this.environment = environment;
    this.server = server;
    this.bundles = bundles;
  }

  Reply certificate(
      String requestId,
      String municipalityCode,
      String juminhyoCode,
      CertificateType type,
      Instant requestedAt)
      throws IOException, InterruptedException {
    ObjectNode body = JSON.createObjectNode();
    body.put("requestId", requestId);
    body.put("municipalityCode", municipalityCode);
    body.put("juminhyoCode", juminhyoCode);
    body.put("certificateType", type.name());
    body.putObject("options");
    body.put("copies", 1);
    body.put("kioskId", CanaryIssuances.KIOSK_ID);
    body.put(
        "requestedAt", requestedAt.atZone(ZoneId.of("Asia/Tokyo")).toOffsetDateTime().toString());
    HttpRequest request =
        HttpRequest.newBuilder(base().resolve("/jlis/v1/certificates"))
            .timeout(properties.timeout())
            .header("Content-Type", "application/json")
            .header(CanaryToken.HEADER, token.value())
            .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
            .build();
    HttpResponse<byte[]> response = client().send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      return new Reply(response.statusCode(), reason(response.body()), null);
    }
    return new Reply(
        200,
        null,
        new CanaryReading.Answer(
            response.body(),
            response.headers().firstValue("X-Certificate-Number").orElse(null),
            response.headers().firstValue("X-Content-SHA256").orElse(null),
            response.headers().firstValue("X-Source").orElse(null)));
  }

  private static String reason(byte[] body) {
    try {
      JsonNode problem = JSON.readTree(body);
      String reason = problem.path("reason").asText("");
      String cause = problem.path("cause").asText("");
      return cause.isEmpty() ? reason : reason + "/" + cause;
    } catch (IOException e) {
      return "";
    }
  }

  private boolean tls() {
    ServerProperties web = server.getIfAvailable();
    return web != null && web.getSsl() != null && web.getSsl().isEnabled();
  }

  private URI base() {
    if (properties.url() != null && !properties.url().isBlank()) {
      return URI.create(properties.url());
    }
    String port = environment.getProperty("local.server.port");
    return URI.create(tls() ? "https://localhost:" + port : "http://127.0.0.1:" + port);
  }

  private HttpClient client() {
    HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(properties.timeout());
    if (tls() || base().getScheme().equals("https")) {
      if (properties.clientBundle() == null) {
        throw new IllegalStateException(
            "kofu.relay.canary.client-bundle must name the SSL bundle of the canary's client"
                + " certificate: the relay's listener is mutual TLS");
      }
      SSLContext context = bundles.getBundle(properties.clientBundle()).createSslContext();
      builder.sslContext(context);
    }
    return builder.build();
  }
}
