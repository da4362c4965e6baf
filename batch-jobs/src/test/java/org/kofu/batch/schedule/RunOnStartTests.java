package org.kofu.batch.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobInstanceAlreadyCompleteException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;

/** {@code kofu.batch.run-on-start}: what {@code ./ops/start} relies on for the first run. */
class RunOnStartTests {

  // 2026-11-25 23:30 UTC is already 11-26 in Tokyo: the run day is Japan's
  private final Clock clock =
      Clock.fixed(Instant.parse("2026-11-25T23:30:00Z"), ZoneId.of("Asia/Tokyo"));
  private final ApplicationContext context = mock(ApplicationContext.class);
  private final JobLauncher launcher = mock(JobLauncher.class);
  private final Job full = mock(Job.class);
  private final Job delta = mock(Job.class);

  @SuppressWarnings("unchecked")
  private final ObjectProvider<StaleExecutions> stale = mock(ObjectProvider.class);

  @Test
  void launchesTheNamedJobsInOrderWithTheScheduleParameters() throws Exception {
    when(context.getBean("fullPregeneration", Job.class)).thenReturn(full);
    when(context.getBean("deltaPregeneration", Job.class)).thenReturn(delta);
    when(launcher.run(any(), any())).thenReturn(execution(BatchStatus.COMPLETED));

    runner(" fullPregeneration", "deltaPregeneration ").run(new DefaultApplicationArguments());

    ArgumentCaptor<JobParameters> params = ArgumentCaptor.forClass(JobParameters.class);
    var order = org.mockito.Mockito.inOrder(launcher);
    order.verify(launcher).run(eq(full), params.capture());
    order.verify(launcher).run(eq(delta), any());
    assertThat(params.getValue().getLocalDate("runDay")).isEqualTo(LocalDate.of(2026, 11, 26));
    assertThat(params.getValue().getParameter("startedAt").isIdentifying()).isTrue();
    verify(stale, org.mockito.Mockito.times(2)).ifAvailable(any());
  }

  @Test
  void aRunAlreadyCompletedTodayIsNotAnErrorAndAFailureDoesNotStopTheNode() throws Exception {
    when(context.getBean("fullPregeneration", Job.class)).thenReturn(full);
    when(launcher.run(eq(full), any())).thenThrow(new JobInstanceAlreadyCompleteException("done"));
    assertThat(runner("fullPregeneration").launch("fullPregeneration"))
        .isEqualTo(BatchStatus.COMPLETED);

    when(context.getBean("nosuchJob", Job.class))
        .thenThrow(
            new org.springframework.beans.factory.NoSuchBeanDefinitionException("nosuchJob"));
    assertThat(runner("nosuchJob").launch("nosuchJob")).isEqualTo(BatchStatus.FAILED);
    verify(launcher, never()).run(eq(delta), any());
  }

  @Test
  void aLaunchCancelledAsASerializationConflictIsTriedAgain() throws Exception {
    when(context.getBean("fullPregeneration", Job.class)).thenReturn(full);
    when(launcher.run(eq(full), any()))
        .thenThrow(
            new org.springframework.dao.CannotAcquireLockException(
                "could not serialize access due to read/write dependencies among transactions"))
        .thenReturn(execution(BatchStatus.COMPLETED));

    assertThat(runner("fullPregeneration").launch("fullPregeneration"))
        .isEqualTo(BatchStatus.COMPLETED);
    verify(launcher, org.mockito.Mockito.times(2)).run(eq(full), any());
  }

  private RunOnStart runner(String... jobs) {
    return new RunOnStart(context, launcher, clock, stale, List.of(jobs));
  }

  private static JobExecution execution(BatchStatus status) {
    JobExecution execution = new JobExecution(1L);
    execution.setStatus(status);
    return execution;
  }
}
