package org.kofu.relay.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** A city seal that is not the demo's: a red square, as a JPEG file. */
public final class TestSeal {

  private TestSeal() {}

  public static Path write(Path file) {
    BufferedImage image = new BufferedImage(120, 120, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 120, 120);
    g.setColor(new Color(200, 30, 30));
    g.fillRect(8, 8, 104, 104);
    g.dispose();
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      ImageIO.write(image, "jpg", file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file.toAbsolutePath();
  }
}
