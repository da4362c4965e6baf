package org.kofu.cache.contract;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.SortedMap;
import org.kofu.cache.compression.BodyCompressor;
import org.kofu.cache.crypto.BodyCipher;
import org.kofu.cache.internal.StoredBody;
import org.kofu.core.certificate.SourceVersions;

/** Turns a body into what the members store and back: compress, then encrypt, in the caller. */
final class BodyCodec {

  private final BodyCipher cipher;
  private final BodyCompressor compressor;

  BodyCodec(BodyCipher cipher, BodyCompressor compressor) {
    this.cipher = cipher;
    this.compressor = compressor;
  }

  StoredBody encode(String subjectKey, SourceVersions sources, Instant renderedAt, byte[] payload) {
    return encode(subjectKey, sources, renderedAt, compress(payload));
  }

  BodyCompressor.Compressed compress(byte[] payload) {
    return compressor.compress(payload);
  }

  StoredBody encode(
      String subjectKey,
      SourceVersions sources,
      Instant renderedAt,
      BodyCompressor.Compressed compressed) {
    long millis = renderedAt.toEpochMilli();
    byte[] context = context(subjectKey, sources.versions(), millis, compressed.dictionaryId());
    BodyCipher.Sealed sealed = cipher.seal(compressed.bytes(), context);
    return new StoredBody(
        subjectKey,
        sources.versions(),
        millis,
        sealed.keyId(),
        compressed.dictionaryId(),
        sealed.nonce(),
        sealed.ciphertext());
  }

  CachedBody decode(StoredBody stored) {
    byte[] context =
        context(
            stored.subjectKey(),
            stored.sources(),
            stored.renderedAtMillis(),
            stored.dictionaryId());
    byte[] compressed =
        cipher.open(
            new BodyCipher.Sealed(stored.keyId(), stored.nonce(), stored.ciphertext()), context);
    BodyCompressor.Compressed held =
        new BodyCompressor.Compressed(stored.dictionaryId(), compressed);
    return new CachedBody(
        stored.subjectKey(),
        new SourceVersions(stored.sources()),
        Instant.ofEpochMilli(stored.renderedAtMillis()),
        stored.keyId(),
        compressor.decompress(held),
        held);
  }

  /** Everything stored in the clear, bound to the ciphertext so a member cannot alter it. */
  private static byte[] context(
      String subjectKey, SortedMap<String, Long> sources, long renderedAt, String dictionaryId) {
    StringBuilder text = new StringBuilder("kofu-cache-v1\n").append(subjectKey).append('\n');
    text.append(renderedAt).append('\n').append(dictionaryId).append('\n');
    sources.forEach((row, version) -> text.append(row).append('=').append(version).append('\n'));
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }
}
