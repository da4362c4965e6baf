package org.kofu.admin.statistics;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.Clock;
import java.time.YearMonth;

/** The download link of a month's fee-settlement PDF; each download is an audit record. */
class ReportLink extends Anchor {

  private final Statistics statistics;
  private final MonthlyReport reports;
  private final Clock clock;

  ReportLink(Statistics statistics, MonthlyReport reports, Clock clock, String text) {
    this.statistics = statistics;
    this.reports = reports;
    this.clock = clock;
    setText(text);
    setId("statistics-report");
  }

  void show(YearMonth month) {
    setHref(
        (DownloadHandler)
            event -> {
              event.setFileName("kofu-fees-" + month + ".pdf");
              event.setContentType("application/pdf");
              statistics.reportDownloaded(month);
              reports.pdf(month, statistics.fees(month), clock.instant(), event.getOutputStream());
            },
        AttachmentType.DOWNLOAD);
  }
}
