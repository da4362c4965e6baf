package org.kofu.core.certificate;

/**
 * The project's internal id of a person: a resident by 宛名番号, or someone whose 本籍 is here but who
 * lives elsewhere by their place in a 戸籍. Never a name, 住民票コード or 個人番号, so it may be logged.
 */
public sealed interface PersonRef {

  /** A stable text form such as {@code A123} or {@code K45-2}. */
  String key();

  /** A person with a resident record ({@code madoguchi.jumin.atena_no}). */
  record Resident(long atenaNo) implements PersonRef {
    @Override
    public String key() {
      return "A" + atenaNo;
    }
  }

  /** A person known only by a 戸籍 ({@code koseki.kojin}), reached by 本籍地利用登録. */
  record RegisterMember(long kosekiId, int kojinNo) implements PersonRef {
    @Override
    public String key() {
      return "K" + kosekiId + "-" + kojinNo;
    }
  }

  /** Parses {@link #key()}. */
  static PersonRef parse(String key) {
    if (key.startsWith("A")) {
      return new Resident(Long.parseLong(key.substring(1)));
    }
    if (key.startsWith("K")) {
      String[] parts = key.substring(1).split("-", 2);
      return new RegisterMember(Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
    }
    throw new IllegalArgumentException("not a person key: " + key);
  }
}
