package org.kofu.existingsystem;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Opens the database when the stand-in starts, before it listens: a wrong URL or password fails the
 * start rather than the first request, and the pool then keeps its connections open. Under {@code
 * ./ops/start} the stand-in is the first role to open the demo's H2 file ({@code AUTO_SERVER}), so
 * it is the process that serves the file to the others and runs its triggers: they are demo-data's
 * Java classes, which this jar holds and the product roles' jars do not, and a conformance kit's
 * fixture writes fire them (ops/conformance/README.md).
 */
@Component
class DatabaseAtStart implements SmartInitializingSingleton {

  private final DataSource dataSource;

  DatabaseAtStart(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void afterSingletonsInstantiated() {
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.isValid(10)) {
        throw new IllegalStateException("the existing systems' database does not answer");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "the existing systems' database cannot be opened: " + e.getMessage(), e);
    }
  }
}
