package org.kofu.core.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Loads the city seal (公印) once: {@code classpath:} resources or file paths. */
final class CitySeal {

  private CitySeal() {}

  /**
   * The PNG's bytes, checked to be an image. Bytes rather than a decoded image: OpenPDF embeds an
   * opaque PNG's compressed data as it is, where a decoded image is compressed again per document.
   */
  static byte[] load(String location) {
    byte[] png = bytes(location);
    try {
      if (ImageIO.read(new ByteArrayInputStream(png)) == null) {
        throw new IllegalArgumentException("city seal is not an image: " + location);
      }
      return png;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(String location) {
    try {
      if (location.startsWith("classpath:")) {
        String name = location.substring("classpath:".length()).replaceFirst("^/", "");
        try (InputStream in = CitySeal.class.getClassLoader().getResourceAsStream(name)) {
          if (in == null) {
            throw new IllegalArgumentException("city seal not found: " + location);
          }
          return in.readAllBytes();
        }
      }
      return Files.readAllBytes(Path.of(location.replaceFirst("^file:", "")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
