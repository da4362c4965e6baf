/**
 * 統計: issuance counts by day, type and outcome from the issuance log, a chart drawn on the server
 * (JFreeChart) and the monthly fee-settlement report (JasperReports PDF).
 */
package org.kofu.admin.statistics;
