package org.kofu.relay.freshness;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kofu.cache.contract.CertificateCache;
import org.kofu.core.certificate.assembly.CertificateContentAssembler;
import org.kofu.core.render.CertificateRenderer;
import org.kofu.relay.RelayProperties;
import org.kofu.relay.cache.CacheCalls;

/** A {@link FreshBodies} on a renderer of the test's choosing, for tests of other packages. */
public final class FreshBodiesAccess {

  private static final CacheCalls CACHE_CALLS =
      new CacheCalls(Duration.ofSeconds(1), Duration.ofSeconds(1), 4);

  private FreshBodiesAccess() {}

  public static FreshBodies of(
      CertificateContentAssembler assembler,
      CertificateCache cache,
      CertificateRenderer renderer,
      Clock clock) {
    RelayProperties properties =
        new RelayProperties(
            List.of("012025"),
            Map.of(),
            Set.of(),
            15,
            Duration.ofSeconds(5),
            1,
            Duration.ofSeconds(1),
            Duration.ofSeconds(30),
            Duration.ofSeconds(1),
            Duration.ofSeconds(1),
            new RelayProperties.PlainHttp(false, 8080),
            false);
    return new FreshBodies(
        assembler, cache, new TimedRenderer(renderer, properties), CACHE_CALLS, clock);
  }
}
