package org.kofu.admin.issuance;

import com.vaadin.flow.component.grid.Grid;
import org.kofu.admin.ui.Formats;

/** The columns of the issuance log. */
class LogGrid extends Grid<LogRecord> {

  LogGrid() {
    setId("log-grid");
    setPageSize(50);
    addColumn(LogRecord::seq).setHeader("#").setAutoWidth(true);
    addColumn(r -> Formats.time(r.occurredAt())).setHeader(getTranslation("common.when"));
    addColumn(LogRecord::kind).setHeader(getTranslation("issuance.kind"));
    addColumn(LogRecord::certificateType).setHeader(getTranslation("issuance.type"));
    addColumn(LogRecord::decision).setHeader(getTranslation("issuance.decision"));
    addColumn(LogRecord::reason).setHeader(getTranslation("issuance.reason"));
    addColumn(LogRecord::source).setHeader(getTranslation("issuance.source"));
    addColumn(LogRecord::kioskId).setHeader(getTranslation("issuance.kiosk"));
    addColumn(LogRecord::personKey).setHeader(getTranslation("issuance.person"));
    addColumn(LogRecord::certificateNumber).setHeader(getTranslation("issuance.number"));
    addColumn(LogRecord::requestId).setHeader(getTranslation("issuance.request-id"));
    addColumn(LogRecord::httpStatus).setHeader("HTTP").setAutoWidth(true);
    getColumns().forEach(c -> c.setResizable(true).setAutoWidth(true));
  }
}
