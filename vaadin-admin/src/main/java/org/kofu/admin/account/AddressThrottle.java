package org.kofu.admin.account;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kofu.admin.AdminProperties;
import org.springframework.stereotype.Service;

/**
 * Failed sign-ins per client address: after {@code address-max-failures} within {@code
 * address-window} the address may not sign in for {@code address-block}, whichever accounts it
 * tried; the accounts themselves are not locked by it. Kept in memory: one admin process, and a
 * restart ending a block early is acceptable next to the per-account lockout kept in the database.
 */
@Service
public class AddressThrottle {

  /** Addresses remembered at most; the allowed networks bound them, this bounds the memory. */
  static final int MAX_ADDRESSES = 10_000;

  private final AdminProperties.Password policy;
  private final Clock clock;
  private final Map<String, Failures> byAddress =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
          return size() > MAX_ADDRESSES;
        }
      };

  AddressThrottle(AdminProperties properties, Clock clock) {
    this.policy = properties.password();
    this.clock = clock;
  }

  /** True while the address is blocked. */
  public synchronized boolean blocked(String address) {
    Failures failures = byAddress.get(address);
    return failures != null
        && failures.blockedUntil != null
        && clock.instant().isBefore(failures.blockedUntil);
  }

  /** Counts a failed sign-in; true when this failure starts a block of the address. */
  synchronized boolean failed(String address) {
    Instant now = clock.instant();
    Failures failures = byAddress.computeIfAbsent(address, a -> new Failures());
    if (failures.blockedUntil != null && now.isBefore(failures.blockedUntil)) {
      return false;
    }
    Instant windowStart = now.minus(policy.addressWindow());
    while (!failures.times.isEmpty() && !failures.times.peekFirst().isAfter(windowStart)) {
      failures.times.removeFirst();
    }
    failures.times.addLast(now);
    if (failures.times.size() < policy.addressMaxFailures()) {
      return false;
    }
    failures.times.clear();
    failures.blockedUntil = now.plus(policy.addressBlock());
    return true;
  }

  private static final class Failures {
    private final Deque<Instant> times = new ArrayDeque<>();
    private Instant blockedUntil;
  }
}
