package org.kofu.core.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.core.io.support.SpringFactoriesLoader;

class LogMaskingTests {

  @Test
  void elevenAndTwelveDigitRunsAreMaskedAndNothingElse() {
    assertThat(PersonalNumbers.mask("person 12345678901 asked"))
        .isEqualTo("person *********** asked");
    assertThat(PersonalNumbers.mask("個人番号123456789012です")).isEqualTo("個人番号************です");
    assertThat(PersonalNumbers.mask("全角１２３４５６７８９０１")).isEqualTo("全角***********");
    String untouched =
        "seq 1234567890, id 1234567890123, 012025-261126-000123, 2026-11-26T03:10:00.123456789Z";
    assertThat(PersonalNumbers.mask(untouched)).isSameAs(untouched);
  }

  @Test
  void theAppendersConfiguredBeforehandWriteMaskedLinesAndStackTraces() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%level %msg%n%ex");
    encoder.setCharset(StandardCharsets.UTF_8);
    encoder.start();
    OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
    appender.setContext(context);
    appender.setEncoder(encoder);
    appender.setOutputStream(out);
    appender.start();
    Logger logger = context.getLogger("org.kofu.test.masking");
    logger.setAdditive(false);
    logger.addAppender(appender);
    try {
      LogMasking.apply();
      LogMasking.apply();
      logger.warn(
          "lookup of {} failed",
          "98765432109",
          new IllegalStateException("no row for 987654321098"));

      String written = out.toString(StandardCharsets.UTF_8);
      assertThat(written)
          .startsWith("WARN lookup of *********** failed")
          .contains("no row for ************")
          .doesNotContain("98765432109")
          .doesNotContain("987654321098");
    } finally {
      logger.detachAppender(appender);
      appender.stop();
    }
  }

  @Test
  void everySpringBootRoleRunsIt() {
    assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(ApplicationListener.class))
        .anyMatch(LogMasking.class::isInstance);
  }
}
