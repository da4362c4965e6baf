/**
 * The page: one JasperReports template ({@code reports/certificate.jrxml}, compiled once per
 * process) holds what every certificate shares, and a layout per certificate family ({@code
 * ResidentLayout}, {@code SealLayout}, {@code RegisterLayout}, {@code FuhyoLayout}, {@code
 * TaxLayout}) fills it with rows, every text checked by {@link
 * org.kofu.core.render.font.GlyphCoverage}. Text is measured on one line with the embedded fonts'
 * own widths ({@link org.kofu.core.render.layout.SingleLineTextMeasurerFactory}).
 */
package org.kofu.core.render.layout;
