/**
 * Rendering certificates: {@link org.kofu.core.render.CertificateRenderer} turns a {@link
 * org.kofu.core.certificate.CertificateContent} into a {@link
 * org.kofu.core.render.body.RenderedBody} with placeholders, and {@link
 * org.kofu.core.render.body.BodyStamper} writes the issue date and certificate number into it at
 * issuance.
 *
 * <p>The renderer puts three packages together, one way: {@code layout} makes the page's rows and
 * fills the shared template, {@code pdf} writes the filled print, {@code body} finds the stamp
 * sites in the bytes and carries the body from then on. {@code body} depends on no other render
 * package, so what the relay and the cache use of a body does not pull in JasperReports' filling.
 */
package org.kofu.core.render;
