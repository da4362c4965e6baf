package org.kofu.cache.contract;

import java.time.Instant;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.SourceVersions;

/**
 * A body for the cache: {@code readAt} is when its source rows were read (not when rendering
 * finished), {@code payload} the encoded rendered body.
 */
public record NewBody(
    CertificateSubject subject, SourceVersions sources, Instant readAt, byte[] payload) {}
