package org.kofu.relay.numbering;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.kofu.core.render.CertificateNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * 発行番号 {@code <municipality>-<YYMMDD>-<NNNNNN>}, 20 characters, from an identity of the project
 * database: every relay node draws from the same one, so no two issuances share a number.
 */
@Component
public class CertificateNumbers {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

  private final JdbcClient jdbc;

  CertificateNumbers(DataSource projectDataSource) {
    this.jdbc = JdbcClient.create(projectDataSource);
  }

  public String next(String municipalityCode, LocalDate issueDate, Instant now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO certificate_number (issued_at) VALUES (?)")
        .param(now.atOffset(ZoneOffset.UTC))
        .update(key, "id");
    long id = key.getKeyAs(Long.class);
    String number = "%s-%s-%06d".formatted(municipalityCode, DAY.format(issueDate), id % 1_000_000);
    if (!CertificateNumber.isValid(number)) {
      throw new IllegalStateException("not a certificate number: " + number);
    }
    return number;
  }
}
