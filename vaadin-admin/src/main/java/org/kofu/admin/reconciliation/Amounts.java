package org.kofu.admin.reconciliation;

import com.vaadin.flow.component.Component;
import java.text.NumberFormat;
import java.util.Locale;

/** Counts and yen as the accounting clerks read them: digits grouped, a difference signed. */
final class Amounts {

  private Amounts() {}

  static String count(Long value) {
    return value == null ? "" : grouped(value);
  }

  /** {@code 12,300 円} (Japanese) or {@code ¥12,300} (English); empty for no value. */
  static String yen(Component in, Long value) {
    return value == null ? "" : sign(value, false) + in.getTranslation("recon.yen", grouped(value));
  }

  /** A difference: {@code +1}, {@code −1}, {@code 0}. */
  static String countDifference(Long value) {
    return value == null ? "" : sign(value, true) + grouped(value);
  }

  static String yenDifference(Component in, Long value) {
    return value == null ? "" : sign(value, true) + in.getTranslation("recon.yen", grouped(value));
  }

  private static String grouped(long value) {
    return NumberFormat.getIntegerInstance(Locale.JAPAN).format(Math.abs(value));
  }

  private static String sign(long value, boolean plus) {
    if (value < 0) {
      return "−";
    }
    return plus && value > 0 ? "+" : "";
  }
}
