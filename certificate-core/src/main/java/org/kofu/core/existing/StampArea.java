package org.kofu.core.existing;

/**
 * Where the issuance prints one field on one page of a foreign body, in PDF default user space
 * (points, origin bottom left), as the existing system declares it in {@code X-Stamp-Areas}.
 *
 * @param page 1-based page number
 */
public record StampArea(int page, Field field, float x, float y, float width, float height) {

  /** What goes into an area: the wire names are the spec's. */
  public enum Field {
    ISSUE_DATE("issueDate"),
    CERTIFICATE_NUMBER("certificateNumber");

    private final String wireName;

    Field(String wireName) {
      this.wireName = wireName;
    }

    public String wireName() {
      return wireName;
    }

    /**
     * @throws IllegalArgumentException for a name the spec does not define
     */
    public static Field ofWireName(String name) {
      for (Field f : values()) {
        if (f.wireName.equals(name)) {
          return f;
        }
      }
      throw new IllegalArgumentException("unknown stamp field");
    }
  }
}
