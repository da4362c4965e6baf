package org.kofu.core.existing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.kofu.core.existing.ExistingSystemException.Outcome;

/**
 * The documented interface over HTTPS with mutual TLS. A call waits for the whole answer at most
 * until the earlier of the caller's deadline and the read timeout, then abandons the exchange: the
 * caller's thread is free by the deadline whatever the existing system does.
 */
public final class HttpExistingSystemCertificates implements ExistingSystemCertificates {

  private static final String PDF = "application/pdf";

  private final HttpClient client;
  private final URI base;
  private final ExistingSystemProperties properties;
  private final Clock clock;

  public HttpExistingSystemCertificates(ExistingSystemProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
    String url = properties.baseUrl().toString();
    this.base = URI.create(url.endsWith("/") ? url : url + "/");
    this.client =
        HttpClient.newBuilder()
            .sslContext(TlsContexts.of(properties))
            .connectTimeout(properties.connectTimeout())
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  @Override
  public FinishedCertificate certificate(
      BodyRequest request, LocalDate issueDate, String certificateNumber, Instant deadline) {
    HttpResponse<byte[]> answer =
        send(
            post(
                "kofu/v1/certificates",
                ExistingSystemJson.certificateRequest(request, issueDate, certificateNumber)),
            deadline);
    return new FinishedCertificate(answer.body(), versions(answer));
  }

  @Override
  public ForeignBody body(BodyRequest request, Instant deadline) {
    HttpResponse<byte[]> answer =
        send(post("kofu/v1/bodies", ExistingSystemJson.bodyRequest(request)), deadline);
    return new ForeignBody(
        request.subject(),
        answer.body(),
        versions(answer),
        ExistingSystemJson.areas(answer.headers().firstValue("X-Stamp-Areas").orElse(null)));
  }

  @Override
  public ChangedBodies changedSince(long changedSince, int limit, Instant deadline) {
    URI uri = base.resolve("kofu/v1/bodies?changedSince=" + changedSince + "&limit=" + limit);
    HttpRequest.Builder get =
        HttpRequest.newBuilder(uri).header("Accept", "application/json").GET();
    return ExistingSystemJson.changedBodies(send(get, deadline).body());
  }

  private HttpRequest.Builder post(String path, byte[] json) {
    return HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "application/json")
        .header("Accept", PDF + ", application/problem+json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(json));
  }

  private HttpResponse<byte[]> send(HttpRequest.Builder request, Instant deadline) {
    Duration left = Duration.between(clock.instant(), deadline);
    if (left.isNegative() || left.isZero()) {
      throw new ExistingSystemException(Outcome.TIMED_OUT, null, "deadline passed before the call");
    }
    Duration wait = left.compareTo(properties.readTimeout()) < 0 ? left : properties.readTimeout();
    CompletableFuture<HttpResponse<byte[]>> call =
        client.sendAsync(request.timeout(wait).build(), this::limitedBody);
    HttpResponse<byte[]> answer;
    try {
      answer = call.get(wait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      call.cancel(true);
      throw new ExistingSystemException(Outcome.TIMED_OUT, null, "no answer within the budget");
    } catch (InterruptedException e) {
      call.cancel(true);
      Thread.currentThread().interrupt();
      throw new ExistingSystemException(Outcome.TIMED_OUT, null, "interrupted");
    } catch (ExecutionException e) {
      Outcome outcome =
          e.getCause() instanceof java.net.http.HttpTimeoutException
              ? Outcome.TIMED_OUT
              : Outcome.FAILED;
      throw new ExistingSystemException(
          outcome, null, "call failed: " + e.getCause().getClass().getSimpleName());
    }
    return checkStatus(answer);
  }

  private HttpResponse.BodySubscriber<byte[]> limitedBody(HttpResponse.ResponseInfo info) {
    long max = properties.maxBodySize().toBytes();
    long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (declared > max) {
      return HttpResponse.BodySubscribers.replacing(null);
    }
    return HttpResponse.BodySubscribers.ofByteArray();
  }

  private static HttpResponse<byte[]> checkStatus(HttpResponse<byte[]> answer) {
    int status = answer.statusCode();
    if (status == 200 && answer.body() != null) {
      return answer;
    }
    if (status == 422) {
      throw new ExistingSystemException(
          Outcome.REFUSED,
          ExistingSystemJson.problemCause(answer.body() == null ? new byte[0] : answer.body()),
          "the existing system refuses the certificate");
    }
    throw new ExistingSystemException(
        Outcome.FAILED, null, "the existing system answered " + status);
  }

  private static java.util.Map<String, Long> versions(HttpResponse<byte[]> answer) {
    return ExistingSystemJson.versions(
        answer.headers().firstValue("X-Source-Versions").orElse(null));
  }
}
