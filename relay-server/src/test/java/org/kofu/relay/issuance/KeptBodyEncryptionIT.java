package org.kofu.relay.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kofu.cache.crypto.BodyCipher;
import org.kofu.relay.idempotency.IssuanceRecords;
import org.kofu.relay.idempotency.KeptBodyCipher;
import org.kofu.relay.idempotency.StoredIssuance;
import org.kofu.relay.support.RelayTests;
import org.kofu.relay.support.Requests;
import org.kofu.relay.support.TestLegacy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The body an issuance record keeps is encrypted with the cache's key ring, bound to its record
 * (issue 23 point 6): the column holds neither PDF nor zstd bytes, a body moved to another record
 * does not decrypt, and a repeat still gets the bytes served the first time.
 */
class KeptBodyEncryptionIT extends RelayTests {

  private static final byte[] ZSTD_FRAME = {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD};

  @Autowired private JdbcTemplate projectDb;
  @Autowired private IssuanceRecords records;
  @Autowired private KeptBodyCipher cipher;

  @Test
  void theColumnHoldsNoPdfNorZstdBytesAndARepeatGetsTheSameBytes() throws Exception {
    String requestId = newRequestId();
    String body = Requests.certificate(requestId, TestLegacy.issuableAdults().get(31), "JUMINHYO");
    MockHttpServletResponse first = issueCertificate(body);
    assertThat(first.getStatus()).isEqualTo(200);

    byte[] stored = column(requestId);
    byte[] compressed =
        cipher.open(stored, KeptBodyCipher.Identity.of(records.find(requestId).orElseThrow()));
    assertThat(indexOf(compressed, ZSTD_FRAME)).as("what was encrypted: a zstd frame").isZero();
    assertThat(indexOf(stored, ZSTD_FRAME)).isNegative();
    assertThat(indexOf(stored, "%PDF".getBytes(StandardCharsets.US_ASCII))).isNegative();
    for (int at = 0; at + 16 <= compressed.length; at += 16) {
      assertThat(indexOf(stored, Arrays.copyOfRange(compressed, at, at + 16))).isNegative();
    }

    MockHttpServletResponse repeat = issueCertificate(body);
    assertThat(repeat.getStatus()).isEqualTo(200);
    assertThat(repeat.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
  }

  @Test
  void aBodyMovedToAnotherRecordOrARecordAlteredDoesNotDecrypt() throws Exception {
    String requestId = newRequestId();
    String body = Requests.certificate(requestId, TestLegacy.issuableAdults().get(32), "JUMINHYO");
    assertThat(issueCertificate(body).getStatus()).isEqualTo(200);
    String other = newRequestId();
    assertThat(
            issueCertificate(
                    Requests.certificate(other, TestLegacy.issuableAdults().get(33), "JUMINHYO"))
                .getStatus())
        .isEqualTo(200);
    byte[] own = column(requestId);

    projectDb.update(
        "UPDATE issuance_request SET body_form = ?, body_dictionary = ? WHERE request_id = ?",
        column(other),
        records.find(other).orElseThrow().form().dictionaryId(),
        requestId);
    StoredIssuance moved = records.find(requestId).orElseThrow();
    assertThatThrownBy(
            () -> cipher.open(moved.form().compressed(), KeptBodyCipher.Identity.of(moved)))
        .isInstanceOf(BodyCipher.TamperedValueException.class);
    MockHttpServletResponse repeat = issueCertificate(body);
    assertThat(repeat.getStatus()).isEqualTo(500);
    assertThat(repeat.getContentAsString()).doesNotContain("%PDF");

    projectDb.update(
        "UPDATE issuance_request SET body_form = ?, body_dictionary = ?,"
            + " person_key = 'R999999' WHERE request_id = ?",
        own,
        records.find(other).orElseThrow().form().dictionaryId(),
        requestId);
    StoredIssuance altered = records.find(requestId).orElseThrow();
    assertThatThrownBy(
            () -> cipher.open(altered.form().compressed(), KeptBodyCipher.Identity.of(altered)))
        .isInstanceOf(BodyCipher.TamperedValueException.class);
  }

  private byte[] column(String requestId) {
    return projectDb.queryForObject(
        "SELECT body_form FROM issuance_request WHERE request_id = ?", byte[].class, requestId);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    List<Byte> in = boxed(haystack);
    return Collections.indexOfSubList(in, boxed(needle));
  }

  private static List<Byte> boxed(byte[] bytes) {
    Byte[] boxed = new Byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      boxed[i] = bytes[i];
    }
    return Arrays.asList(boxed);
  }
}
