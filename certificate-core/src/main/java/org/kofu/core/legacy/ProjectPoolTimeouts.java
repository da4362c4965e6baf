package org.kofu.core.legacy;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Driver timeouts for the pool Spring Boot builds for the project database (bean {@code
 * dataSource}), bound from {@code <prefix>.connect|socket|statement} and set before the pool
 * starts: Boot's {@code spring.datasource.hikari.*} bounds only the wait for a connection, not a
 * database that accepts and then never answers. Each application names its own prefix and sets the
 * bounds in its {@code application.yml}, since a batch step may read for minutes where the admin's
 * look-ups take milliseconds.
 */
public final class ProjectPoolTimeouts implements BeanPostProcessor {

  private final Environment environment;
  private final String prefix;

  private ProjectPoolTimeouts(Environment environment, String prefix) {
    this.environment = environment;
    this.prefix = prefix;
  }

  /** A post-processor to declare as a {@code static} bean of the application. */
  public static ProjectPoolTimeouts of(Environment environment, String prefix) {
    return new ProjectPoolTimeouts(environment, prefix);
  }

  /** The bounds in force, read when the pool is made ({@link JdbcTimeouts}'s defaults if unset). */
  public JdbcTimeouts timeouts() {
    return Binder.get(environment).bindOrCreate(prefix, JdbcTimeouts.class);
  }

  @Override
  public Object postProcessBeforeInitialization(Object bean, String name) {
    if ("dataSource".equals(name) && bean instanceof HikariDataSource pool) {
      timeouts().applyTo(pool);
    }
    return bean;
  }
}
