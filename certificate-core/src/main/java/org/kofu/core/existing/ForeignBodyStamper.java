package org.kofu.core.existing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.kofu.wareki.Wareki;

/**
 * Prints the 証明日 (和暦, as the project's own certificates) and the 発行番号 into a checked body's stamp
 * areas, in the project's Mincho, by an incremental update: the body's bytes stay as they are and a
 * few objects follow them ({@link StampPlan}). The text is real text (Identity-H with a ToUnicode
 * map), so the stamped PDF's text layer reads the date and the number.
 */
public final class ForeignBodyStamper {

  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

  /**
   * @param certificateNumber the 発行番号, {@code [0-9A-Z-]} only
   */
  public byte[] stamp(CheckedBody body, LocalDate issueDate, String certificateNumber) {
    String date = Wareki.format(issueDate);
    StampFont font = StampFont.shared();
    check(date, font);
    check(certificateNumber, font);
    StampPlan plan = body.plan();
    byte[] pdf = body.pdf();
    ByteArrayOutputStream out =
        new ByteArrayOutputStream(
            pdf.length + plan.fixedObjects().length + 1024 * plan.pages().size());
    out.writeBytes(pdf);
    if (plan.newlineFirst()) {
      out.write('\n');
    }
    int fixedAt = out.size();
    out.writeBytes(plan.fixedObjects());
    long[] streamOffsets = new long[plan.pages().size()];
    long[] pageOffsets = new long[plan.pages().size()];
    for (int i = 0; i < plan.pages().size(); i++) {
      StampPlan.PagePlan page = plan.pages().get(i);
      streamOffsets[i] = out.size();
      byte[] content = content(page, date, certificateNumber, font);
      StampPlanner.writeObject(
          out, plan.stampStreamNumber(i), 0, "<</Length " + content.length + ">>", content);
      pageOffsets[i] = out.size();
      out.writeBytes(page.pageObject());
    }
    long xref = out.size();
    out.writeBytes(xref(plan, fixedAt, streamOffsets, pageOffsets, xref));
    return out.toByteArray();
  }

  private static byte[] content(
      StampPlan.PagePlan page, String date, String number, StampFont font) {
    StringBuilder s = new StringBuilder(160 * page.areas().size() + 8).append("Q q 0 g\n");
    for (StampArea area : page.areas()) {
      String text = area.field() == StampArea.Field.ISSUE_DATE ? date : number;
      float em = 0;
      for (int i = 0; i < text.length(); i++) {
        em += font.width(text.charAt(i)) / 1000f;
      }
      float size = Math.min(area.height() * 0.8f, em == 0 ? area.height() : area.width() / em);
      float baseline = area.y() + (area.height() - size) / 2 + size * 0.12f;
      s.append("BT /").append(StampPlanner.FONT_NAME).append(' ');
      decimal(size, s).append(" Tf 1 0 0 1 ");
      decimal(area.x(), s).append(' ');
      decimal(baseline, s).append(" Tm <");
      for (int i = 0; i < text.length(); i++) {
        int cid = font.cid(text.charAt(i));
        s.append((char) HEX[cid >> 12 & 15]).append((char) HEX[cid >> 8 & 15]);
        s.append((char) HEX[cid >> 4 & 15]).append((char) HEX[cid & 15]);
      }
      s.append("> Tj ET\n");
    }
    return s.append('Q').toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** Two decimals, without the cost of a formatter. */
  private static StringBuilder decimal(float value, StringBuilder s) {
    long hundredths = Math.round(value * 100.0);
    if (hundredths < 0) {
      s.append('-');
      hundredths = -hundredths;
    }
    s.append(hundredths / 100).append('.');
    long rest = hundredths % 100;
    return s.append(rest < 10 ? "0" : "").append(rest);
  }

  private static byte[] xref(StampPlan plan, int fixedAt, long[] streams, long[] pages, long at) {
    int fixedCount = plan.fixedOffsets().length;
    StringBuilder s = new StringBuilder(64 + 24 * (fixedCount + 3 * pages.length));
    s.append("xref\n");
    Integer[] order = new Integer[pages.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(
        order, (a, b) -> plan.pages().get(a).objectNumber() - plan.pages().get(b).objectNumber());
    for (int i : order) {
      StampPlan.PagePlan page = plan.pages().get(i);
      s.append(page.objectNumber()).append(" 1\n");
      entry(pages[i], page.generation(), s);
    }
    s.append(plan.firstNumber()).append(' ').append(fixedCount + pages.length).append('\n');
    for (int offset : plan.fixedOffsets()) {
      entry(fixedAt + offset, 0, s);
    }
    for (long offset : streams) {
      entry(offset, 0, s);
    }
    s.append("trailer\n<</Size ").append(plan.newSize()).append(plan.trailerEntries());
    s.append("/Prev ").append(plan.previousXref()).append(">>\nstartxref\n");
    s.append(at).append("\n%%EOF\n");
    return s.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static void entry(long offset, int generation, StringBuilder s) {
    String o = Long.toString(offset);
    s.append("0000000000", o.length(), 10).append(o).append(' ');
    String g = Integer.toString(generation);
    s.append("00000", g.length(), 5).append(g).append(" n\r\n");
  }

  private static void check(String text, StampFont font) {
    for (int i = 0; i < text.length(); i++) {
      font.cid(text.charAt(i));
    }
  }
}
