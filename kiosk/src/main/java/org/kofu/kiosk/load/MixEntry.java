package org.kofu.kiosk.load;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One kind of kiosk request in a load mix.
 *
 * @param type the contract's {@code certificateType}
 * @param options the {@code options} object as JSON
 * @param weight relative frequency in the mix
 * @param pregenerated whether the batch pre-generates this variant (else rendered on demand the
 *     first time it is asked for a person)
 */
public record MixEntry(String type, String options, int weight, boolean pregenerated) {

  /**
   * 80% variants the batch pre-generates (batch-jobs' default variants), 20% variants it does not.
   */
  public static List<MixEntry> standard() {
    return List.of(
        new MixEntry("JUMINHYO", "{}", 30, true),
        new MixEntry("JUMINHYO", "{\"scope\":\"HOUSEHOLD\"}", 10, true),
        new MixEntry("INKAN", "{}", 15, true),
        new MixEntry("SHOTOKU_KAZEI", "{}", 7, true),
        new MixEntry("SHOTOKU", "{}", 4, true),
        new MixEntry("KAZEI", "{}", 4, true),
        new MixEntry("KOSEKI_ZENBU", "{}", 10, true),
        new MixEntry("JUMINHYO_KISAI", "{}", 6, false),
        new MixEntry("JUMINHYO", "{\"honseki\":true}", 5, false),
        new MixEntry("KOSEKI_KOJIN", "{}", 5, false),
        new MixEntry("KOSEKI_FUHYO", "{}", 4, false));
  }

  boolean resident() {
    return !type.startsWith("KOSEKI_");
  }

  /** The {@code scope} option, with the contract's default SELF. */
  String scope() {
    Matcher m = Pattern.compile("\"scope\"\\s*:\\s*\"([A-Z]+)\"").matcher(options);
    return m.find() ? m.group(1) : "SELF";
  }

  /** A 住民票 of the whole household. */
  boolean household() {
    return type.startsWith("JUMINHYO") && "HOUSEHOLD".equals(scope());
  }

  /** A 戸籍 certificate that lists every member of the register. */
  boolean wholeRegister() {
    return "KOSEKI_ZENBU".equals(type) || ("KOSEKI_FUHYO".equals(type) && "ALL".equals(scope()));
  }

  /** 世帯主の氏名及び続柄 on a 住民票 (the contract's default: shown). */
  boolean householder() {
    return type.startsWith("JUMINHYO") && flag("householder", true);
  }

  /** 本籍及び筆頭者 on a 住民票 (default: not shown). */
  boolean honseki() {
    return type.startsWith("JUMINHYO") && flag("honseki", false);
  }

  private boolean flag(String name, boolean missing) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(true|false)").matcher(options);
    return m.find() ? Boolean.parseBoolean(m.group(1)) : missing;
  }

  @Override
  public String toString() {
    return type + options;
  }
}
