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
   * The image's bytes, checked to be an image. Prefer a JPEG: OpenPDF embeds JPEG data as it is,
   * while it decodes and re-encodes a PNG for every document (a tenth of the export time).
   */
  static byte[] load(String location) {
    byte[] image = bytes(location);
    try {
      if (ImageIO.read(new ByteArrayInputStream(image)) == null) {
        throw new IllegalArgumentException("city seal is not an image: " + location);
      }
      return image;
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
