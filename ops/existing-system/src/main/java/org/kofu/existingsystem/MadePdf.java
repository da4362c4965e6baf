package org.kofu.existingsystem;

import java.util.List;
import java.util.Map;

/** A PDF the stand-in made, with the rows it read and the blank areas it left. */
record MadePdf(byte[] pdf, Map<String, Long> versions, List<Area> areas) {

  /** A stamp area as {@code X-Stamp-Areas} lists it. */
  record Area(int page, String field, float x, float y, float width, float height) {}
}
