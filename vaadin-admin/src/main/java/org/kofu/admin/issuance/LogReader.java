package org.kofu.admin.issuance;

import java.util.List;
import java.util.function.Consumer;
import org.kofu.projectdb.chain.ChainVerification;
import org.springframework.stereotype.Component;

/** Reads a whole search result page by page, for features outside the log view (the export). */
@Component
public class LogReader {

  private static final int PAGE = 500;

  private final IssuanceLogRepository log;

  LogReader(IssuanceLogRepository log) {
    this.log = log;
  }

  /** The issuance chain from its first link (not an audited action: the dashboard runs it). */
  public ChainVerification verify() {
    return log.verify();
  }

  /** Hands every matching record to {@code sink}, newest first; returns how many. */
  public int forEach(LogFilter filter, Consumer<LogRecord> sink) {
    int count = 0;
    long before = Long.MAX_VALUE;
    while (true) {
      List<LogRecord> page = log.before(filter, before, PAGE);
      page.forEach(sink);
      count += page.size();
      if (page.size() < PAGE) {
        return count;
      }
      before = page.get(page.size() - 1).seq();
    }
  }
}
