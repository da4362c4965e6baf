package org.kofu.batch.dictionary;

import java.io.ByteArrayOutputStream;

/** A PDF literal string's escapes, as OpenPDF writes shown text into a content stream. */
final class PdfEscapes {

  private PdfEscapes() {}

  static byte[] escape(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 2);
    for (byte b : bytes) {
      switch (b) {
        case '\r' -> out.writeBytes(new byte[] {'\\', 'r'});
        case '\n' -> out.writeBytes(new byte[] {'\\', 'n'});
        case '\t' -> out.writeBytes(new byte[] {'\\', 't'});
        case '\b' -> out.writeBytes(new byte[] {'\\', 'b'});
        case '\f' -> out.writeBytes(new byte[] {'\\', 'f'});
        case '(', ')', '\\' -> out.writeBytes(new byte[] {'\\', b});
        default -> out.write(b);
      }
    }
    return out.toByteArray();
  }
}
