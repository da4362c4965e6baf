package org.kofu.relay.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.kofu.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** One relay node shared by the test classes that extend this (one Spring context in the JVM). */
@SpringBootTest
@AutoConfigureMockMvc
@Import(RelayTests.TestClock.class)
public abstract class RelayTests {

  private static final AtomicInteger REQUESTS = new AtomicInteger();

  @Autowired protected MockMvc mvc;
  @Autowired protected MutableClock clock;

  @DynamicPropertySource
  static void relayProperties(DynamicPropertyRegistry registry) {
    RelayTestContext.properties(1).forEach((k, v) -> registry.add(k, () -> v));
  }

  @BeforeEach
  void resetClock() {
    clock.set(MutableClock.START);
  }

  /** POSTs a 証明書交付要求 with this JSON body. */
  protected MockHttpServletResponse issueCertificate(String body) throws Exception {
    return mvc.perform(
            post("/jlis/v1/certificates").contentType(MediaType.APPLICATION_JSON).content(body))
        .andReturn()
        .getResponse();
  }

  /** A request id no other test uses. */
  protected static String newRequestId() {
    return "req-" + System.nanoTime() + "-" + REQUESTS.incrementAndGet();
  }

  protected static Instant now() {
    return MutableClock.START;
  }

  @TestConfiguration(proxyBeanMethods = false)
  public static class TestClock {
    @Bean
    @Primary
    MutableClock testClock() {
      return new MutableClock(RelayTestContext.TOKYO);
    }
  }
}
