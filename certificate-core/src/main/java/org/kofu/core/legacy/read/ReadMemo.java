package org.kofu.core.legacy.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows read once per unit of work. While a memo is open on a thread, the existing systems' readers
 * answer a read they already made on it with the rows it gave: the batch plans a person and
 * assembles each of the person's certificates from the same rows (the resident was read five times
 * a person, the household twice), and one set of rows also keeps the person's bodies consistent
 * with each other. Version lookups (freshness checks) are never remembered.
 *
 * <pre>{@code
 * try (ReadMemo memo = ReadMemo.open()) { ... }
 * }</pre>
 */
public final class ReadMemo implements AutoCloseable {

  // a thread-local, not a scoped bean: a unit of work runs on one thread, the batch's renderers
  // and the relay's workers each on their own, and the readers that consult it are plain classes
  private static final ThreadLocal<Map<List<Object>, Object>> OPEN = new ThreadLocal<>();

  private final boolean outermost;

  private ReadMemo(boolean outermost) {
    this.outermost = outermost;
  }

  /** Opens a memo on this thread; inside an open one, that one goes on serving. */
  public static ReadMemo open() {
    if (OPEN.get() != null) {
      return new ReadMemo(false);
    }
    OPEN.set(new HashMap<>());
    return new ReadMemo(true);
  }

  @Override
  public void close() {
    if (outermost) {
      OPEN.remove();
    }
  }

  /** The row, if any, that {@code sql} with these named parameters gives: remembered. */
  public static <T> Optional<T> optional(
      JdbcClient jdbc, String sql, Map<String, ?> parameters, RowMapper<T> rows) {
    return remember(
        sql, List.of(parameters), () -> jdbc.sql(sql).params(parameters).query(rows).optional());
  }

  /** The rows that {@code sql} with these named parameters gives, unmodifiable: remembered. */
  public static <T> List<T> list(
      JdbcClient jdbc, String sql, Map<String, ?> parameters, RowMapper<T> rows) {
    return remember(
        sql,
        List.of(parameters),
        () -> List.copyOf(jdbc.sql(sql).params(parameters).query(rows).list()));
  }

  /**
   * Tells the open memo, if any, what {@code sql} with these named parameters gives, from a row
   * read by another key: a resident found by 住民票コード answers the read by 宛名番号 that follows. The memo
   * keeps what it already knows: one reading of each row per unit of work.
   */
  public static void learn(String sql, Map<String, ?> parameters, Object answer) {
    Map<List<Object>, Object> memo = OPEN.get();
    if (memo != null) {
      memo.putIfAbsent(List.of(sql, parameters), answer);
    }
  }

  /**
   * For each set of named parameters in turn, what {@code query} gives: the open memo's answer
   * where it has one, the others read together in one round trip by {@code readMissing}, which must
   * answer every set it is given (an empty list where there are no rows) and whose answers are
   * remembered as {@link #list} would.
   */
  public static <P extends Map<String, ?>, T> List<T> listEach(
      String query, List<P> parameterSets, Function<List<P>, Map<P, List<T>>> readMissing) {
    List<T> rows = new ArrayList<>();
    listsEach(query, parameterSets, readMissing).values().forEach(rows::addAll);
    return List.copyOf(rows);
  }

  /** {@link #listEach}, answered per set of parameters (in the order given, duplicates once). */
  @SuppressWarnings("unchecked")
  public static <P extends Map<String, ?>, T> Map<P, List<T>> listsEach(
      String query, List<P> parameterSets, Function<List<P>, Map<P, List<T>>> readMissing) {
    Map<List<Object>, Object> memo = OPEN.get();
    List<P> missing =
        memo == null
            ? parameterSets.stream().distinct().toList()
            : parameterSets.stream()
                .distinct()
                .filter(p -> !memo.containsKey(List.of(query, p)))
                .toList();
    Map<P, List<T>> read = missing.isEmpty() ? Map.of() : readMissing.apply(missing);
    Map<P, List<T>> answers = new LinkedHashMap<>();
    for (P parameters : parameterSets) {
      List<Object> key = List.of(query, parameters);
      List<T> answer =
          read.containsKey(parameters)
              ? List.copyOf(read.get(parameters))
              : memo == null ? null : (List<T>) memo.get(key);
      if (answer == null) {
        throw new IllegalStateException("no rows read for one of the parameter sets of " + query);
      }
      if (memo != null) {
        memo.putIfAbsent(key, answer);
      }
      answers.putIfAbsent(parameters, answer);
    }
    return answers;
  }

  /**
   * What {@code read} gave for the same query and parameters in the open memo, else {@code read}'s
   * answer (remembered when a memo is open). Answers must be immutable.
   */
  @SuppressWarnings("unchecked")
  public static <T> T remember(String query, List<Object> parameters, Supplier<T> read) {
    Map<List<Object>, Object> memo = OPEN.get();
    if (memo == null) {
      return read.get();
    }
    List<Object> key = new ArrayList<>(parameters.size() + 1);
    key.add(query);
    key.addAll(parameters);
    Object known = memo.get(key);
    if (known == null) {
      known = read.get();
      memo.put(List.copyOf(key), known);
    }
    return (T) known;
  }
}
