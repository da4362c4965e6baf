package org.kofu.conformance.broken;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The bug of a cache without freshness or rules: the first certificate answered for a person, type
 * and options is answered again to every later request for them, headers and all, whatever changed
 * in the existing systems since (an address, a restriction).
 */
final class StaleCacheFilter extends OncePerRequestFilter {

  private static final Pattern FIELD =
      Pattern.compile(
          "\"(juminhyoCode|certificateType|options)\"\\s*:\\s*(\"[^\"]*\"|\\{[^}]*\\})");

  private record Kept(String contentType, Map<String, String> headers, byte[] body) {}

  private final Map<String, Kept> kept = new ConcurrentHashMap<>();
  private final int port;

  /** Broken on the listener of {@code port} only. */
  StaleCacheFilter(int port) {
    this.port = port;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getLocalPort() != port;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] json = request.getInputStream().readAllBytes();
    String key = key(new String(json, StandardCharsets.UTF_8));
    Kept hit = key == null ? null : kept.get(key);
    if (hit != null) {
      response.setStatus(200);
      response.setContentType(hit.contentType());
      hit.headers().forEach(response::setHeader);
      response.setContentLength(hit.body().length);
      response.getOutputStream().write(hit.body());
      return;
    }
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    chain.doFilter(new Replayed(request, json), wrapper);
    if (key != null && wrapper.getStatus() == 200) {
      Map<String, String> headers = new LinkedHashMap<>();
      for (String name : wrapper.getHeaderNames()) {
        headers.put(name, wrapper.getHeader(name));
      }
      kept.putIfAbsent(
          key, new Kept(wrapper.getContentType(), headers, wrapper.getContentAsByteArray()));
    }
    wrapper.copyBodyToResponse();
  }

  /** person|type|options, or null when the request does not name them. */
  private static String key(String json) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher m = FIELD.matcher(json);
    while (m.find()) {
      fields.put(m.group(1), m.group(2).replaceAll("\\s", ""));
    }
    return fields.size() == 3 ? String.join("|", fields.values()) : null;
  }

  /** The request with its body read once and served again to the relay. */
  private static final class Replayed extends HttpServletRequestWrapper {
    private final byte[] body;

    Replayed(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }
      };
    }
  }
}
