package org.kofu.core.render.layout;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;
import org.kofu.wareki.Wareki;

/**
 * Collects a certificate's rows, passing every printed text through {@code coverage}: the glyph
 * coverage check when rendering, a collector when only asking what a certificate prints.
 */
final class Rows {

  /** Takes a printed text and where it comes from; gives the text to draw. */
  private final BinaryOperator<String> coverage;

  /** Whether images are made: not when only the texts are asked for. */
  private final boolean images;

  private final List<Row> rows = new ArrayList<>();

  Rows(BinaryOperator<String> coverage, boolean images) {
    this.coverage = coverage;
    this.images = images;
  }

  /** The source of a text already passed through the coverage ({@link #checked}). */
  static final String PREPARED = "(prepared)";

  /** A text passed through the coverage, for a field printed from more than one column. */
  String checked(String text, String source) {
    return text == null ? null : coverage.apply(text, source);
  }

  private String cover(String text, String source) {
    return PREPARED.equals(source) ? text : coverage.apply(text, source);
  }

  /** A heading of the template's own wording (no register data). */
  Rows heading(String text) {
    rows.add(new Row("H", "", coverage.apply(text, "heading"), null));
    return this;
  }

  /** A label and its value; a null or empty value prints no row. */
  Rows field(String label, String value, String source) {
    if (value == null || value.isEmpty()) {
      return this;
    }
    rows.add(new Row("F", label, cover(value, source), null));
    return this;
  }

  /** A compact field across the page (世帯連記式); a null or empty value prints no row. */
  Rows compact(String label, String value, String source) {
    if (value == null || value.isEmpty()) {
      return this;
    }
    rows.add(new Row("C", label, cover(value, source), null));
    return this;
  }

  /** Two compact fields side by side; the second may be absent (null label). */
  Rows pair(String label, String value, String source, String label2, String value2, String s2) {
    rows.add(
        new Row(
            "G",
            label,
            cover(value, source),
            null,
            label2,
            label2 == null ? null : cover(value2, s2)));
    return this;
  }

  /** A member's heading in a compact form. */
  Rows member(String text) {
    rows.add(new Row("M", "", coverage.apply(text, "heading"), null));
    return this;
  }

  /** The next rows begin a new page. */
  Rows pageBreak() {
    rows.add(new Row("P", "", null, null));
    return this;
  }

  Rows date(String label, LocalDate date, String source) {
    return date == null ? this : field(label, Wareki.format(date), source);
  }

  Rows amount(String label, long yen) {
    rows.add(new Row("A", label, yen(yen), null));
    return this;
  }

  Rows count(String label, String value) {
    rows.add(new Row("A", label, value, null));
    return this;
  }

  Rows image(String label, Supplier<Object> image) {
    rows.add(new Row("I", label, null, images ? image.get() : null));
    return this;
  }

  List<Row> build() {
    return List.copyOf(rows);
  }

  static String yen(long yen) {
    return NumberFormat.getIntegerInstance(Locale.JAPAN).format(yen) + "円";
  }
}
