/**
 * A rendered body once its bytes exist: {@link org.kofu.core.render.body.RenderedBody} with the
 * stamp sites the inspector found, the {@link org.kofu.core.render.body.BodyStamper} that writes
 * 証明日 and 発行番号 into a copy at issuance, and the cache's form ({@link
 * org.kofu.core.render.body.RenderedBodyCodec}: streams stored, deflated again for serving).
 */
package org.kofu.core.render.body;
