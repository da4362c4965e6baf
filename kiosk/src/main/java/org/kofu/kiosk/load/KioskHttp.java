package org.kofu.kiosk.load;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The load driver's HTTP: blocking I/O in the kiosk's own thread (Apache HttpClient's classic API),
 * keep-alive connections pooled across kiosks. The JDK's {@code java.net.http} client hands every
 * request and answer over between the caller, its selector thread and its executor; on two shared
 * cores each hand-over can wait for a core, and that wait was measured as relay latency.
 */
public final class KioskHttp implements AutoCloseable {

  private static final ContentType JSON = ContentType.create("application/json");

  private final PoolingHttpClientConnectionManager pool;
  private final CloseableHttpClient client;

  private KioskHttp(PoolingHttpClientConnectionManager pool, CloseableHttpClient client) {
    this.pool = pool;
    this.client = client;
  }

  /** A client for {@code connections} concurrent requests; {@code tls} null: plain HTTP. */
  public static KioskHttp open(SSLContext tls, int connections) {
    var builder =
        PoolingHttpClientConnectionManagerBuilder.create()
            .setMaxConnTotal(connections)
            .setMaxConnPerRoute(connections)
            .setDefaultConnectionConfig(
                ConnectionConfig.custom()
                    .setConnectTimeout(Timeout.ofSeconds(2))
                    // the check costs a blocking read of 1 ms: only for connections idle this long
                    .setValidateAfterInactivity(TimeValue.ofSeconds(10))
                    .build());
    if (tls != null) {
      builder.setTlsSocketStrategy(new DefaultClientTlsStrategy(tls));
    }
    PoolingHttpClientConnectionManager pool = builder.build();
    return new KioskHttp(
        pool,
        HttpClients.custom()
            .setConnectionManager(pool)
            .disableAutomaticRetries()
            .disableRedirectHandling()
            .disableCookieManagement()
            .disableAuthCaching()
            // a connection authenticated with the client certificate is otherwise kept for that
            // principal's requests only, and every kiosk request would make a new handshake
            .disableConnectionState()
            .build());
  }

  /** An answer, read to its end (the connection goes back to the pool). */
  public record Reply(int status, byte[] body, Header[] headers) {

    public Optional<String> header(String name) {
      for (Header h : headers) {
        if (h.getName().equalsIgnoreCase(name)) {
          return Optional.of(h.getValue());
        }
      }
      return Optional.empty();
    }

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  public Reply post(URI uri, String json, Duration timeout) throws IOException {
    HttpPost post = new HttpPost(uri);
    post.setEntity(new ByteArrayEntity(json.getBytes(StandardCharsets.UTF_8), JSON));
    return execute(post, timeout);
  }

  public Reply get(URI uri, Duration timeout) throws IOException {
    return execute(new HttpGet(uri), timeout);
  }

  private Reply execute(HttpUriRequestBase request, Duration timeout) throws IOException {
    Timeout limit = Timeout.ofMilliseconds(Math.max(1, timeout.toMillis()));
    request.setConfig(
        RequestConfig.custom()
            .setResponseTimeout(limit)
            .setConnectionRequestTimeout(limit)
            .build());
    return client.execute(request, KioskHttp::reply);
  }

  private static Reply reply(ClassicHttpResponse response) throws IOException {
    byte[] body =
        response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity());
    return new Reply(response.getCode(), body, response.getHeaders());
  }

  /** Connections open in the pool, idle or in use. */
  public int connectionsOpen() {
    var stats = pool.getTotalStats();
    return stats.getAvailable() + stats.getLeased();
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}
