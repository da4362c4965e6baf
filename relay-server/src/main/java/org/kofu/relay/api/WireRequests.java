package org.kofu.relay.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.kofu.relay.api.WireFormat.RequestIdSink;
import org.kofu.relay.idempotency.ResultReport;
import org.kofu.relay.issuance.CertificateOrder;
import org.kofu.relay.issuance.MenuQuery;
import org.kofu.relay.person.RegistrationApplication;
import org.kofu.relay.problem.RelayException;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Hands the controllers requests read by the {@link WireFormat}: the content type it reads (else
 * 415), a body of at most the contract's 64 KiB (else 413, before any parsing), and the request id
 * on {@code X-Request-Id} as soon as it is read.
 */
@Configuration(proxyBeanMethods = false)
class WireRequests implements WebMvcConfigurer, HandlerMethodArgumentResolver {

  static final int LIMIT = 64 * 1024;

  private final WireFormat wire;

  WireRequests(WireFormat wire) {
    this.wire = wire;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(this);
  }

  /** The contract's problems have no {@code instance}, which Spring would set to the path. */
  @Override
  public void addErrorResponseInterceptors(List<ErrorResponse.Interceptor> interceptors) {
    interceptors.add((problem, error) -> problem.setInstance(null));
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    Class<?> type = parameter.getParameterType();
    return type == MenuQuery.class
        || type == CertificateOrder.class
        || type == ResultReport.class
        || type == RegistrationApplication.class;
  }

  @Override
  public Object resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer container,
      NativeWebRequest web,
      WebDataBinderFactory binders)
      throws HttpMediaTypeNotSupportedException {
    HttpServletRequest request = web.getNativeRequest(HttpServletRequest.class);
    HttpServletResponse response = web.getNativeResponse(HttpServletResponse.class);
    accept(request.getContentType());
    byte[] body = read(request);
    RequestIdSink seen = id -> response.setHeader(RequestIds.HEADER, id);
    Class<?> type = parameter.getParameterType();
    if (type == MenuQuery.class) {
      return wire.menu(body, seen);
    }
    if (type == CertificateOrder.class) {
      return wire.certificate(body, seen);
    }
    if (type == RegistrationApplication.class) {
      return wire.registration(body, seen);
    }
    @SuppressWarnings("unchecked")
    var path =
        (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    return wire.result(path.get("requestId"), body);
  }

  private void accept(String contentType) throws HttpMediaTypeNotSupportedException {
    try {
      if (contentType != null
          && wire.requestType().includes(MediaType.parseMediaType(contentType))) {
        return;
      }
    } catch (InvalidMediaTypeException e) {
      // answered as any other type the wire format does not read
    }
    throw new HttpMediaTypeNotSupportedException("not " + wire.requestType());
  }

  private static byte[] read(HttpServletRequest request) {
    if (request.getContentLengthLong() > LIMIT) {
      throw tooLarge();
    }
    try (InputStream in = request.getInputStream()) {
      byte[] body = in.readNBytes(LIMIT + 1);
      if (body.length > LIMIT) {
        throw tooLarge();
      }
      return body;
    } catch (IOException e) {
      throw RelayException.of(400, "INVALID_REQUEST", "the body could not be read");
    }
  }

  private static RelayException tooLarge() {
    return RelayException.of(413, "PAYLOAD_TOO_LARGE", "the body is larger than 64 KiB");
  }
}
