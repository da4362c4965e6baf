/**
 * Rendering certificates: {@link org.kofu.core.render.CertificateRenderer} turns a {@link
 * org.kofu.core.certificate.CertificateContent} into a {@link org.kofu.core.render.RenderedBody}
 * with placeholders, and {@link org.kofu.core.render.BodyStamper} writes the issue date and
 * certificate number into it at issuance. One JasperReports template (reports/certificate.jrxml)
 * holds the page every certificate shares; a layout per certificate family fills it with rows.
 */
package org.kofu.core.render;
