package org.kofu.core.existing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The project's Mincho ({@code fonts/kofu-mincho.ttf}) as a subset of the stamp alphabet, made once
 * per process: a Type0 font (Identity-H, with ToUnicode, so the stamped text reads back) written as
 * PDF objects whose references to each other are numbered when a body's update is planned.
 */
final class StampFont {

  /** Every character a stamp writes: 発行番号 ({@code [0-9A-Z-]}) and 令和 dates. */
  static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-令和元年月日";

  private static final StampFont SHARED = build();

  /** One object: its text with {@code {{i}}} for a reference to object i, and stream data. */
  record FontObject(String text, byte[] data) {}

  private final List<FontObject> objects;
  private final int[] cids = new int[0x10000];
  private final float[] widths = new float[0x10000];

  private StampFont(List<FontObject> objects) {
    this.objects = List.copyOf(objects);
  }

  static StampFont shared() {
    return SHARED;
  }

  /** The font's objects; the first is the font dictionary a page's resources name. */
  List<FontObject> objects() {
    return objects;
  }

  /** The two-byte CID of {@code c} in an Identity-H string. */
  int cid(char c) {
    int cid = cids[c];
    if (cid == 0) {
      throw new IllegalArgumentException("not in the stamp alphabet: U+" + Integer.toHexString(c));
    }
    return cid;
  }

  /** The advance of {@code c} in thousandths of the font size. */
  float width(char c) {
    return widths[c];
  }

  private static StampFont build() {
    try (PDDocument doc = new PDDocument();
        InputStream ttf = resource()) {
      PDType0Font font = PDType0Font.load(doc, ttf, true);
      for (char c : ALPHABET.toCharArray()) {
        font.addToSubset(c);
      }
      font.subset();
      List<FontObject> objects = new ArrayList<>();
      Map<COSBase, Integer> numbers = new IdentityHashMap<>();
      number(font.getCOSObject(), numbers);
      List<COSBase> order = new ArrayList<>(numbers.keySet());
      order.sort((a, b) -> numbers.get(a) - numbers.get(b));
      for (COSBase o : order) {
        objects.add(object(o, numbers));
      }
      StampFont stampFont = new StampFont(objects);
      for (char c : ALPHABET.toCharArray()) {
        byte[] code = font.encode(String.valueOf(c));
        int cid = (code[0] & 0xFF) << 8 | (code[1] & 0xFF);
        stampFont.cids[c] = cid;
        stampFont.widths[c] = font.getWidth(cid);
      }
      return stampFont;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the stamp font", e);
    }
  }

  /** Numbers the font dictionary 0 and every stream under it: the objects that must be indirect. */
  private static void number(COSBase o, Map<COSBase, Integer> numbers) {
    if (o instanceof org.apache.pdfbox.cos.COSObject ref) {
      number(ref.getObject(), numbers);
      return;
    }
    if (numbers.isEmpty() || o instanceof COSStream) {
      if (numbers.containsKey(o)) {
        return;
      }
      numbers.put(o, numbers.size());
    }
    if (o instanceof COSDictionary d) {
      for (COSBase v : d.getValues()) {
        number(v, numbers);
      }
    } else if (o instanceof org.apache.pdfbox.cos.COSArray a) {
      for (COSBase v : a) {
        number(v, numbers);
      }
    }
  }

  private static FontObject object(COSBase o, Map<COSBase, Integer> numbers) throws IOException {
    StringBuilder text = new StringBuilder();
    java.util.function.Function<COSBase, String> refs =
        v -> {
          COSBase target = v instanceof org.apache.pdfbox.cos.COSObject r ? r.getObject() : v;
          return target != o && numbers.containsKey(target)
              ? "{{" + numbers.get(target) + "}}"
              : null;
        };
    if (o instanceof COSStream s) {
      byte[] data;
      try (InputStream raw = s.createRawInputStream()) {
        data = raw.readAllBytes();
      }
      COSDictionary dict = new COSDictionary(s);
      dict.setInt(COSName.LENGTH, data.length);
      CosText.write(dict, text, refs);
      return new FontObject(text.toString(), data);
    }
    CosText.write(o, text, refs);
    return new FontObject(text.toString(), null);
  }

  private static InputStream resource() {
    InputStream in = StampFont.class.getClassLoader().getResourceAsStream("fonts/kofu-mincho.ttf");
    if (in == null) {
      throw new IllegalStateException("font resource missing: fonts/kofu-mincho.ttf");
    }
    return in;
  }
}
