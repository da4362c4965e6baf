package org.kofu.demodata.generate;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Seal impressions (印影): a red circle of about 15 mm with the surname written vertically, as a PNG
 * whose pHYs chunk says 300 dpi so that it prints at true size. Impressions are kept per surname
 * and style: drawing one per registration would dominate a 300,000-resident load.
 */
public final class SealImpressions {

  public static final int DPI = 300;

  /** 15 mm at 300 dpi. */
  public static final int SIZE_PX = (int) Math.round(15 / 25.4 * DPI);

  private static final Color VERMILION = new Color(0xD0, 0x20, 0x20);
  private static final String FONT = "IPAexMincho";

  private final Map<String, byte[]> cache = new HashMap<>();
  private final String family = fontFamily();

  /** The PNG of {@code surname}'s seal in one of a few styles (stroke width, size). */
  public byte[] png(String surname, int style) {
    return cache.computeIfAbsent(surname + "#" + style, k -> draw(surname, style)).clone();
  }

  private byte[] draw(String surname, int style) {
    BufferedImage img = new BufferedImage(SIZE_PX, SIZE_PX, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(VERMILION);
      float stroke = 6f + 2f * (style % 3);
      int inset = (int) stroke / 2 + 2 * (style % 2);
      g.setStroke(new BasicStroke(stroke));
      g.drawOval(inset, inset, SIZE_PX - 2 * inset - 1, SIZE_PX - 2 * inset - 1);
      drawVertical(g, surname, inset + (int) stroke);
    } finally {
      g.dispose();
    }
    return encode(img);
  }

  private void drawVertical(Graphics2D g, String text, int margin) {
    // a variation selector has no glyph of its own; the base character is drawn
    int[] chars = text.codePoints().filter(c -> c < 0xE0100 || c > 0xE01EF).toArray();
    int inner = SIZE_PX - 2 * margin;
    int fontSize = Math.min(inner * 9 / 10, inner * 9 / 10 / Math.max(1, chars.length) + 8);
    g.setFont(new Font(family, Font.BOLD, fontSize));
    int step = Math.min(fontSize, inner / Math.max(1, chars.length));
    int top = (SIZE_PX - step * chars.length) / 2;
    for (int i = 0; i < chars.length; i++) {
      String ch = new String(Character.toChars(chars[i]));
      int w = g.getFontMetrics().stringWidth(ch);
      g.drawString(ch, (SIZE_PX - w) / 2, top + step * (i + 1) - step / 8);
    }
  }

  private static byte[] encode(BufferedImage img) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
      IIOMetadata meta =
          writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), null);
      meta.mergeTree("javax_imageio_png_1.0", physChunk());
      writer.setOutput(ios);
      writer.write(new IIOImage(img, null, meta));
      ios.flush();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
  }

  private static IIOMetadataNode physChunk() {
    String perMetre = Integer.toString((int) Math.round(DPI / 0.0254));
    IIOMetadataNode phys = new IIOMetadataNode("pHYs");
    phys.setAttribute("pixelsPerUnitXAxis", perMetre);
    phys.setAttribute("pixelsPerUnitYAxis", perMetre);
    phys.setAttribute("unitSpecifier", "meter");
    IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
    root.appendChild(phys);
    return root;
  }

  private static String fontFamily() {
    String[] names =
        GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
    return Arrays.asList(names).contains(FONT) ? FONT : Font.SERIF;
  }
}
