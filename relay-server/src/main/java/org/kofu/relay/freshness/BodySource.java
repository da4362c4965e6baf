package org.kofu.relay.freshness;

/** Where an issued body came from (the {@code X-Source} header). */
public enum BodySource {
  CACHE,
  ON_DEMAND
}
