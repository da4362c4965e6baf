package org.kofu.relay.service;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.kofu.core.legacy.LegacySourcesConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Whether the relay can issue: the project database and both existing systems answer. */
@Component
public class IssuanceHealth {

  private final DataSource project;
  private final DataSource madoguchi;
  private final DataSource koseki;

  IssuanceHealth(
      DataSource project,
      @Qualifier(LegacySourcesConfiguration.MADOGUCHI) DataSource madoguchi,
      @Qualifier(LegacySourcesConfiguration.KOSEKI) DataSource koseki) {
    this.project = project;
    this.madoguchi = madoguchi;
    this.koseki = koseki;
  }

  public boolean canIssue() {
    return reachable(project) && reachable(madoguchi) && reachable(koseki);
  }

  private static boolean reachable(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }
}
