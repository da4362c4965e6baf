package org.kofu.relay.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock tests set; starts on a Wednesday morning in Tokyo, inside service hours. */
public final class MutableClock extends Clock {

  public static final Instant START = Instant.parse("2026-11-25T01:00:00Z");

  private volatile Instant now = START;
  private final ZoneId zone;

  public MutableClock(ZoneId zone) {
    this.zone = zone;
  }

  public void set(Instant instant) {
    now = instant;
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
