package org.kofu.admin.investigation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.apache.commons.codec.digest.DigestUtils;
import org.kofu.cache.compression.BodyCompressor;
import org.kofu.cache.crypto.KeptBodySeal;
import org.kofu.core.certificate.SourceVersions;
import org.kofu.core.existing.FinishedForm;
import org.kofu.core.existing.ForeignBodyCodec;
import org.kofu.core.existing.ForeignBodyStamper;
import org.kofu.core.render.body.BodyStamper;
import org.kofu.core.render.body.RenderedBodyCodec;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the PDF an issuance served from the body its record keeps, as the relay does for a
 * repeat: opened with the key ring (bound to the record's identity), decompressed, decoded and
 * stamped with the record's 証明日 and number. It is handed out only if its SHA-256 is the one the
 * issuance log recorded, in the hash chain, for the bytes served; only where the log's link has
 * been archived out of the table, the record's own hash is the reference, and the result says so.
 */
@Component
class KeptBodyReader {

  private final JdbcClient jdbc;
  private final ObjectProvider<KeptBodySeal> seal;
  private final BodyCompressor compressor;

  KeptBodyReader(
      DataSource dataSource, ObjectProvider<KeptBodySeal> seal, StoredDictionaries dictionaries) {
    this.jdbc = JdbcClient.create(dataSource);
    this.seal = seal;
    // only decompresses: the level is not used
    this.compressor = new BodyCompressor(dictionaries, 0);
  }

  /** A body shown again. Holds personal data: never log it. */
  record Shown(byte[] pdf, boolean checkedAgainstLog) {
    @Override
    public String toString() {
      return "Shown[" + pdf.length + " B]";
    }

    @Override
    public boolean equals(Object o) {
      return o == this;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }

  /** Why a kept body is not shown; the names go to the audit record. */
  enum Refusal {
    NO_KEY_RING,
    NOT_KEPT,
    NOT_SEALED,
    DOES_NOT_OPEN,
    HASH_MISMATCH
  }

  /** A kept body that is not shown, and why. */
  static final class RefusedException extends RuntimeException {
    private final Refusal refusal;

    RefusedException(Refusal refusal) {
      super(refusal.name());
      this.refusal = refusal;
    }

    Refusal refusal() {
      return refusal;
    }
  }

  private record Row(
      String requestId,
      String number,
      String personKey,
      String type,
      byte[] form,
      String dictionaryId,
      LocalDate issueDate,
      String recordHash) {}

  boolean available() {
    return seal.getIfAvailable() != null;
  }

  /**
   * @throws RefusedException when there is no key ring, no kept body, or one that does not open or
   *     does not rebuild to the bytes the log recorded
   */
  Shown read(String requestId) {
    KeptBodySeal keys = seal.getIfAvailable();
    if (keys == null) {
      throw new RefusedException(Refusal.NO_KEY_RING);
    }
    Row row = row(requestId);
    if (row == null || row.form() == null) {
      throw new RefusedException(Refusal.NOT_KEPT);
    }
    if (row.form().length == 0 || row.form()[0] != KeptBodySeal.VERSION) {
      throw new RefusedException(Refusal.NOT_SEALED);
    }
    byte[] pdf;
    try {
      byte[] compressed =
          keys.open(
              row.form(),
              new KeptBodySeal.Identity(
                  row.requestId(),
                  row.number(),
                  row.personKey(),
                  row.type(),
                  row.dictionaryId(),
                  row.issueDate()));
      byte[] payload =
          compressor.decompress(new BodyCompressor.Compressed(row.dictionaryId(), compressed));
      pdf = rebuild(payload, row.issueDate(), row.number());
    } catch (RuntimeException e) {
      throw new RefusedException(Refusal.DOES_NOT_OPEN);
    }
    List<String> logged = loggedHashes(requestId);
    String actual = DigestUtils.sha256Hex(pdf);
    if (!actual.equals(row.recordHash()) || !logged.stream().allMatch(actual::equals)) {
      throw new RefusedException(Refusal.HASH_MISMATCH);
    }
    return new Shown(pdf, !logged.isEmpty());
  }

  private static byte[] rebuild(byte[] payload, LocalDate issueDate, String number) {
    if (FinishedForm.isFinished(payload)) {
      return FinishedForm.decode(payload).pdf();
    }
    if (ForeignBodyCodec.isForeign(payload)) {
      return new ForeignBodyStamper().stamp(ForeignBodyCodec.decode(payload), issueDate, number);
    }
    return new BodyStamper()
        .stamp(
            RenderedBodyCodec.decode(SourceVersions.builder().build(), Instant.EPOCH, payload),
            issueDate,
            number);
  }

  private Row row(String requestId) {
    return jdbc.sql(
            "SELECT request_id, certificate_number, person_key, certificate_type, body_form,"
                + " body_dictionary, issue_date, body_sha256 FROM issuance_request"
                + " WHERE request_id = ?")
        .param(requestId)
        .query(
            (rs, n) -> {
              java.sql.Date date = rs.getDate("issue_date");
              return new Row(
                  rs.getString("request_id"),
                  rs.getString("certificate_number"),
                  rs.getString("person_key"),
                  rs.getString("certificate_type"),
                  rs.getBytes("body_form"),
                  rs.getString("body_dictionary"),
                  date == null ? null : date.toLocalDate(),
                  rs.getString("body_sha256"));
            })
        .optional()
        .orElse(null);
  }

  /** The hashes the chained issuance log holds for this request's issued bodies (one normally). */
  private List<String> loggedHashes(String requestId) {
    return jdbc.sql(
            "SELECT DISTINCT body_sha256 FROM issuance_log WHERE request_id = ?"
                + " AND decision = 'ISSUED' AND body_sha256 IS NOT NULL")
        .param(requestId)
        .query(String.class)
        .list();
  }
}
