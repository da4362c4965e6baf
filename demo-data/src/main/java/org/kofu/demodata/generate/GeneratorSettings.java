package org.kofu.demodata.generate;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What to generate.
 *
 * @param residents how many resident records ({@code madoguchi.jumin} rows)
 * @param seed the same seed gives the same rows
 * @param today the day the data is "as of": ages, 年度, restrictions and dates follow from it
 */
public record GeneratorSettings(int residents, long seed, LocalDate today) {

  public static final int DEFAULT_RESIDENTS = 5_000;
  public static final long DEFAULT_SEED = 12025L;

  public GeneratorSettings {
    if (residents < 1) {
      throw new IllegalArgumentException("residents must be positive");
    }
    if (today == null) {
      today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    }
  }

  public static GeneratorSettings defaults() {
    return new GeneratorSettings(DEFAULT_RESIDENTS, DEFAULT_SEED, null);
  }

  public GeneratorSettings withResidents(int n) {
    return new GeneratorSettings(n, seed, today);
  }

  public GeneratorSettings withSeed(long s) {
    return new GeneratorSettings(residents, s, today);
  }

  public GeneratorSettings withToday(LocalDate day) {
    return new GeneratorSettings(residents, seed, day);
  }
}
