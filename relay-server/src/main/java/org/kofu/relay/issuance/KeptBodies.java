package org.kofu.relay.issuance;

import java.time.Instant;
import java.time.LocalDate;
import org.apache.commons.codec.digest.DigestUtils;
import org.kofu.cache.compression.BodyCompressor;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.SourceVersions;
import org.kofu.core.existing.CheckedBody;
import org.kofu.core.existing.FinishedForm;
import org.kofu.core.existing.ForeignBodyCodec;
import org.kofu.core.existing.ForeignBodyStamper;
import org.kofu.core.render.body.BodyStamper;
import org.kofu.core.render.body.RenderedBody;
import org.kofu.core.render.body.RenderedBodyCodec;
import org.kofu.relay.idempotency.KeptBody;
import org.kofu.relay.idempotency.KeptBodyCipher;
import org.kofu.relay.idempotency.KeptBodyDictionaries;
import org.kofu.relay.idempotency.StoredIssuance;
import org.kofu.relay.problem.RelayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Keeps a new issuance's body sealed ({@link KeptBodyCipher}), and rebuilds the bytes served for a
 * stored issuance from its kept {@link KeptBody}: decrypted, decompressed with the dictionary kept
 * in the project database, decoded as a cache hit decodes, and stamped with the record's 証明日 and
 * number. The result leaves only if the subject the kept body records for itself is the record's
 * person and type with the repeat's options, and its SHA-256 is the one the record holds for the
 * bytes served the first time.
 */
@Component
class KeptBodies {

  private static final Logger log = LoggerFactory.getLogger(KeptBodies.class);

  private final BodyCompressor compressor;
  private final BodyStamper stamper;
  private final ForeignBodyStamper foreignStamper;
  private final ServedBodyCheck check;
  private final KeptBodyCipher cipher;

  KeptBodies(
      KeptBodyDictionaries dictionaries,
      BodyStamper stamper,
      ForeignBodyStamper foreignStamper,
      ServedBodyCheck check,
      KeptBodyCipher cipher) {
    // only decompresses: the level is not used
    this.compressor = new BodyCompressor(dictionaries, 0);
    this.stamper = stamper;
    this.foreignStamper = foreignStamper;
    this.check = check;
    this.cipher = cipher;
  }

  /** The issuance as stored: its body form encrypted, bound to the record's identity. */
  StoredIssuance sealed(StoredIssuance issued) {
    KeptBody form = issued.form();
    byte[] sealed = cipher.seal(form.compressed(), KeptBodyCipher.Identity.of(issued));
    return new StoredIssuance(
        issued.requestId(),
        issued.requestHash(),
        issued.certificateNumber(),
        issued.personKey(),
        issued.certificateType(),
        issued.feeYen(),
        issued.pageCount(),
        issued.source(),
        issued.bodySha256(),
        issued.pdf(),
        new KeptBody(form.dictionaryId(), sealed, form.issueDate()),
        issued.settled());
  }

  /**
   * @throws RelayException 500 when the kept body records another subject than the record's person
   *     and type and the repeat's options, or does not rebuild to the bytes first served
   */
  byte[] served(StoredIssuance stored, CertificateOptions options) {
    KeptBody form = stored.form();
    Rebuilt rebuilt;
    try {
      byte[] compressed = cipher.open(form.compressed(), KeptBodyCipher.Identity.of(stored));
      byte[] payload =
          compressor.decompress(new BodyCompressor.Compressed(form.dictionaryId(), compressed));
      rebuilt = rebuild(payload, form.issueDate(), stored.certificateNumber());
    } catch (DataAccessException e) {
      throw e; // the project database unreachable: 503, as for any request then
    } catch (RuntimeException e) {
      log.error(
          "the kept body of request {} cannot be rebuilt: {}",
          stored.requestId(),
          e.getClass().getSimpleName());
      throw notServed();
    }
    CertificateSubject expected =
        new CertificateSubject(
            PersonRef.parse(stored.personKey()),
            CertificateType.valueOf(stored.certificateType()),
            options);
    if (!check.carries(
        expected, rebuilt.subject(), ServedBodyCheck.Path.KEPT, stored.requestId())) {
      throw notServed();
    }
    byte[] pdf = rebuilt.pdf();
    if (!DigestUtils.sha256Hex(pdf).equals(stored.bodySha256())) {
      log.error(
          "the kept body of request {} rebuilds to other bytes than were served; not served",
          stored.requestId());
      throw notServed();
    }
    return pdf;
  }

  /**
   * The bytes a kept form gives and the subject it records: a rendered body or an existing system's
   * cached body stamped with the record's 証明日 and number, or an existing system's finished
   * certificate as it was served.
   */
  private Rebuilt rebuild(byte[] payload, LocalDate issueDate, String number) {
    if (FinishedForm.isFinished(payload)) {
      FinishedForm.Finished finished = FinishedForm.decode(payload);
      return new Rebuilt(finished.subject(), finished.pdf());
    }
    if (ForeignBodyCodec.isForeign(payload)) {
      CheckedBody body = ForeignBodyCodec.decode(payload);
      return new Rebuilt(body.subject(), foreignStamper.stamp(body, issueDate, number));
    }
    RenderedBody body =
        RenderedBodyCodec.decode(SourceVersions.builder().build(), Instant.EPOCH, payload);
    return new Rebuilt(body.subject(), stamper.stamp(body, issueDate, number));
  }

  /** Holds personal data: never log it. */
  private record Rebuilt(CertificateSubject subject, byte[] pdf) {
    @Override
    public String toString() {
      return "Rebuilt[" + pdf.length + " B]";
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

  private static RelayException notServed() {
    return RelayException.of(500, "INTERNAL_ERROR", "the stored certificate cannot be served");
  }
}
