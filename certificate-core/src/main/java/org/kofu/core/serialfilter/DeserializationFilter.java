package org.kofu.core.serialfilter;

import java.io.ObjectInputFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Installs {@link #PATTERN} as the JVM-wide deserialization filter as the first Spring application
 * of the process is prepared, before any bean reads a serialized object. Quartz, Spring Batch and
 * Spring Integration deserialize rows of the project database with plain {@code
 * ObjectInputStream}s, so whoever can write those rows could otherwise run a gadget chain in every
 * node. A filter the JVM was given ({@code -Djdk.serialFilter=...}) is left in force.
 */
public final class DeserializationFilter implements EnvironmentPostProcessor {

  /**
   * The JDK's, Quartz's, Spring Batch's and Spring Integration's value types and the project's;
   * Hazelcast's own (its exceptions between members). {@code java.net.URL} is refused (its {@code
   * hashCode} asks DNS); everything else is refused by the final {@code !*}.
   */
  public static final String PATTERN =
      String.join(
          ";",
          "maxdepth=32",
          "maxrefs=100000",
          "maxarray=10000000",
          "java.lang.*",
          "java.util.*",
          "java.util.concurrent.*",
          "java.util.concurrent.atomic.*",
          "java.util.concurrent.locks.*",
          "java.time.*",
          "java.math.*",
          "java.sql.Date",
          "java.sql.Time",
          "java.sql.Timestamp",
          "java.io.*",
          "!java.net.URL",
          "java.net.*",
          // a TimeZone is serialized as this (Quartz calendars hold one)
          "sun.util.calendar.ZoneInfo",
          "org.quartz.*",
          "org.quartz.impl.calendar.*",
          "org.quartz.utils.*",
          "org.springframework.batch.**",
          "org.springframework.messaging.**",
          "org.springframework.integration.**",
          "com.hazelcast.**",
          "org.kofu.**",
          "!*");

  public static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(PATTERN);

  private static final Logger log = LoggerFactory.getLogger(DeserializationFilter.class);

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    install();
  }

  /** Sets {@link #FILTER} unless the JVM has a filter already; the one in force afterwards. */
  public static synchronized ObjectInputFilter install() {
    ObjectInputFilter current = ObjectInputFilter.Config.getSerialFilter();
    if (current == null) {
      ObjectInputFilter.Config.setSerialFilter(FILTER);
      return FILTER;
    }
    if (current != FILTER) {
      log.info("a deserialization filter was given to the JVM; kofu's is not installed");
    }
    return current;
  }
}
