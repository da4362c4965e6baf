package org.kofu.core.existing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Works out a checked body's {@link StampPlan} from its parsed document. */
final class StampPlanner {

  static final String FONT_NAME = "KofuStamp";

  private StampPlanner() {}

  /**
   * @throws IllegalArgumentException when the body's objects cannot be revised (no object key)
   */
  static StampPlan plan(PDDocument doc, byte[] pdf, List<StampArea> areas) {
    COSDictionary trailer = doc.getDocument().getTrailer();
    int first = trailer.getInt(COSName.SIZE);
    if (first <= 0) {
      throw new IllegalArgumentException("no trailer size");
    }
    List<StampFont.FontObject> font = StampFont.shared().objects();
    int qNumber = first + font.size();
    ByteArrayOutputStream fixed = new ByteArrayOutputStream();
    int[] offsets = new int[font.size() + 1];
    for (int i = 0; i < font.size(); i++) {
      offsets[i] = fixed.size();
      StampFont.FontObject o = font.get(i);
      String text = o.text();
      for (int j = font.size() - 1; j >= 0; j--) {
        text = text.replace("{{" + j + "}}", (first + j) + " 0 R");
      }
      writeObject(fixed, first + i, 0, text, o.data());
    }
    offsets[font.size()] = fixed.size();
    writeObject(fixed, qNumber, 0, "<</Length 2>>", "q\n".getBytes(StandardCharsets.US_ASCII));
    List<StampPlan.PagePlan> pages = new ArrayList<>();
    int index = 0;
    for (PDPage page : doc.getPages()) {
      int stampNumber = first + offsets.length + index;
      int pageNo = ++index;
      List<StampArea> pageAreas = areas.stream().filter(a -> a.page() == pageNo).toList();
      pages.add(page(page, first, qNumber, stampNumber, pageAreas));
    }
    return new StampPlan(
        fixed.toByteArray(),
        offsets,
        first,
        pages,
        trailerEntries(trailer),
        startxref(pdf),
        pdf.length == 0 || pdf[pdf.length - 1] != '\n');
  }

  private static StampPlan.PagePlan page(
      PDPage page, int fontNumber, int qNumber, int stampNumber, List<StampArea> areas) {
    COSDictionary dict = page.getCOSObject();
    COSObjectKey key = dict.getKey();
    if (key == null) {
      throw new IllegalArgumentException("a page without object key");
    }
    Function<COSBase, String> refs = StampPlanner::reference;
    StringBuilder text = new StringBuilder("<<");
    for (Map.Entry<COSName, COSBase> e : dict.entrySet()) {
      if (!e.getKey().equals(COSName.CONTENTS) && !e.getKey().equals(COSName.RESOURCES)) {
        CosText.name(e.getKey(), text);
        text.append(' ');
        CosText.write(e.getValue(), text, refs);
      }
    }
    text.append("/Contents [").append(qNumber).append(" 0 R");
    for (COSBase content : contents(dict)) {
      text.append(' ');
      CosText.write(content, text, refs);
    }
    text.append(' ').append(stampNumber).append(" 0 R]/Resources ");
    resources(page, fontNumber, text);
    text.append(">>");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeObject(out, (int) key.getNumber(), key.getGeneration(), text.toString(), null);
    return new StampPlan.PagePlan(
        (int) key.getNumber(), key.getGeneration(), out.toByteArray(), areas);
  }

  private static List<COSBase> contents(COSDictionary page) {
    COSBase raw = page.getItem(COSName.CONTENTS);
    COSBase target = raw instanceof COSObject o ? o.getObject() : raw;
    List<COSBase> list = new ArrayList<>();
    if (target instanceof COSArray array) {
      for (int i = 0; i < array.size(); i++) {
        list.add(array.get(i));
      }
    } else if (target instanceof COSStream) {
      list.add(raw);
    }
    return list;
  }

  /** The page's effective resources, written whole, with the stamp font added to its fonts. */
  private static void resources(PDPage page, int fontNumber, StringBuilder text) {
    COSDictionary resources = page.getResources().getCOSObject();
    Function<COSBase, String> refs = StampPlanner::reference;
    text.append("<<");
    for (Map.Entry<COSName, COSBase> e : resources.entrySet()) {
      if (!e.getKey().equals(COSName.FONT)) {
        CosText.name(e.getKey(), text);
        text.append(' ');
        CosText.write(e.getValue(), text, refs);
      }
    }
    text.append("/Font <<");
    COSBase fonts = resources.getDictionaryObject(COSName.FONT);
    if (fonts instanceof COSDictionary fontDict) {
      for (Map.Entry<COSName, COSBase> e : fontDict.entrySet()) {
        if (!e.getKey().getName().equals(FONT_NAME)) {
          CosText.name(e.getKey(), text);
          text.append(' ');
          CosText.write(e.getValue(), text, refs);
        }
      }
    }
    text.append('/').append(FONT_NAME).append(' ').append(fontNumber).append(" 0 R>>>>");
  }

  /** An indirect object's reference; null for a direct one, written in place. */
  private static String reference(COSBase value) {
    if (value == null) {
      return null;
    }
    COSObjectKey key = value instanceof COSObject o ? o.getKey() : value.getKey();
    return key == null ? null : key.getNumber() + " " + key.getGeneration() + " R";
  }

  private static String trailerEntries(COSDictionary trailer) {
    StringBuilder text = new StringBuilder();
    for (COSName name : List.of(COSName.ROOT, COSName.INFO, COSName.ID)) {
      COSBase value = trailer.getItem(name);
      if (value != null) {
        CosText.name(name, text);
        text.append(' ');
        CosText.write(value, text, StampPlanner::reference);
      }
    }
    return text.toString();
  }

  /** The offset the body's last {@code startxref} names. */
  static long startxref(byte[] pdf) {
    byte[] keyword = "startxref".getBytes(StandardCharsets.US_ASCII);
    for (int at = pdf.length - keyword.length; at >= Math.max(0, pdf.length - 2048); at--) {
      if (matches(pdf, at, keyword)) {
        int i = at + keyword.length;
        while (i < pdf.length && (pdf[i] == ' ' || pdf[i] == '\r' || pdf[i] == '\n')) {
          i++;
        }
        long value = 0;
        int digits = 0;
        while (i < pdf.length && pdf[i] >= '0' && pdf[i] <= '9' && digits < 19) {
          value = value * 10 + (pdf[i++] - '0');
          digits++;
        }
        if (digits > 0) {
          return value;
        }
      }
    }
    throw new IllegalArgumentException("no startxref");
  }

  private static boolean matches(byte[] pdf, int at, byte[] keyword) {
    for (int k = 0; k < keyword.length; k++) {
      if (pdf[at + k] != keyword[k]) {
        return false;
      }
    }
    return true;
  }

  static void writeObject(
      ByteArrayOutputStream out, int number, int generation, String dict, byte[] stream) {
    out.writeBytes(
        (number + " " + generation + " obj\n" + dict).getBytes(StandardCharsets.ISO_8859_1));
    if (stream != null) {
      out.writeBytes("\nstream\n".getBytes(StandardCharsets.US_ASCII));
      out.writeBytes(stream);
      out.writeBytes("\nendstream".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes("\nendobj\n".getBytes(StandardCharsets.US_ASCII));
  }
}
