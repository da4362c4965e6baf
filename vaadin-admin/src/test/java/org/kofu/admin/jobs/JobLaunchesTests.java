package org.kofu.admin.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kofu.admin.audit.AuditTrail;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.OptimisticLockingFailureException;

/** A stop that meets the batch node's own update of the execution reads it again and retries. */
class JobLaunchesTests {

  private static final long EXECUTION = 7;

  private final JobExplorer explorer = mock(JobExplorer.class);
  private final JobRepository repository = mock(JobRepository.class);
  private final AuditTrail audit = mock(AuditTrail.class);
  private JobLaunches launches;

  @BeforeEach
  void setUp() {
    when(explorer.getJobExecution(EXECUTION)).thenAnswer(invocation -> running());
    launches =
        new JobLaunches(
            mock(JobHistory.class),
            explorer,
            repository,
            mock(QuartzStore.class),
            audit,
            Clock.systemUTC());
  }

  @Test
  void aStopThatMeetsTheNodesUpdateIsRetriedOnAFreshRead() {
    OptimisticLockingFailureException raced = new OptimisticLockingFailureException("raced");
    doThrow(raced).doThrow(raced).doNothing().when(repository).update(any(JobExecution.class));

    launches.stop(EXECUTION);

    verify(explorer, times(3)).getJobExecution(EXECUTION);
    verify(repository, times(3)).update(any(JobExecution.class));
    verify(audit).record("JOB_STOP", "fullPregeneration #" + EXECUTION);
  }

  @Test
  void aStopThatKeepsMeetingItIsRefusedAsBusyAfterThreeTries() {
    doThrow(new OptimisticLockingFailureException("raced"))
        .when(repository)
        .update(any(JobExecution.class));

    assertThatThrownBy(() -> launches.stop(EXECUTION))
        .isInstanceOfSatisfying(
            JobControlException.class,
            e -> assertThat(e.messageKey()).isEqualTo("jobs.error.busy"));
    verify(repository, times(3)).update(any(JobExecution.class));
    verifyNoInteractions(audit);
  }

  @Test
  void aRefusalIsNotRetried() {
    when(explorer.getJobExecution(EXECUTION)).thenReturn(null);
    doNothing().when(repository).update(any(JobExecution.class));

    assertThatThrownBy(() -> launches.stop(EXECUTION))
        .isInstanceOfSatisfying(
            JobControlException.class,
            e -> assertThat(e.messageKey()).isEqualTo("jobs.error.no-execution"));
    verify(explorer, times(1)).getJobExecution(EXECUTION);
  }

  private static JobExecution running() {
    JobExecution execution =
        new JobExecution(new JobInstance(1L, "fullPregeneration"), EXECUTION, new JobParameters());
    execution.setStatus(BatchStatus.STARTED);
    return execution;
  }
}
