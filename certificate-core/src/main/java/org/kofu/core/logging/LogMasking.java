package org.kofu.core.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import java.util.Iterator;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Puts a {@link MaskingEncoder} in front of every Logback appender of every role, right after
 * Spring Boot has configured logging (registered in {@code META-INF/spring.factories}), so that the
 * console, files and their rotation all stay as configured.
 */
public final class LogMasking
    implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    apply();
  }

  @Override
  public int getOrder() {
    return LoggingApplicationListener.DEFAULT_ORDER + 1;
  }

  /** Wraps the encoders of the appenders configured now; idempotent. */
  public static void apply() {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return;
    }
    for (Logger logger : context.getLoggerList()) {
      for (Iterator<Appender<ILoggingEvent>> it = logger.iteratorForAppenders(); it.hasNext(); ) {
        if (it.next() instanceof OutputStreamAppender<ILoggingEvent> appender
            && appender.getEncoder() != null
            && !(appender.getEncoder() instanceof MaskingEncoder)) {
          MaskingEncoder masking = new MaskingEncoder(appender.getEncoder());
          masking.setContext(context);
          masking.start();
          appender.setEncoder(masking);
        }
      }
    }
  }
}
