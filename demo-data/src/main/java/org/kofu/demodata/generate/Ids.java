package org.kofu.demodata.generate;

/**
 * Id counters. Ids are handed out in generation order, so the same settings give the same ids; each
 * kind has its own range so that an id alone says what it is.
 */
final class Ids {

  static final long FIRST_ATENA_NO = 100_000_001L;
  static final long FIRST_SETAI_NO = 500_000_001L;
  static final long FIRST_KOSEKI_ID = 700_000_001L;
  static final long FIRST_INKAN_NO = 1L;
  static final long FIRST_SEIGEN_ID = 1L;

  private long atena = FIRST_ATENA_NO;
  private long setai = FIRST_SETAI_NO;
  private long koseki = FIRST_KOSEKI_ID;
  private long inkan = FIRST_INKAN_NO;
  private long seigen = FIRST_SEIGEN_ID;

  long atena() {
    return atena++;
  }

  long setai() {
    return setai++;
  }

  long koseki() {
    return koseki++;
  }

  long inkan() {
    return inkan++;
  }

  long seigen() {
    return seigen++;
  }
}
