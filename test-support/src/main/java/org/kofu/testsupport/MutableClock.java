package org.kofu.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock tests set or move forward, for code that takes an injected {@link Clock}. */
public final class MutableClock extends Clock {

  /** A Wednesday, 10:00 in Tokyo: inside the service hours whatever the real time. */
  public static final Instant START = Instant.parse("2026-11-25T01:00:00Z");

  private volatile Instant now;
  private final ZoneId zone;

  /** Starts at {@link #START}. */
  public MutableClock(ZoneId zone) {
    this(START, zone);
  }

  public MutableClock(Instant start, ZoneId zone) {
    this.now = start;
    this.zone = zone;
  }

  public void set(Instant instant) {
    now = instant;
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
    return new MutableClock(now, zone);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
