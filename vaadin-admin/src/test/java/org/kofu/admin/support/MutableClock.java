package org.kofu.admin.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock tests move forward; starts at the current time. */
public final class MutableClock extends Clock {

  private volatile Instant now = Instant.now();
  private final ZoneId zone;

  public MutableClock(ZoneId zone) {
    this.zone = zone;
  }

  public void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    MutableClock other = new MutableClock(zone);
    other.now = now;
    return other;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
