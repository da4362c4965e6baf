package org.kofu.demodata.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;

class SealImpressionsTests {

  @Test
  void impressionIsA15mmPngDeclaring300Dpi() throws Exception {
    // given
    byte[] png = new SealImpressions().png("佐藤", 0);

    // when
    ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
      reader.setInput(in);
      BufferedImage img = reader.read(0);
      IIOMetadataNode root =
          (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
      IIOMetadataNode phys = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);

      // then
      assertThat(img.getWidth()).isEqualTo(177).isEqualTo(img.getHeight());
      assertThat(phys.getAttribute("unitSpecifier")).isEqualTo("meter");
      assertThat(phys.getAttribute("pixelsPerUnitXAxis")).isEqualTo("11811");
      assertThat(redPixels(img)).isGreaterThan(500);
    } finally {
      reader.dispose();
    }
  }

  @Test
  void specialSpellingsAreDrawnToo() {
    for (String name : SpecialCharacterNames.ALL) {
      assertThat(new SealImpressions().png(name, 1)).isNotEmpty();
    }
  }

  private static int redPixels(BufferedImage img) {
    int n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int argb = img.getRGB(x, y);
        if ((argb >>> 24) > 128 && ((argb >> 16) & 0xff) > 150 && (argb & 0xff) < 100) {
          n++;
        }
      }
    }
    return n;
  }
}
