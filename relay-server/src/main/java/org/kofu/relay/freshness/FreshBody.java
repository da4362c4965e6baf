package org.kofu.relay.freshness;

import org.kofu.core.render.RenderedBody;

/** A body true to the existing systems' data as read for this request. */
public record FreshBody(RenderedBody body, BodySource source) {}
