package org.kofu.core.render.body;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Adler32;
import org.kofu.core.certificate.SourceVersions;
import org.kofu.core.render.Fixtures;

/**
 * A body in the shape {@code LeanPdfWriter} writes, built by hand to be larger than any rendered
 * one: a page content stream holding every stamp site, the whole shipped font as its font program
 * (its outlines 2.5 MB, many stored blocks), another FlateDecode stream of several stored blocks, a
 * JPEG stream and {@code smallObjects} plain objects between them, each in the cross-reference
 * table.
 */
final class SyntheticBody {

  private static final int MAX_STORED_BLOCK = 0xFFFF;

  private final ByteArrayOutputStream pdf = new ByteArrayOutputStream();
  private final List<Integer> objects = new ArrayList<>();

  private SyntheticBody() {}

  static RenderedBody of(int smallObjects) {
    return new SyntheticBody().build(smallObjects);
  }

  private RenderedBody build(int smallObjects) {
    text("%PDF-1.4\n");
    byte[] content = ascii("BT /F1 12 Tf <000100020003000400050006> Tj ET");
    int contentAt = stream("/Filter/FlateDecode", stored(content));
    plainObjects(smallObjects / 3);
    byte[] font = font();
    stream("/Length1 " + font.length + "/Filter/FlateDecode", stored(font));
    plainObjects(smallObjects / 3);
    byte[] other = new byte[200_000];
    System.arraycopy(font, font.length / 2, other, 0, other.length);
    stream("/Filter/FlateDecode", stored(other));
    stream("/Filter/DCTDecode", ascii("\u00ff\u00d8 not quite a JPEG \u00ff\u00d9"));
    plainObjects(smallObjects - 2 * (smallObjects / 3));
    crossReferences();
    int glyphs = contentAt + 2 + 5 + 15;
    StampSites.Site site =
        new StampSites.Site(
            new int[] {glyphs, glyphs + 1, glyphs + 2, glyphs + 3},
            new int[] {30, 29, 28, 27},
            contentAt + stored(content).length - 4);
    return new RenderedBody(
        Fixtures.seal().subject(),
        SourceVersions.builder().build(),
        Instant.parse("2026-12-05T00:00:00Z"),
        1,
        pdf.toByteArray(),
        new StampSites(new int[] {1, 2, 3}, List.of(site), site, site));
  }

  /** A stream object; where its data starts. */
  private int stream(String dictionary, byte[] data) {
    objects.add(pdf.size());
    text(objects.size() + " 0 obj\n<<" + dictionary + "/Length " + data.length + ">>stream\n");
    int at = pdf.size();
    pdf.writeBytes(data);
    text("\nendstream\nendobj\n");
    return at;
  }

  private void plainObjects(int count) {
    for (int i = 0; i < count; i++) {
      objects.add(pdf.size());
      text(objects.size() + " 0 obj\n<</Type/Filler/N " + i + ">>\nendobj\n");
    }
  }

  private void crossReferences() {
    int xref = pdf.size();
    text("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
    objects.forEach(offset -> text("%010d 00000 n \n".formatted(offset)));
    text("trailer\n<</Size " + (objects.size() + 1) + "/Root 1 0 R>>\n");
    text("startxref\n" + xref + "\n%%EOF\n");
  }

  private void text(String s) {
    pdf.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A zlib stream of stored blocks, as OpenPDF writes at level 0. */
  static byte[] stored(byte[] raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0x78);
    out.write(0x01);
    int blocks = Math.max(1, (raw.length + MAX_STORED_BLOCK - 1) / MAX_STORED_BLOCK);
    for (int b = 0; b < blocks; b++) {
      int len = Math.min(MAX_STORED_BLOCK, raw.length - b * MAX_STORED_BLOCK);
      out.write(b == blocks - 1 ? 1 : 0);
      out.write(len);
      out.write(len >>> 8);
      out.write(~len);
      out.write(~len >>> 8);
      out.write(raw, b * MAX_STORED_BLOCK, len);
    }
    Adler32 adler = new Adler32();
    adler.update(raw);
    long value = adler.getValue();
    for (int shift = 24; shift >= 0; shift -= 8) {
      out.write((int) (value >>> shift));
    }
    return out.toByteArray();
  }

  static byte[] font() {
    try (InputStream in =
        SyntheticBody.class.getClassLoader().getResourceAsStream("fonts/kofu-mincho.ttf")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
