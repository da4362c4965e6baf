package org.kofu.demodata.generate;

/**
 * Receives generated rows one at a time, so that no more than one household's rows are held at
 * once. Values are {@code Long}, {@code Integer}, {@code String}, {@code LocalDate}, {@code
 * Boolean}, {@code byte[]} or null, in the order of {@link LegacyTable#columns()}.
 */
@FunctionalInterface
public interface RowSink {

  void accept(LegacyTable table, Object[] row);
}
