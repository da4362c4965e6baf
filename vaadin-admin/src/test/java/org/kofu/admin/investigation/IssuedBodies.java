package org.kofu.admin.investigation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.commons.codec.digest.DigestUtils;
import org.kofu.cache.compression.BodyCompressor;
import org.kofu.cache.crypto.CryptoProperties;
import org.kofu.cache.crypto.KeptBodySeal;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.existing.FinishedForm;
import org.kofu.projectdb.chain.ChainTable;
import org.kofu.projectdb.chain.HashChain;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issuances as a relay stores them, for the investigation tests: an {@code issuance_request} row
 * whose kept body is sealed with the test key ring as the relay seals it (cache-cluster's {@link
 * KeptBodySeal}; a finished form, so that no renderer is needed), and its chained issuance log
 * record with the served bytes' SHA-256.
 */
public final class IssuedBodies {

  /** The test key ring's one key (made up; not a secret of any installation). */
  public static final String KEY_ID = "t2026a";

  public static final String KEY = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

  private final JdbcClient jdbc;
  private final HashChain chain;
  private final KeptBodySeal seal =
      new KeptBodySeal(
          new CryptoProperties(KEY_ID, Map.of(KEY_ID, KEY), Map.of(), null).toKeyRing());

  /** Numbers unique across the tests sharing one database (the browser tests' H2). */
  private static final java.util.concurrent.atomic.AtomicInteger SERIAL =
      new java.util.concurrent.atomic.AtomicInteger(900_000);

  public IssuedBodies(DataSource dataSource, HashChain chain) {
    this.jdbc = JdbcClient.create(dataSource);
    this.chain = chain;
  }

  /** The PDF bytes a made-up issuance served. */
  public static byte[] pdf(String requestId) {
    return ("%PDF-1.7 test certificate of " + requestId).getBytes(StandardCharsets.UTF_8);
  }

  /** Stores an issuance and its log record; returns its certificate number. */
  public String issue(String requestId, String kiosk, String person, Instant at) {
    int serial = SERIAL.incrementAndGet();
    String number =
        String.format(
            "012025-%s-%06d",
            at.atZone(ZoneId.of("Asia/Tokyo"))
                .toLocalDate()
                .toString()
                .substring(2)
                .replace("-", ""),
            serial);
    byte[] pdf = pdf(requestId);
    LocalDate date = at.atZone(ZoneId.of("Asia/Tokyo")).toLocalDate();
    jdbc.sql(
            "INSERT INTO issuance_request (request_id, request_hash, certificate_number,"
                + " person_key, certificate_type, fee_yen, page_count, source, body_sha256,"
                + " body_form, body_dictionary, issue_date, issued_at, kiosk_id, requested_at,"
                + " outcome) VALUES (?, ?, ?, ?, 'JUMINHYO', 300, 1, 'CACHE', ?, ?, 'none', ?, ?,"
                + " ?, ?, 'PRINTED')")
        .params(
            requestId,
            "0".repeat(64),
            number,
            person,
            DigestUtils.sha256Hex(pdf),
            sealed(requestId, number, person, date, pdf),
            date,
            at.atOffset(ZoneOffset.UTC),
            kiosk,
            at.atOffset(ZoneOffset.UTC))
        .update();
    chain.append(
        ChainTable.ISSUANCE,
        Arrays.asList(
            at,
            "CERTIFICATE",
            requestId,
            kiosk,
            person,
            "JUMINHYO",
            "scope=SELF",
            200,
            "ISSUED",
            null,
            "CACHE",
            number,
            DigestUtils.sha256Hex(pdf),
            5L));
    return number;
  }

  /** The kept form as the relay stores it: finished form, plain zstd, sealed to the record. */
  byte[] sealed(String requestId, String number, String person, LocalDate date, byte[] pdf) {
    CertificateSubject subject =
        new CertificateSubject(
            PersonRef.parse(person), CertificateType.JUMINHYO, CertificateOptions.defaults());
    byte[] compressed = BodyCompressor.plain(FinishedForm.encode(subject, pdf)).bytes();
    return seal.seal(
        compressed, new KeptBodySeal.Identity(requestId, number, person, "JUMINHYO", "none", date));
  }

  /** Replaces a record's kept body (what someone with write access to the table could do). */
  void replaceBody(String requestId, byte[] form) {
    jdbc.sql("UPDATE issuance_request SET body_form = ? WHERE request_id = ?")
        .params(form, requestId)
        .update();
  }

  byte[] body(String requestId) {
    return jdbc.sql("SELECT body_form FROM issuance_request WHERE request_id = ?")
        .param(requestId)
        .query(byte[].class)
        .single();
  }

  void setRecordHash(String requestId, String sha256) {
    jdbc.sql("UPDATE issuance_request SET body_sha256 = ? WHERE request_id = ?")
        .params(sha256, requestId)
        .update();
  }

  public long incident(String summary) {
    jdbc.sql(
            "INSERT INTO incident (occurred_at, category, summary, recorded_by)"
                + " VALUES (?, 'LEAK', ?, 'clerk')")
        .params(Instant.parse("2026-12-01T00:00:00Z").atOffset(ZoneOffset.UTC), summary)
        .update();
    return jdbc.sql("SELECT MAX(id) FROM incident WHERE summary = ?")
        .param(summary)
        .query(Long.class)
        .single();
  }
}
