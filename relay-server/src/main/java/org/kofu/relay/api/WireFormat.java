package org.kofu.relay.api;

import org.kofu.relay.idempotency.ResultReport;
import org.kofu.relay.issuance.CertificateOrder;
import org.kofu.relay.issuance.MenuQuery;
import org.kofu.relay.person.RegistrationApplication;

/**
 * The boundary between the center's message format and issuance logic: a municipality that must
 * speak the center's real format replaces this bean. Each method either returns a request that is
 * well-formed in every field or throws a 400 {@code RelayException} naming the fields; the request
 * id, when it could be read, is reported through {@code requestIdSeen} so errors can echo it.
 */
public interface WireFormat {

  MenuQuery menu(byte[] body, RequestIdSink requestIdSeen);

  CertificateOrder certificate(byte[] body, RequestIdSink requestIdSeen);

  ResultReport result(String requestId, byte[] body);

  RegistrationApplication registration(byte[] body, RequestIdSink requestIdSeen);

  /** Receives the request id as soon as it is parsed. */
  interface RequestIdSink {
    void accept(String requestId);
  }
}
