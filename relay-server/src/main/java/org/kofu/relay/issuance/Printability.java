package org.kofu.relay.issuance;

import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.assembly.CertificateContentAssembler;
import org.kofu.core.certificate.assembly.MissingRecordException;
import org.kofu.core.render.CertificateRenderer;
import org.kofu.core.render.font.UndrawableCharacterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Whether a certificate the rules allow can be printed: its content read and every text it would
 * print checked against the fonts (外字 through the gaiji tables), without rendering. The menu lists
 * a type that cannot as unavailable ({@code UNPRINTABLE_CHARACTER}) rather than let the resident
 * pay for a refusal.
 */
@Component
class Printability {

  private static final Logger log = LoggerFactory.getLogger(Printability.class);

  private final CertificateContentAssembler assembler;
  private final CertificateRenderer renderer;

  Printability(CertificateContentAssembler assembler, CertificateRenderer renderer) {
    this.assembler = assembler;
    this.renderer = renderer;
  }

  /**
   * Whether the subject's type prints with some options: the menu names no options, so a type is
   * unavailable only if even its fewest fields (without 世帯主, 本籍 and 個人番号) hold a character that
   * cannot be printed. The request's own options are checked when it is issued.
   */
  boolean printableWithSomeOptions(CertificateSubject subject) {
    CertificateOptions o = subject.options();
    CertificateOptions fewest =
        new CertificateOptions(o.scope(), false, false, false, o.fiscalYear(), o.form());
    return printable(new CertificateSubject(subject.person(), subject.type(), fewest));
  }

  boolean printable(CertificateSubject subject) {
    try {
      renderer.checkPrintable(assembler.assemble(subject));
      return true;
    } catch (UndrawableCharacterException e) {
      log.info(
          "unprintable {} for {}: {} in {}",
          subject.type(),
          subject.person().key(),
          e.codePoints(),
          e.source());
      return false;
    } catch (MissingRecordException e) {
      // the issuance finds out and says so; the menu keeps what the rules decided
      return true;
    }
  }
}
