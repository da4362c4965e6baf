package org.kofu.relay.issuance;

import java.time.Instant;
import org.apache.commons.codec.digest.DigestUtils;
import org.kofu.cache.compression.BodyCompressor;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.SourceVersions;
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
  private final ServedBodyCheck check;
  private final KeptBodyCipher cipher;

  KeptBodies(
      KeptBodyDictionaries dictionaries,
      BodyStamper stamper,
      ServedBodyCheck check,
      KeptBodyCipher cipher) {
    // only decompresses: the level is not used
    this.compressor = new BodyCompressor(dictionaries, 0);
    this.stamper = stamper;
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
    RenderedBody body;
    byte[] pdf;
    try {
      byte[] compressed = cipher.open(form.compressed(), KeptBodyCipher.Identity.of(stored));
      byte[] payload =
          compressor.decompress(new BodyCompressor.Compressed(form.dictionaryId(), compressed));
      body = RenderedBodyCodec.decode(SourceVersions.builder().build(), Instant.EPOCH, payload);
      pdf = stamper.stamp(body, form.issueDate(), stored.certificateNumber());
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
    if (!check.carries(expected, body, ServedBodyCheck.Path.KEPT, stored.requestId())) {
      throw notServed();
    }
    if (!DigestUtils.sha256Hex(pdf).equals(stored.bodySha256())) {
      log.error(
          "the kept body of request {} rebuilds to other bytes than were served; not served",
          stored.requestId());
      throw notServed();
    }
    return pdf;
  }

  private static RelayException notServed() {
    return RelayException.of(500, "INTERNAL_ERROR", "the stored certificate cannot be served");
  }
}
