package org.kofu.relay.kiosk.load;

import java.util.List;

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
        new MixEntry("SHOTOKU_KAZEI", "{}", 15, true),
        new MixEntry("KOSEKI_ZENBU", "{}", 10, true),
        new MixEntry("JUMINHYO_KISAI", "{}", 6, false),
        new MixEntry("JUMINHYO", "{\"honseki\":true}", 5, false),
        new MixEntry("KOSEKI_KOJIN", "{}", 5, false),
        new MixEntry("KOSEKI_FUHYO", "{}", 4, false));
  }

  boolean resident() {
    return !type.startsWith("KOSEKI_");
  }

  @Override
  public String toString() {
    return type + options;
  }
}
