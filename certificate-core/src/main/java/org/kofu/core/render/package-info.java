/**
 * Rendering certificates: {@link org.kofu.core.render.CertificateRenderer} turns a {@link
 * org.kofu.core.certificate.CertificateContent} into a {@link org.kofu.core.render.RenderedBody}
 * with placeholders, and {@link org.kofu.core.render.BodyStamper} writes the issue date and
 * certificate number into it at issuance.
 *
 * <p>One JasperReports template ({@code reports/certificate.jrxml}, compiled once per process)
 * holds the page every certificate shares; a layout per certificate family ({@code ResidentLayout},
 * {@code SealLayout}, {@code RegisterLayout}, {@code FuhyoLayout}, {@code TaxLayout}) fills it with
 * rows, every text checked by {@link org.kofu.core.render.font.GlyphCoverage}. JasperReports fills
 * and paginates; {@code LeanPdfWriter} writes the PDF with OpenPDF, page contents uncompressed for
 * the stamper.
 */
package org.kofu.core.render;
