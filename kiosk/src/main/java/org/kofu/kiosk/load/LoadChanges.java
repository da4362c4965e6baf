package org.kofu.kiosk.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The existing systems changing during a load run: one thread sets the 方書 of a share of the people
 * to a marker with a rising number ({@value #MARKER} + n), each once, spread evenly over the run.
 * The update goes to {@code madoguchi.jumin} like a clerk's, so its version and the change journal
 * move (the legacy triggers). The numbers come from {@code markers}, which a run starts at its
 * wall-clock millisecond and shares between its warm-up's changes and its measured part's: a marker
 * left by an earlier run, or by the warm-up, is always older.
 */
public final class LoadChanges implements Runnable {

  public static final String MARKER = "ロード変更";

  private final JdbcTemplate jdbc;
  private final List<String> changed;
  private final Duration spread;
  private final Duration run;
  private final AtomicLong next;
  private final AtomicLong committed = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();

  LoadChanges(
      DataSource legacy,
      List<String> people,
      double share,
      Duration run,
      long seed,
      AtomicLong markers) {
    this.jdbc = new JdbcTemplate(legacy);
    this.next = markers;
    List<String> shuffled = new ArrayList<>(people);
    Collections.shuffle(shuffled, new Random(seed));
    this.changed = List.copyOf(shuffled.subList(0, (int) Math.round(people.size() * share)));
    // the last change lands a little before the end so that it is requested too
    this.spread = run.multipliedBy(9).dividedBy(10);
    this.run = run;
  }

  @Override
  public void run() {
    if (changed.isEmpty()) {
      return;
    }
    long start = System.nanoTime();
    long deadline = start + run.toNanos();
    long step = spread.toNanos() / changed.size();
    for (int i = 0; i < changed.size() && System.nanoTime() < deadline; i++) {
      long due = start + i * step;
      long wait = due - System.nanoTime();
      try {
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        jdbc.update(
            "UPDATE madoguchi.jumin SET katagaki = ? WHERE juminhyo_code = ?",
            MARKER + next.getAndIncrement(),
            changed.get(i));
        committed.incrementAndGet();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // the existing systems may be down on purpose (outage tests): the change is skipped
        failed.incrementAndGet();
      }
    }
  }

  long committed() {
    return committed.get();
  }

  long failed() {
    return failed.get();
  }

  List<String> people() {
    return changed;
  }
}
