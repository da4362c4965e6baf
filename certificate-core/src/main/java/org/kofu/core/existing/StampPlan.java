package org.kofu.core.existing;

import java.util.List;

/**
 * Everything the incremental update of one checked body needs except the date and the number,
 * worked out once when the body is checked, so that stamping is appending bytes: the stamp font's
 * objects, then per page a content stream with the two texts and a new revision of the page object
 * that draws it, then a cross-reference section chained to the body's own.
 *
 * @param fixedObjects the complete objects numbered from {@code firstNumber}: the stamp font's and
 *     the shared {@code q} stream that opens every page's contents
 * @param firstNumber the first object number the update adds (the body's trailer {@code /Size})
 * @param pages per page, in page order
 * @param trailerEntries {@code /Root}, {@code /Info} and {@code /ID} of the body's trailer, written
 * @param previousXref the body's {@code startxref}: the new section's {@code /Prev}
 * @param newlineFirst whether the body does not end with an end-of-line
 */
record StampPlan(
    byte[] fixedObjects,
    int[] fixedOffsets,
    int firstNumber,
    List<PagePlan> pages,
    String trailerEntries,
    long previousXref,
    boolean newlineFirst) {

  /**
   * One page.
   *
   * @param objectNumber the page object's number, which the new revision keeps
   * @param generation its generation
   * @param pageObject the new revision, complete, whose contents end with the stamp stream
   * @param areas where to draw, in the page's default user space
   */
  record PagePlan(int objectNumber, int generation, byte[] pageObject, List<StampArea> areas) {}

  /** The object number of page {@code index}'s stamp content stream. */
  int stampStreamNumber(int index) {
    return firstNumber + fixedOffsets.length + index;
  }

  /** The trailer's new {@code /Size}. */
  int newSize() {
    return firstNumber + fixedOffsets.length + pages.size();
  }
}
