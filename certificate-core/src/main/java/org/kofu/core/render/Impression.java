package org.kofu.core.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import javax.imageio.ImageIO;

/**
 * Places a seal impression on a canvas as large as the template's frame so that it prints at the
 * size it was scanned at: the PNG's pHYs resolution, 300 dpi when it has none.
 */
final class Impression {

  static final int FRAME_POINTS = 100;
  private static final double CANVAS_DPI = 300;
  private static final double DEFAULT_DPI = 300;

  private Impression() {}

  static BufferedImage atTrueSize(byte[] png) {
    BufferedImage source;
    try {
      source = ImageIO.read(new ByteArrayInputStream(png));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (source == null) {
      throw new IllegalArgumentException("seal impression is not an image");
    }
    int side = (int) Math.round(FRAME_POINTS / 72.0 * CANVAS_DPI);
    double scale = CANVAS_DPI / dpi(png);
    int w = (int) Math.round(source.getWidth() * scale);
    int h = (int) Math.round(source.getHeight() * scale);
    if (w > side || h > side) {
      throw new IllegalArgumentException("seal impression larger than its frame");
    }
    BufferedImage canvas = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = canvas.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g.drawImage(source, (side - w) / 2, (side - h) / 2, w, h, null);
    g.dispose();
    return canvas;
  }

  /** The horizontal resolution from the pHYs chunk (pixels per metre), if the PNG has one. */
  static double dpi(byte[] png) {
    ByteBuffer b = ByteBuffer.wrap(png);
    int at = 8;
    while (at + 8 <= png.length) {
      int length = b.getInt(at);
      String type = new String(png, at + 4, 4, java.nio.charset.StandardCharsets.US_ASCII);
      if ("pHYs".equals(type) && length >= 9 && png[at + 16] == 1) {
        return b.getInt(at + 8) * 0.0254;
      }
      if ("IDAT".equals(type) || length < 0) {
        break;
      }
      at += 12 + length;
    }
    return DEFAULT_DPI;
  }
}
