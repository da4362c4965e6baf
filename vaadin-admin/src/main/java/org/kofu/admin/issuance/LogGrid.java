package org.kofu.admin.issuance;

import com.vaadin.flow.component.grid.Grid;
import org.kofu.admin.ui.CodeLabels;
import org.kofu.admin.ui.Formats;

/** The columns of the issuance log, codes shown as clerks say them ({@link CodeLabels}). */
class LogGrid extends Grid<LogRecord> {

  LogGrid() {
    setId("log-grid");
    setPageSize(50);
    CodeLabels labels = new CodeLabels(this);
    addColumn(LogRecord::seq).setHeader("#").setAutoWidth(true);
    addColumn(r -> Formats.time(r.occurredAt())).setHeader(getTranslation("common.when"));
    addColumn(r -> labels.kind(r.kind())).setHeader(getTranslation("issuance.kind"));
    addColumn(r -> r.certificateType() == null ? "" : labels.type(r.certificateType()))
        .setHeader(getTranslation("issuance.type"));
    addColumn(r -> labels.decision(r.decision())).setHeader(getTranslation("issuance.decision"));
    addColumn(r -> labels.reason(r.reason())).setHeader(getTranslation("issuance.reason"));
    addColumn(r -> r.source() == null ? "" : labels.source(r.source()))
        .setHeader(getTranslation("issuance.source"));
    addColumn(LogRecord::kioskId).setHeader(getTranslation("issuance.kiosk"));
    addColumn(LogRecord::personKey).setHeader(getTranslation("issuance.person"));
    addColumn(LogRecord::certificateNumber).setHeader(getTranslation("issuance.number"));
    addColumn(LogRecord::requestId).setHeader(getTranslation("issuance.request-id"));
    addColumn(LogRecord::httpStatus).setHeader("HTTP").setAutoWidth(true);
    getColumns().forEach(c -> c.setResizable(true).setAutoWidth(true));
  }
}
