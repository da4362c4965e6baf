package org.kofu.batch.testing;

import com.hazelcast.core.HazelcastInstance;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.kofu.batch.BatchApplication;
import org.kofu.cache.testing.TestCluster;
import org.kofu.demodata.generate.DemoDataGenerator;
import org.kofu.demodata.generate.GeneratorSettings;
import org.kofu.demodata.load.DemoDataLoader;
import org.kofu.testsupport.ScratchPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One PostgreSQL scratch database (legacy schemas loaded with demo data, and the project tables),
 * real cache members, and batch application contexts on them with a cache client each.
 */
public final class BatchTestBed implements AutoCloseable {

  public static final LocalDate TODAY = LocalDate.now(BatchApplication.ZONE);

  private final ScratchPostgres postgres;
  private final TestCluster members;
  private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

  public BatchTestBed(int residents, int members, int minimumClusterSize) throws SQLException {
    this.postgres = ScratchPostgres.create();
    DataSource ds = postgres.dataSource();
    DemoDataLoader.of(ds)
        .load(ds, new DemoDataGenerator(new GeneratorSettings(residents, 12025L, TODAY)), false);
    this.members = new TestCluster(minimumClusterSize);
    this.members.startMembers(members);
  }

  public DataSource legacyWriter() {
    return postgres.dataSource();
  }

  /** The scratch database's JDBC URL and user (the legacy schemas and the project tables). */
  public String url() {
    return postgres.url();
  }

  public String user() {
    return postgres.user();
  }

  public TestCluster members() {
    return members;
  }

  /** A batch node: the application with its own cache client, scheduler off unless asked. */
  public ConfigurableApplicationContext node(String... extraProperties) {
    return node(Map.of(), extraProperties);
  }

  /** A batch node with extra singletons (e.g. a listener that fails a run). */
  public ConfigurableApplicationContext node(Map<String, Object> beans, String... extraProperties) {
    HazelcastInstance client = members.client();
    List<String> properties =
        new ArrayList<>(
            List.of(
                "spring.datasource.url=" + postgres.url(),
                "spring.datasource.username=" + postgres.user(),
                "spring.datasource.password=",
                "spring.datasource.hikari.maximum-pool-size=6",
                "kofu.legacy.madoguchi.url=" + postgres.url(),
                "kofu.legacy.madoguchi.username=" + postgres.user(),
                "kofu.legacy.koseki.url=" + postgres.url(),
                "kofu.legacy.koseki.username=" + postgres.user(),
                "kofu.cache.crypto.active-key-id=k1",
                "kofu.cache.crypto.keys.k1=" + TestCluster.KEY_1,
                "kofu.batch.chunk-size=10",
                "kofu.batch.partitions=4",
                "spring.quartz.auto-startup=false",
                "kofu.batch.schedule.enabled=false",
                // the demo's mayor and seal, as ./ops/start's batch node prints them
                "kofu.embedded-default=true"));
    // a key given twice on the command line would bind as "a,b": extras replace defaults
    for (String extra : extraProperties) {
      String key = extra.substring(0, extra.indexOf('=') + 1);
      properties.removeIf(p -> p.startsWith(key));
      properties.add(extra);
    }
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(BatchApplication.class)
            .initializers(
                c -> {
                  c.getBeanFactory().registerSingleton("hazelcastInstance", client);
                  beans.forEach(c.getBeanFactory()::registerSingleton);
                })
            // as arguments: default properties would lose to application.yml
            .run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
    contexts.add(context);
    return context;
  }

  @Override
  public void close() throws SQLException {
    contexts.forEach(ConfigurableApplicationContext::close);
    members.close();
    postgres.close();
  }
}
