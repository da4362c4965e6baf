package org.kofu.batch.scaleout;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import javax.sql.DataSource;
import org.kofu.batch.eligibility.PregenerationProperties;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.Pollers;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.jdbc.store.channel.H2ChannelMessageStoreQueryProvider;
import org.springframework.integration.jdbc.store.channel.PostgresChannelMessageStoreQueryProvider;
import org.springframework.integration.store.MessageGroupQueue;

/**
 * {@code kofu.batch.remote-partitioning.enabled=true}: the full run's ranges are sent as {@code
 * StepExecutionRequest}s into {@code INT_CHANNEL_MESSAGE} (V2_4) and run by whichever node polls
 * them, {@code kofu.batch.threads} at a time per node. A request is taken out of the table when
 * polled: a node killed while running a range leaves that step STARTED, the manager times out
 * ({@code kofu.batch.remote-partitioning.timeout}), and the restart of the run sends it again.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("kofu.batch.remote-partitioning.enabled")
class RemotePartitioningConfiguration {

  static final String WORKER = "fullPregenerationRange";

  @Bean
  QueueChannel partitionRequests(JdbcChannelMessageStore partitionRequestStore) {
    return new QueueChannel(new MessageGroupQueue(partitionRequestStore, "full-ranges"));
  }

  @Bean
  JdbcChannelMessageStore partitionRequestStore(DataSource projectDb) {
    JdbcChannelMessageStore store = new JdbcChannelMessageStore(projectDb);
    store.setRegion("kofu-batch");
    store.setChannelMessageStoreQueryProvider(
        isPostgres(projectDb)
            ? new PostgresChannelMessageStoreQueryProvider()
            : new H2ChannelMessageStoreQueryProvider());
    return store;
  }

  @Bean
  PartitionHandler remotePartitionHandler(
      QueueChannel partitionRequests,
      JobExplorer explorer,
      PregenerationProperties properties,
      @Value("${kofu.batch.remote-partitioning.timeout:PT6H}") Duration timeout) {
    MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler();
    handler.setStepName(WORKER);
    handler.setGridSize(properties.partitions());
    handler.setMessagingOperations(new MessagingTemplate(partitionRequests));
    handler.setJobExplorer(explorer);
    handler.setPollInterval(500);
    handler.setTimeout(timeout.toMillis());
    return handler;
  }

  @Bean
  StepExecutionRequestHandler stepExecutionRequestHandler(
      JobExplorer explorer, BeanFactoryStepLocator stepLocator) {
    StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
    handler.setJobExplorer(explorer);
    handler.setStepLocator(stepLocator);
    return handler;
  }

  @Bean
  BeanFactoryStepLocator stepLocator() {
    return new BeanFactoryStepLocator();
  }

  @Bean
  IntegrationFlow partitionWorker(
      QueueChannel partitionRequests,
      StepExecutionRequestHandler handler,
      PregenerationProperties properties) {
    SimpleAsyncTaskExecutor workers = new SimpleAsyncTaskExecutor("range-worker-");
    workers.setConcurrencyLimit(properties.threads());
    return IntegrationFlow.from(partitionRequests)
        .handle(
            handler,
            "handle",
            e -> e.poller(Pollers.fixedDelay(500).maxMessagesPerPoll(1).taskExecutor(workers)))
        .nullChannel();
  }

  private static boolean isPostgres(DataSource dataSource) {
    try (Connection conn = dataSource.getConnection()) {
      return conn.getMetaData()
          .getDatabaseProductName()
          .toLowerCase(Locale.ROOT)
          .contains("postgres");
    } catch (SQLException e) {
      throw new IllegalStateException("project database unreachable", e);
    }
  }
}
