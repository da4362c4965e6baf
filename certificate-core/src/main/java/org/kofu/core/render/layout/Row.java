package org.kofu.core.render.layout;

/**
 * One line of a certificate's body, as the template's detail bands draw it.
 *
 * @param kind H heading, F field, A amount, I image; the compact rows of a 世帯連記式 住民票: M a member's
 *     heading, C a field across the page, G two fields side by side (the second in {@code label2}
 *     and {@code value2}); P a page break
 */
public record Row(
    String kind, String label, String value, Object image, String label2, String value2) {

  public Row(String kind, String label, String value, Object image) {
    this(kind, label, value, image, null, null);
  }

  /** Whether {@code test} holds for a text value of this row. */
  public boolean anyValue(java.util.function.Predicate<String> test) {
    return value != null && test.test(value) || value2 != null && test.test(value2);
  }
}
