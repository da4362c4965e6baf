package org.kofu.relay.support;

/** Request bodies of the contract, as the center sends them. */
public final class Requests {

  private Requests() {}

  public static String menu(String requestId, String juminhyoCode) {
    return """
        {"requestId":"%s","municipalityCode":"012025","juminhyoCode":"%s",
         "kioskId":"K-0001","requestedAt":"2026-11-25T10:00:00+09:00"}"""
        .formatted(requestId, juminhyoCode);
  }

  public static String certificate(String requestId, String juminhyoCode, String type) {
    return certificate(requestId, juminhyoCode, type, "{}");
  }

  public static String certificate(
      String requestId, String juminhyoCode, String type, String options) {
    return """
        {"requestId":"%s","municipalityCode":"012025","juminhyoCode":"%s",
         "certificateType":"%s","options":%s,"copies":1,"kioskId":"K-0001",
         "requestedAt":"2026-11-25T10:00:00+09:00"}"""
        .formatted(requestId, juminhyoCode, type, options);
  }

  public static String result(String outcome) {
    return """
        {"outcome":"%s","pagesPrinted":1,"reportedAt":"2026-11-25T10:00:05+09:00"}"""
        .formatted(outcome);
  }
}
