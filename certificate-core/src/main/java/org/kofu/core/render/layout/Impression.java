package org.kofu.core.render.layout;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Dimension2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.DimensionRenderable;
import net.sf.jasperreports.renderers.SimpleDataRenderer;

/**
 * A seal impression (印影) for the template's frame, printed at the size it was scanned at: the PNG's
 * pHYs resolution, 300 dpi when it has none. Re-encoded once as a JPEG on white, because OpenPDF
 * embeds JPEG data as it is but decodes and re-encodes a PNG pixel by pixel.
 */
final class Impression extends SimpleDataRenderer implements DimensionRenderable {

  static final double FRAME_POINTS = 100;
  private static final double DEFAULT_DPI = 300;

  private final Dimension2D size;

  private Impression(byte[] jpeg, double width, double height) {
    super(jpeg);
    this.size = new Points(width, height);
  }

  static Impression atTrueSize(byte[] png) {
    BufferedImage source = read(png);
    double dpi = dpi(png);
    double width = source.getWidth() / dpi * 72;
    double height = source.getHeight() / dpi * 72;
    if (width > FRAME_POINTS || height > FRAME_POINTS) {
      throw new IllegalArgumentException("seal impression larger than its frame");
    }
    int side = (int) Math.round(FRAME_POINTS / 72 * dpi);
    BufferedImage canvas = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = canvas.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, side, side);
    g.drawImage(source, (side - source.getWidth()) / 2, (side - source.getHeight()) / 2, null);
    g.dispose();
    return new Impression(jpeg(canvas), width, height);
  }

  /** The impression's own size in points (the canvas is the frame's). */
  @Override
  public Dimension2D getDimension(JasperReportsContext context) {
    return size;
  }

  /** The horizontal resolution from the pHYs chunk (pixels per metre), if the PNG has one. */
  static double dpi(byte[] png) {
    ByteBuffer b = ByteBuffer.wrap(png);
    int at = 8;
    while (at + 8 <= png.length) {
      int length = b.getInt(at);
      String type = new String(png, at + 4, 4, StandardCharsets.US_ASCII);
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

  private static BufferedImage read(byte[] png) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      if (image == null) {
        throw new IllegalArgumentException("seal impression is not an image");
      }
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] jpeg(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(0.95f);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(stream);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  /** A size in points. */
  private static final class Points extends Dimension2D {
    private double width;
    private double height;

    Points(double width, double height) {
      this.width = width;
      this.height = height;
    }

    @Override
    public double getWidth() {
      return width;
    }

    @Override
    public double getHeight() {
      return height;
    }

    @Override
    public void setSize(double width, double height) {
      this.width = width;
      this.height = height;
    }
  }
}
