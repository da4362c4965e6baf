package org.kofu.batch.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.kofu.demodata.generate.DemoDataGenerator;
import org.kofu.demodata.generate.GeneratorSettings;
import org.kofu.demodata.load.DemoDataLoader;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.database.JdbcPagingItemReader;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scan's readers on the embedded default's H2 demo database ({@code ./ops/start}): every source
 * pages through exactly the records its count finds, each once, with its texts.
 */
class PrintedSourcesH2Tests {

  @Test
  void everySourcePagesThroughTheRecordsItCountsOnH2() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:printed-sources;DB_CLOSE_DELAY=-1");
    DemoDataLoader.of(h2)
        .load(h2, new DemoDataGenerator(new GeneratorSettings(40, 12025L, LocalDate.now())), false);

    for (PrintedSources.Source source : PrintedSources.ALL) {
      JdbcPagingItemReader<PrintedRecord> reader = source.reader(h2, 7);
      reader.afterPropertiesSet();
      reader.open(new ExecutionContext());
      Set<String> keys = new HashSet<>();
      int read = 0;
      for (PrintedRecord r = reader.read(); r != null; r = reader.read()) {
        read++;
        keys.add(r.recordKey());
        assertThat(r.fields()).as(source.step()).isNotEmpty();
      }
      reader.close();
      long counted = JdbcClient.create(h2).sql(source.countSql()).query(Long.class).single();

      assertThat(read).as(source.step()).isPositive().isEqualTo(counted);
      assertThat(keys).as(source.step()).hasSize(read);
    }
  }
}
