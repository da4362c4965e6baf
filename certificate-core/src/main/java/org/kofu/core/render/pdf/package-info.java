/**
 * Writing the filled print as PDF with OpenPDF ({@link org.kofu.core.render.pdf.LeanPdfWriter})
 * instead of JasperReports' exporter: the embedded Mincho fonts, the document's own IPAmj subsets,
 * page contents uncompressed for the stamper.
 */
package org.kofu.core.render.pdf;
