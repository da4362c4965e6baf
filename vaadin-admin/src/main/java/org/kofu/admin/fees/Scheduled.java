package org.kofu.admin.fees;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** What the schedule sections share: Tokyo times, and which row of a key is in force now. */
final class Scheduled {

  static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  private Scheduled() {}

  /** The state of a row: in force, scheduled, or ended, by its key's rows. */
  enum State {
    IN_FORCE,
    SCHEDULED,
    ENDED
  }

  /** For each key, the effective instant of its row in force at {@code now}. */
  static <T> Map<String, Instant> inForce(
      Collection<T> rows, Function<T, String> key, Function<T, Instant> from, Instant now) {
    Map<String, Instant> inForce = new TreeMap<>();
    for (T row : rows) {
      Instant at = from.apply(row);
      if (!at.isAfter(now)) {
        inForce.merge(key.apply(row), at, (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    return inForce;
  }

  static State state(Map<String, Instant> inForce, String key, Instant from, Instant now) {
    if (from.isAfter(now)) {
      return State.SCHEDULED;
    }
    return from.equals(inForce.get(key)) ? State.IN_FORCE : State.ENDED;
  }

  static DateTimePicker picker(String label, String id) {
    DateTimePicker picker = new DateTimePicker(label);
    picker.setId(id);
    picker.setStep(java.time.Duration.ofMinutes(1));
    return picker;
  }

  static IntegerField yen(String label, String id) {
    IntegerField yen = new IntegerField(label);
    yen.setId(id);
    yen.setMin(0);
    yen.setSuffixComponent(new com.vaadin.flow.component.html.Span("円"));
    return yen;
  }

  static Instant tokyo(LocalDateTime value) {
    return value.atZone(TOKYO).toInstant();
  }
}
