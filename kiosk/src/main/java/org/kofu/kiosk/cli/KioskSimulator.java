package org.kofu.kiosk.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * A store kiosk as the center relays it: {@code menu}, {@code issue}, {@code result}, {@code
 * register} and {@code health} against any server that speaks the relay contract, saving issued
 * PDFs; {@code load} runs the load driver ({@link LoadCommand}). Each command exits 0 on a 2xx
 * answer, 1 otherwise, 2 on a usage error.
 */
@Command(
    name = "kiosk",
    mixinStandardHelpOptions = true,
    scope = ScopeType.INHERIT,
    showDefaultValues = true,
    subcommands = LoadCommand.class,
    description = "The kiosk side of the J-LIS relay contract (shared/spec/jlis-relay-api.md).")
public final class KioskSimulator implements Runnable {

  @Spec CommandSpec spec;

  private KioskSimulator() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  /** Runs one command, printing to {@code out}; returns its exit code. */
  public static int run(String[] args, PrintStream out) {
    return new CommandLine(new KioskSimulator()).setOut(new PrintWriter(out, true)).execute(args);
  }

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "which command: menu, issue, result, register, health or load");
  }

  @Command(name = "menu", description = "the certificates the person can be issued")
  int menu(@Mixin RelayOptions relay, @Mixin RequestOptions request, @Mixin KioskOption kiosk)
      throws Exception {
    String body =
        "{%s,\"kioskId\":\"%s\",\"requestedAt\":\"%s\"}"
            .formatted(request.common(), kiosk.kiosk, now());
    return report(relay.client().post("/jlis/v1/menu", body), request.id(), null);
  }

  @Command(name = "issue", description = "a certificate, saved as a PDF")
  int issue(
      @Mixin RelayOptions relay,
      @Mixin RequestOptions request,
      @Mixin KioskOption kiosk,
      @Option(names = "--type", defaultValue = "JUMINHYO") String type,
      @Option(names = "--options", defaultValue = "{}", description = "JSON") String options,
      @Option(names = "--copies", defaultValue = "1") int copies,
      @Option(names = "--out", description = "the PDF; <request-id>.pdf when not given") Path out)
      throws Exception {
    String body =
        ("{%s,\"certificateType\":\"%s\",\"options\":%s,\"copies\":%d,\"kioskId\":\"%s\","
                + "\"requestedAt\":\"%s\"}")
            .formatted(request.common(), type, options, copies, kiosk.kiosk, now());
    return report(relay.client().post("/jlis/v1/certificates", body), request.id(), out);
  }

  @Command(name = "result", description = "the printing outcome of an issued certificate")
  int result(
      @Mixin RelayOptions relay,
      @Mixin RequestOptions request,
      @Option(names = "--outcome", defaultValue = "PRINTED") String outcome,
      @Option(names = "--pages", defaultValue = "1") int pages)
      throws Exception {
    String body =
        "{\"outcome\":\"%s\",\"pagesPrinted\":%d,\"reportedAt\":\"%s\"}"
            .formatted(outcome, pages, now());
    String path = "/jlis/v1/certificates/" + request.id() + "/result";
    return report(relay.client().post(path, body), request.id(), null);
  }

  @Command(name = "register", description = "a 戸籍 registration for a resident")
  int register(
      @Mixin RelayOptions relay,
      @Mixin RequestOptions request,
      @Option(names = "--name") String name,
      @Option(names = "--kana") String kana,
      @Option(names = "--birth-date") String birthDate,
      @Option(names = "--honseki") String honseki,
      @Option(names = "--hittosha") String hittosha)
      throws Exception {
    String body =
        ("{%s,\"name\":\"%s\",\"nameKana\":\"%s\",\"birthDate\":\"%s\",\"honseki\":\"%s\","
                + "\"hittosha\":\"%s\",\"requestedAt\":\"%s\"}")
            .formatted(request.common(), name, kana, birthDate, honseki, hittosha, now());
    return report(relay.client().post("/jlis/v1/registrations", body), request.id(), null);
  }

  @Command(name = "health", description = "whether the relay answers")
  int health(@Mixin RelayOptions relay) throws Exception {
    return report(relay.client().get("/jlis/v1/health"), new RequestOptions().id(), null);
  }

  private static String now() {
    return OffsetDateTime.now(ZoneId.of("Asia/Tokyo")).toString();
  }

  private int report(HttpResponse<byte[]> response, String requestId, Path pdfFile)
      throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    out.println("HTTP " + response.statusCode() + "  requestId " + requestId);
    for (String header :
        new String[] {"X-Certificate-Number", "X-Fee-Yen", "X-Page-Count", "X-Source"}) {
      response.headers().firstValue(header).ifPresent(v -> out.println(header + ": " + v));
    }
    boolean pdf =
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf");
    if (pdf) {
      Path file = pdfFile != null ? pdfFile : Path.of(requestId + ".pdf");
      Files.write(file, response.body());
      out.println("saved " + file.toAbsolutePath());
    } else if (response.body().length > 0) {
      out.println(new String(response.body(), StandardCharsets.UTF_8));
    }
    return response.statusCode() / 100 == 2 ? 0 : 1;
  }

  /** The kiosk a request comes from. */
  static final class KioskOption {
    @Option(names = "--kiosk", defaultValue = "SIM-1")
    String kiosk;
  }

  /** What every request of the contract carries. */
  static final class RequestOptions {
    @Option(names = "--request-id", description = "kiosk-<random UUID> when not given")
    String requestId;

    @Option(names = "--municipality", defaultValue = "012025")
    String municipality;

    @Option(names = "--person", description = "the resident's 住民票コード")
    String person;

    String id() {
      if (requestId == null) {
        requestId = "kiosk-" + UUID.randomUUID();
      }
      return requestId;
    }

    String common() {
      return "\"requestId\":\"%s\",\"municipalityCode\":\"%s\",\"juminhyoCode\":\"%s\""
          .formatted(id(), municipality, person);
    }
  }
}
