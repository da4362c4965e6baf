package org.kofu.batch.settlement;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.kofu.batch.schedule.ScheduleProperties;
import org.kofu.projectdb.chain.ChainTable;
import org.kofu.projectdb.chain.HashChain;
import org.kofu.projectdb.jobs.BatchJob;
import org.kofu.projectdb.settlement.ClosedDayChange;
import org.kofu.projectdb.settlement.ClosedDayChanges;
import org.kofu.projectdb.settlement.DailyClose;
import org.kofu.projectdb.settlement.DailyCounts;
import org.kofu.projectdb.settlement.DayClosing;
import org.kofu.projectdb.settlement.DayCount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code dailyClose(runAt)}: one step closing every day due ({@link DayClosing}) and checking the
 * recent closed days; each change found is an audit record (actor {@code batch}) and a warning in
 * the log, in the step's transaction with the finding itself.
 */
@Configuration(proxyBeanMethods = false)
class DailyCloseJobConfiguration {

  /** The audit chain's action of a change found in a closed day. */
  static final String CHANGED = "SETTLEMENT_CLOSED_DAY_CHANGED";

  private static final Logger log = LoggerFactory.getLogger(DailyCloseJobConfiguration.class);

  @Bean
  Job dailyClose(JobRepository jobs, Step closeDays) {
    return new JobBuilder(BatchJob.DAILY_CLOSE.jobName(), jobs).start(closeDays).build();
  }

  @Bean
  Step closeDays(
      JobRepository jobs,
      PlatformTransactionManager transactions,
      DataSource projectDb,
      SettlementProperties settlement,
      Clock clock) {
    DayClosing closing = new DayClosing(projectDb);
    HashChain chain = new HashChain(projectDb);
    return new StepBuilder("closeDays", jobs)
        .tasklet(
            (contribution, chunk) -> {
              DayClosing.Outcome outcome =
                  closing.run(clock.instant(), settlement.grace(), settlement.recheckDays());
              for (DailyClose.Seal seal : outcome.closed()) {
                log.info("closed {} at issuance chain seq {}", seal.day(), seal.chainSeq());
              }
              for (ClosedDayChange change : outcome.changes()) {
                String detail = describe(change);
                log.warn("closed day changed since its close: {}", detail);
                chain.append(
                    ChainTable.AUDIT, List.of(clock.instant(), "batch", CHANGED, detail, "-"));
              }
              contribution.incrementWriteCount(outcome.closed().size());
              contribution.incrementFilterCount(outcome.changes().size());
              return RepeatStatus.FINISHED;
            },
            transactions)
        .build();
  }

  @Bean
  ClosedDayChanges closedDayChanges(DataSource projectDb, ScheduleProperties schedule) {
    DailyCounts counts = new DailyCounts(projectDb, ZoneId.of(schedule.zone()));
    return new ClosedDayChanges(projectDb, new DailyClose(projectDb, counts), counts);
  }

  /** "2026-12-01 SEJ JUMINHYO CHANGED copies 1→3 fees 300→900": keys and counts, nothing else. */
  static String describe(ClosedDayChange change) {
    StringBuilder text =
        new StringBuilder()
            .append(change.key().day())
            .append(' ')
            .append(change.key().operator())
            .append(' ')
            .append(change.key().certificateType())
            .append(' ')
            .append(change.kind());
    DayCount sealed = change.sealed();
    DayCount now = change.now();
    if (sealed != null || now != null) {
      text.append(" copies ")
          .append(sealed == null ? 0 : sealed.copies())
          .append('→')
          .append(now == null ? 0 : now.copies())
          .append(" fees ")
          .append(sealed == null ? 0 : sealed.feesYen())
          .append('→')
          .append(now == null ? 0 : now.feesYen());
    }
    return text.toString();
  }
}
