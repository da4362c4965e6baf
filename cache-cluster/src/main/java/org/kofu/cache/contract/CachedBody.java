package org.kofu.cache.contract;

import java.time.Instant;
import org.kofu.cache.compression.BodyCompressor;
import org.kofu.core.certificate.SourceVersions;

/**
 * A decrypted, decompressed body from the cache.
 *
 * @param subjectKey the subject it was made for, authenticated with the value
 * @param sources the source rows and versions it was made from: compare them with the current ones
 *     before serving
 * @param renderedAt when its source rows were read
 * @param keyId the key it was encrypted with (values under an old key are re-rendered eventually)
 * @param payload the body, exactly as given to {@link CertificateCache#put}
 * @param compressed the payload as the cache holds it, before encryption: what a record of the body
 *     can keep instead of the body (a tenth of its size with the cluster's dictionary)
 */
public record CachedBody(
    String subjectKey,
    SourceVersions sources,
    Instant renderedAt,
    String keyId,
    byte[] payload,
    BodyCompressor.Compressed compressed) {}
