package org.kofu.batch.cachewrite;

import java.time.Instant;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.SourceVersions;

/**
 * A body ready for the cache: {@code readAt} is when its rows were read, {@code payload} the
 * encoded rendered body.
 */
public record PreparedBody(
    CertificateSubject subject, SourceVersions sources, Instant readAt, byte[] payload) {}
