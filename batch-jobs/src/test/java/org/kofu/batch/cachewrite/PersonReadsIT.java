package org.kofu.batch.cachewrite;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kofu.batch.eligibility.EligibilityPlanner;
import org.kofu.batch.eligibility.PregenerationProperties;
import org.kofu.batch.testing.BatchTestBed;
import org.kofu.batch.testing.Legacy;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.assembly.CertificateContentAssembler;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;
import org.kofu.core.render.CertificateRenderer;
import org.kofu.core.rules.IssuancePolicy;
import org.kofu.core.rules.IssuanceRules;
import org.springframework.context.ConfigurableApplicationContext;

/** A person's plan and bodies read each legacy row once (the processor's {@code ReadMemo}). */
class PersonReadsIT {

  private static final String RESIDENT_BY_ATENA = "FROM madoguchi.jumin WHERE atena_no = ?";

  static BatchTestBed bed;
  static ConfigurableApplicationContext node;
  final List<String> statements = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    bed = new BatchTestBed(60, 1, 1);
    node = bed.node();
  }

  @AfterAll
  static void stop() throws Exception {
    bed.close();
  }

  @Test
  void aPersonsPlanAndEveryVariantReadTheResidentOnceAndFarFewerStatementsThanApart() {
    DataSource counted = counting(bed.legacyWriter());
    MadoguchiReader madoguchi = new MadoguchiReader(counted);
    KosekiReader koseki = new KosekiReader(counted);
    EligibilityPlanner planner =
        new EligibilityPlanner(
            madoguchi,
            koseki,
            new IssuanceRules(IssuancePolicy.defaults()),
            node.getBean(PregenerationProperties.class).variants());
    CertificateContentAssembler assembler = new CertificateContentAssembler(madoguchi, koseki);
    PersonProcessor processor =
        new PersonProcessor(
            planner,
            assembler,
            node.getBean(CertificateRenderer.class),
            Clock.systemUTC(),
            () -> BatchTestBed.TODAY);
    long person = personWithSeveralBodies(planner);

    statements.clear();
    int bodies = processor.process(person).bodies().size();
    List<String> memoized = List.copyOf(statements);
    statements.clear();
    for (CertificateSubject subject : planner.plan(person, BatchTestBed.TODAY).issuable()) {
      assembler.assemble(subject);
    }
    List<String> apart = List.copyOf(statements);

    assertThat(bodies).isGreaterThanOrEqualTo(3);
    assertThat(memoized.stream().filter(s -> s.contains(RESIDENT_BY_ATENA)))
        .as("the requester, and the householder if another person")
        .hasSizeLessThanOrEqualTo(2);
    assertThat(apart.stream().filter(s -> s.contains(RESIDENT_BY_ATENA)).count())
        .isGreaterThanOrEqualTo(bodies);
    assertThat(memoized.size()).isLessThan(apart.size() * 3 / 4);
  }

  private static long personWithSeveralBodies(EligibilityPlanner planner) {
    for (long atenaNo : new Legacy(bed.legacyWriter()).eligibleForJuminhyo(BatchTestBed.TODAY)) {
      if (planner.plan(atenaNo, BatchTestBed.TODAY).issuable().size() >= 3) {
        return atenaNo;
      }
    }
    throw new IllegalStateException("no person with three issuable variants in the test data");
  }

  /** The data source, recording the text of every statement prepared on its connections. */
  private DataSource counting(DataSource target) {
    return (DataSource)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              Object result = invoke(method, target, args);
              return result instanceof Connection c ? counting(c) : result;
            });
  }

  private Connection counting(Connection target) {
    return (Connection)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().startsWith("prepare")
                  && args != null
                  && args[0] instanceof String sql) {
                statements.add(sql);
              }
              return invoke(method, target, args);
            });
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
