package org.kofu.relay.api;

import org.kofu.relay.idempotency.ResultReport;
import org.kofu.relay.issuance.CertificateOrder;
import org.kofu.relay.issuance.IssuedCertificate;
import org.kofu.relay.issuance.Menu;
import org.kofu.relay.issuance.MenuQuery;
import org.kofu.relay.person.RegistrationApplication;
import org.kofu.relay.problem.RelayException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The boundary between the center's message format and issuance logic, both ways: a municipality
 * that must speak the center's real format replaces this bean, and the endpoints stay as they are.
 * Each reading method either returns a request that is well-formed in every field or throws a 400
 * {@code RelayException} naming the fields (never quoting values, which may be personal data); the
 * request id, when it could be read, is reported through {@code requestIdSeen} so errors can echo
 * it. Each answering method gives the status, headers and body bytes of one answer.
 */
public interface WireFormat {

  /** The content type of requests; any other is answered 415. */
  MediaType requestType();

  MenuQuery menu(byte[] body, RequestIdSink requestIdSeen);

  CertificateOrder certificate(byte[] body, RequestIdSink requestIdSeen);

  ResultReport result(String requestId, byte[] body);

  RegistrationApplication registration(byte[] body, RequestIdSink requestIdSeen);

  ResponseEntity<byte[]> menuAnswer(MenuQuery query, Menu menu);

  ResponseEntity<byte[]> certificateAnswer(IssuedCertificate issued);

  ResponseEntity<byte[]> resultAnswer(ResultReport report);

  ResponseEntity<byte[]> registrationAnswer(
      RegistrationApplication application, long registrationId);

  ResponseEntity<byte[]> healthAnswer();

  /**
   * Every error, the relay's own and Spring's.
   *
   * @param requestId the request id read so far, or null
   */
  ResponseEntity<byte[]> problemAnswer(RelayException problem, String requestId);

  /** Receives the request id as soon as it is parsed. */
  interface RequestIdSink {
    void accept(String requestId);
  }
}
