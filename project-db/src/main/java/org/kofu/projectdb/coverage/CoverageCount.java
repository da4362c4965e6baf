package org.kofu.projectdb.coverage;

/**
 * A scan's count for one system and unit.
 *
 * @param unit {@code PERSON} or {@code REGISTER}
 * @param scanned how many the scan read
 * @param unprintable how many hold at least one character that cannot print
 * @param gaijiOnly how many print, but only through gaiji rows
 */
public record CoverageCount(
    String system, String unit, long scanned, long unprintable, long gaijiOnly) {

  public static final String PERSON = "PERSON";
  public static final String REGISTER = "REGISTER";
}
