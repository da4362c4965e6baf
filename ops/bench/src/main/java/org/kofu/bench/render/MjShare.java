package org.kofu.bench.render;

import java.time.Clock;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.render.CertificateProperties;
import org.kofu.core.render.CertificateRenderer;
import org.kofu.core.render.font.UndrawableCharacterException;

/**
 * Sorts the mix's certificates: those whose texts need IPAmj明朝 glyphs (a character beyond the
 * Mincho fonts, a variation sequence, a 外字), those the Mincho fonts print alone, and those nothing
 * can print (the relay refuses them: they are left out of the mix).
 */
final class MjShare {

  enum Kind {
    PLAIN,
    MJ,
    UNPRINTABLE
  }

  private static final CertificateRenderer RENDERER =
      new CertificateRenderer(CertificateProperties.defaults(), Clock.systemUTC());

  private MjShare() {}

  /** The kind of {@code content}, judged on the texts its certificate prints. */
  static Kind of(CertificateContent content) {
    try {
      return RENDERER.printsMjGlyphs(content) ? Kind.MJ : Kind.PLAIN;
    } catch (UndrawableCharacterException e) {
      return Kind.UNPRINTABLE;
    }
  }
}
