package org.kofu.cache.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;

/**
 * PDF-like certificate bodies with uncompressed streams: a large part every body shares (an
 * embedded font program, the template's layout) and a small part that is one person's (text, glyph
 * ids).
 */
public final class SyntheticBodies {

  private static final String[] FAMILY = {"函館", "佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "山本"};
  private static final String[] GIVEN = {"太郎", "花子", "一郎", "美咲", "健太", "陽菜", "翔", "結衣"};
  private static final String[] TOWN = {"五稜郭町", "本町", "湯川町", "美原", "昭和", "桔梗町"};
  private static final byte[] FONT = font();
  private static final byte[] TEMPLATE = template();

  private SyntheticBodies() {}

  public static String nameOf(int person) {
    return FAMILY[person % FAMILY.length] + " " + GIVEN[(person / FAMILY.length) % GIVEN.length];
  }

  /** One person's body: about 70 KB, of which about 2 KB is particular to the person. */
  public static byte[] body(int person) {
    Random random = new Random(person);
    String address =
        "北海道函館市"
            + TOWN[random.nextInt(TOWN.length)]
            + (1 + random.nextInt(40))
            + "番"
            + (1 + random.nextInt(30))
            + "号";
    String text =
        "氏名 "
            + nameOf(person)
            + " 住所 "
            + address
            + " 生年月日 昭和"
            + (20 + random.nextInt(40))
            + "年"
            + (1 + random.nextInt(12))
            + "月"
            + (1 + random.nextInt(28))
            + "日 宛名番号 A"
            + person;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(TEMPLATE);
    out.writeBytes(
        "4 0 obj << /Length 0 >> stream\nBT /F1 10.5 Tf 72 700 Td <"
            .getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(
        HexFormat.of()
            .formatHex(text.getBytes(StandardCharsets.UTF_16BE))
            .getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(
        "> Tj ET\nendstream endobj\n5 0 obj << /Title (".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(
        ") >> endobj\n6 0 obj << /Subtype /CIDFontType2 /Length1 0 >> stream\n"
            .getBytes(StandardCharsets.US_ASCII));
    for (char c : text.toCharArray()) {
      int offset = (c * 131) % (FONT.length - 96);
      out.write(FONT, offset, 96);
    }
    out.writeBytes(FONT);
    out.writeBytes("\nendstream endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private static byte[] font() {
    byte[] font = new byte[48 * 1024];
    new Random(42).nextBytes(font);
    return font;
  }

  private static byte[] template() {
    StringBuilder t =
        new StringBuilder("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
    t.append("2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page ");
    t.append("/MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n7 0 obj << /Length 0 >> stream\n");
    for (int row = 0; row < 120; row++) {
      t.append("q 0.5 w ").append(40 + row % 7).append(' ').append(800 - row * 6);
      t.append(" m 555 ").append(800 - row * 6).append(" l S Q\n");
      t.append("BT /F1 9 Tf ").append(48).append(' ').append(795 - row * 6);
      t.append(" Td (").append("住民票の写し 世帯主 続柄 本籍 筆頭者 住所を定めた年月日 ".repeat(1)).append(row);
      t.append(") Tj ET\n");
    }
    t.append("endstream endobj\n");
    return t.toString().getBytes(StandardCharsets.UTF_8);
  }
}
