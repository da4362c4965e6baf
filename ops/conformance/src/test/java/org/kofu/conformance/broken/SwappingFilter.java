package org.kofu.conformance.broken;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Exchanger;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The bug of a shared buffer: a certificate answered while another is being answered leaves with
 * the other's body (headers stay its own). Alone, an answer is untouched.
 */
final class SwappingFilter extends OncePerRequestFilter {

  private final Exchanger<byte[]> exchanger = new Exchanger<>();
  private final int port;

  /** Broken on the listener of {@code port} only. */
  SwappingFilter(int port) {
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
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, wrapper);
    byte[] body = wrapper.getContentAsByteArray();
    if (wrapper.getStatus() == 200) {
      try {
        body = exchanger.exchange(body, 400, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        // nobody else answering now: its own body
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
