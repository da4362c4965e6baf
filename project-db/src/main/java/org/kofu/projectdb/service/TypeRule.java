package org.kofu.projectdb.service;

import java.time.LocalTime;

/**
 * The rule of one certificate type: a stop switch, weekday-only service, and hours narrower than
 * the service's (null: the service's hours).
 */
public record TypeRule(
    String certificateType,
    boolean stopped,
    boolean weekdaysOnly,
    LocalTime opens,
    LocalTime closes,
    String note) {

  public static TypeRule open(String certificateType) {
    return new TypeRule(certificateType, false, false, null, null, "");
  }

  LocalTime opensOr(LocalTime serviceOpens) {
    return opens == null ? serviceOpens : opens;
  }

  LocalTime closesOr(LocalTime serviceCloses) {
    return closes == null ? serviceCloses : closes;
  }
}
