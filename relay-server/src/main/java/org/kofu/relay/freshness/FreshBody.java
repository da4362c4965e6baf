package org.kofu.relay.freshness;

import org.kofu.cache.compression.BodyCompressor;
import org.kofu.core.render.body.RenderedBody;

/**
 * A body true to the existing systems' data as read for this request.
 *
 * @param body the body to stamp, decoded from {@code form} whichever the source
 * @param form its cache form compressed as the cache holds it: what the issuance record keeps
 */
public record FreshBody(RenderedBody body, BodySource source, BodyCompressor.Compressed form) {}
