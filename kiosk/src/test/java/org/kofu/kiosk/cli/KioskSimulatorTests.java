package org.kofu.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator's commands against a stand-in server on loopback: what each sends where, what it
 * prints and saves, and its exit code.
 */
class KioskSimulatorTests {

  private HttpServer server;
  private final List<String> received = new ArrayList<>();
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private String url;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/jlis/v1/certificates",
        exchange -> {
          received.add(
              exchange.getRequestURI().getPath()
                  + " "
                  + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          byte[] pdf = "%PDF-1.7 test".getBytes(StandardCharsets.US_ASCII);
          exchange.getResponseHeaders().add("Content-Type", "application/pdf");
          exchange.getResponseHeaders().add("X-Certificate-Number", "012025-261204-000001");
          exchange.sendResponseHeaders(200, pdf.length);
          exchange.getResponseBody().write(pdf);
          exchange.close();
        });
    server.createContext(
        "/jlis/v1/menu",
        exchange -> {
          byte[] problem = "{\"code\":\"OUT_OF_SERVICE_HOURS\"}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
          exchange.sendResponseHeaders(503, problem.length);
          exchange.getResponseBody().write(problem);
          exchange.close();
        });
    server.start();
    url = "--url=http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private int kiosk(String... args) {
    return KioskSimulator.run(args, new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  private String printed() {
    return printed.toString(StandardCharsets.UTF_8);
  }

  @Test
  void issueSendsTheContractsFieldsAndSavesThePdf(@TempDir Path dir) throws IOException {
    Path pdf = dir.resolve("juminhyo.pdf");

    int exit =
        kiosk(
            "issue",
            url,
            "--person=12345678901",
            "--type=INKAN",
            "--request-id=kiosk-test-1",
            "--out=" + pdf);

    assertThat(exit).isZero();
    assertThat(received).hasSize(1);
    assertThat(received.get(0))
        .startsWith("/jlis/v1/certificates {")
        .contains(
            "\"requestId\":\"kiosk-test-1\"",
            "\"municipalityCode\":\"012025\"",
            "\"juminhyoCode\":\"12345678901\"",
            "\"certificateType\":\"INKAN\"",
            "\"options\":{}",
            "\"copies\":1",
            "\"kioskId\":\"SIM-1\"",
            "\"requestedAt\":\"");
    assertThat(Files.readString(pdf, StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.7 test");
    assertThat(printed())
        .contains("HTTP 200  requestId kiosk-test-1")
        .contains("X-Certificate-Number: 012025-261204-000001")
        .contains("saved " + pdf.toAbsolutePath());
  }

  @Test
  void theResultGoesToTheRequestsOwnPath() {
    kiosk("result", url, "--request-id=kiosk-test-2", "--outcome=FAILED", "--pages=0");

    assertThat(received)
        .singleElement()
        .asString()
        .startsWith("/jlis/v1/certificates/kiosk-test-2/result {")
        .contains("\"outcome\":\"FAILED\"", "\"pagesPrinted\":0");
  }

  @Test
  void anAnswerOtherThan2xxIsPrintedAndExitsOne() {
    assertThat(kiosk("menu", url, "--person=12345678901")).isEqualTo(1);
    assertThat(printed()).contains("HTTP 503").contains("OUT_OF_SERVICE_HOURS");
  }

  @Test
  void noCommandOrAnUnknownOptionIsAUsageError() {
    assertThat(kiosk()).isEqualTo(2);
    assertThat(kiosk("issue", url, "--colour=red")).isEqualTo(2);
    assertThat(received).isEmpty();
  }
}
