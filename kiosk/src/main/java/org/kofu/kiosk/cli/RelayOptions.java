package org.kofu.kiosk.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.SSLContext;
import picocli.CommandLine.Option;

/**
 * Where the server that speaks the contract is and how to reach it: HTTPS with the center's client
 * certificate, or plain HTTP on a development listener. Both PKCS12 files open with the password in
 * KOFU_TLS_PASSWORD (default changeit).
 */
final class RelayOptions {

  @Option(
      names = "--url",
      defaultValue = "https://localhost:8443",
      description = "the relay (load: several, comma-separated)")
  String url;

  @Option(
      names = "--keystore",
      defaultValue = "kofu-data/tls/center.p12",
      description = "the center's client certificate (empty: none)")
  String keystore;

  @Option(
      names = "--truststore",
      defaultValue = "kofu-data/tls/truststore.p12",
      description = "the CAs trusted for the relay's certificate")
  String truststore;

  List<URI> urls() {
    return Arrays.stream(url.split(",")).map(String::trim).map(URI::create).toList();
  }

  RelayClient client() throws Exception {
    URI first = urls().get(0);
    return new RelayClient(first, tls(first));
  }

  /** The TLS context for {@code relay}; null when it is plain HTTP. */
  SSLContext tls(URI relay) throws Exception {
    if (!"https".equals(relay.getScheme())) {
      return null;
    }
    char[] password = System.getenv().getOrDefault("KOFU_TLS_PASSWORD", "changeit").toCharArray();
    return RelayClient.tls(
        keystore.isEmpty() ? null : Path.of(keystore), Path.of(truststore), password);
  }
}
