package org.kofu.core.existing;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;

/**
 * Writes PDFBox objects as PDF syntax, for the objects an incremental update appends. Indirect
 * objects are written as references by the caller's function; a stream must be one of them.
 */
final class CosText {

  private CosText() {}

  /**
   * @param references the reference ({@code "12 0 R"}) to write for a value, or null to write the
   *     value itself
   */
  static void write(COSBase value, StringBuilder out, Function<COSBase, String> references) {
    String reference = references.apply(value);
    if (reference != null) {
      out.append(reference);
    } else if (value instanceof COSStream) {
      throw new IllegalArgumentException("a stream must be an indirect object");
    } else if (value instanceof COSDictionary d) {
      out.append("<<");
      for (Map.Entry<COSName, COSBase> e : d.entrySet()) {
        name(e.getKey(), out);
        out.append(' ');
        write(e.getValue(), out, references);
      }
      out.append(">>");
    } else if (value instanceof COSArray a) {
      out.append('[');
      for (int i = 0; i < a.size(); i++) {
        if (i > 0) {
          out.append(' ');
        }
        write(a.get(i), out, references);
      }
      out.append(']');
    } else {
      simple(value, out);
    }
  }

  private static void simple(COSBase value, StringBuilder out) {
    if (value instanceof COSName n) {
      name(n, out);
    } else if (value instanceof COSString s) {
      out.append('<').append(s.toHexString()).append('>');
    } else if (value instanceof COSInteger i) {
      out.append(i.longValue());
    } else if (value instanceof COSFloat f) {
      out.append(BigDecimal.valueOf(f.floatValue()).stripTrailingZeros().toPlainString());
    } else if (value instanceof COSBoolean b) {
      out.append(b.getValue());
    } else if (value == null || value instanceof COSNull) {
      out.append("null");
    } else {
      throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName());
    }
  }

  static void name(COSName name, StringBuilder out) {
    out.append('/');
    for (byte b : name.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      boolean regular = c > 0x20 && c < 0x7F && "()<>[]{}/%#".indexOf(c) < 0;
      if (regular) {
        out.append((char) c);
      } else {
        out.append('#')
            .append(Character.forDigit(c >> 4, 16))
            .append(Character.forDigit(c & 15, 16));
      }
    }
  }
}
