package org.kofu.conformance.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.kofu.conformance.Outcome;
import org.kofu.kiosk.cli.RelayClient;

/**
 * A client that presents no certificate is refused in the TLS handshake on every node: no HTTP
 * answer at all. The contract also allows a 401 before any handler; that passes, and says so.
 */
public final class NoClientCertificate implements Scenario {

  @Override
  public String name() {
    return "no-client-certificate";
  }

  @Override
  public Outcome run(Target target) throws Exception {
    if (target.truststore() == null || !"https".equals(target.node(0).getScheme())) {
      return Outcome.skip(name(), "the URL is plain HTTP: there is no handshake to refuse");
    }
    SSLContext anonymous = RelayClient.tls(null, target.truststore(), target.tlsPassword());
    List<String> refused = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < target.nodes().size(); i++) {
      String answer = attempt(anonymous, target.nodes().get(i));
      if (answer.startsWith("refused")) {
        refused.add("node " + (i + 1) + " " + answer);
      } else if (answer.startsWith("HTTP/1.1 401") || answer.startsWith("HTTP/1.0 401")) {
        refused.add("node " + (i + 1) + " 401 after the handshake (the contract allows it)");
      } else {
        wrong.add("node " + (i + 1) + " answered " + answer);
      }
    }
    return wrong.isEmpty()
        ? Outcome.pass(name(), String.join("; ", refused))
        : Outcome.fail(name(), String.join("; ", wrong));
  }

  /** {@code refused (...)}, or the status line of the answer that came. */
  private static String attempt(SSLContext anonymous, URI node) {
    int port = node.getPort() > 0 ? node.getPort() : 443;
    try (SSLSocket socket =
        (SSLSocket) anonymous.getSocketFactory().createSocket(node.getHost(), port)) {
      socket.setSoTimeout(15_000);
      socket.startHandshake();
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET /jlis/v1/health HTTP/1.1\r\nHost: "
                  + node.getHost()
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      StringBuilder line = new StringBuilder();
      for (int c = in.read(); c >= 0 && c != '\r' && c != '\n'; c = in.read()) {
        line.append((char) c);
      }
      return line.length() == 0 ? "refused (closed without an answer)" : line.toString();
    } catch (java.net.ConnectException e) {
      return "no connection (" + e.getMessage() + ")";
    } catch (javax.net.ssl.SSLException e) {
      return "refused in the handshake (" + e.getClass().getSimpleName() + ")";
    } catch (IOException e) {
      return "refused (" + e.getClass().getSimpleName() + ")";
    }
  }
}
