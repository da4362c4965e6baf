package org.kofu.relay.issuance;

import java.time.LocalDate;
import org.kofu.core.render.body.BodyStamper;
import org.kofu.core.render.body.RenderedBody;
import org.kofu.relay.numbering.CertificateNumbers;
import org.springframework.stereotype.Component;

/** The stamp step: a new certificate number and the 証明日, set on every page of the body. */
@Component
class Stamping {

  private final CertificateNumbers numbers;
  private final BodyStamper stamper;

  Stamping(CertificateNumbers numbers, BodyStamper stamper) {
    this.numbers = numbers;
    this.stamper = stamper;
  }

  Stamped stamp(RenderedBody body, String municipalityCode, LocalDate issueDate) {
    String number = numbers.next(municipalityCode, issueDate);
    return new Stamped(number, stamper.stamp(body, issueDate, number));
  }

  /** A stamped PDF and its number. Holds personal data: never log it. */
  record Stamped(String number, byte[] pdf) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Stamped s && s.number.equals(number);
    }

    @Override
    public int hashCode() {
      return number.hashCode();
    }

    @Override
    public String toString() {
      return "Stamped[" + number + "]";
    }
  }
}
