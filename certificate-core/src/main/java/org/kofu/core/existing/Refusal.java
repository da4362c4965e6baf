package org.kofu.core.existing;

/** Why {@link ForeignBodyCheck} refuses a foreign PDF: logged and counted by this kind only. */
public enum Refusal {
  /** It does not parse as a PDF (or is encrypted, or has no page). */
  NOT_PDF,
  /** A page's media box is not A4 (portrait or landscape, within 3 pt). */
  PAGE_NOT_A4,
  /** A font it uses is not embedded, or it uses none: the kiosk prints only what is embedded. */
  NO_EMBEDDED_FONT,
  /** A page lacks its certificateNumber area, no page has an issueDate area, or one is off page. */
  STAMP_AREA_MISSING,
  /** Its source versions are missing or are not the rows' versions now. */
  VERSIONS_DIFFER,
  /** It names another subject, or its source rows are not the requested person's. */
  WRONG_SUBJECT,
  /** It parses, but its objects cannot take an incremental update (no object keys). */
  UNSTAMPABLE
}
