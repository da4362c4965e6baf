package org.kofu.relay.api;

import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * The contract's five paths, each mapped straight to its {@link Endpoint}, ahead of every other
 * mapping. Spring MVC's annotated dispatch (argument resolution, return-value handling, content
 * negotiation) took more CPU per request than reading the request itself, for paths and answers
 * that the wire format fixes entirely (docs/performance.md).
 */
@Component
class ContractEndpoints extends SimpleUrlHandlerMapping {

  ContractEndpoints(RelayEndpoints relay, RelayHealth health, Problems problems) {
    List<String> post = List.of("POST");
    setUrlMap(
        Map.of(
            "/jlis/v1/menu", new Endpoint(post, relay::menu, problems),
            "/jlis/v1/certificates", new Endpoint(post, relay::certificate, problems),
            "/jlis/v1/certificates/{requestId}/result", new Endpoint(post, relay::result, problems),
            "/jlis/v1/registrations", new Endpoint(post, relay::registration, problems),
            "/jlis/v1/health", new Endpoint(List.of("GET", "HEAD"), health::answer, problems)));
    setOrder(Ordered.HIGHEST_PRECEDENCE);
  }
}
