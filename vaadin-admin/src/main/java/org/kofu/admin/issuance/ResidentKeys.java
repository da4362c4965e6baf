package org.kofu.admin.issuance;

import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 住民票コード to PersonRef key ({@code A} + 宛名番号, as certificate-core's {@code PersonRef.Resident}): an
 * exact match only, never by name.
 */
@Component
public class ResidentKeys {

  private static final String BY_CODE =
      "SELECT atena_no FROM madoguchi.jumin WHERE juminhyo_code = ?";

  private final JdbcTemplate jdbc;

  ResidentKeys(@Qualifier(MadoguchiSource.NAME) ObjectProvider<DataSource> madoguchi) {
    DataSource source = madoguchi.getIfAvailable();
    this.jdbc = source == null ? null : new JdbcTemplate(source);
  }

  public boolean available() {
    return jdbc != null;
  }

  public Optional<String> keyOf(String juminhyoCode) {
    if (jdbc == null) {
      return Optional.empty();
    }
    List<Long> atena = jdbc.queryForList(BY_CODE, Long.class, juminhyoCode.strip());
    return atena.size() == 1 ? Optional.of("A" + atena.get(0)) : Optional.empty();
  }
}
