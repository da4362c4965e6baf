package org.kofu.batch.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kofu.batch.testing.BatchTestBed;
import org.kofu.batch.testing.Jobs;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.koseki.RegisteredPerson;
import org.kofu.core.registration.Applicant;
import org.kofu.core.registration.RegisterMatching;
import org.kofu.projectdb.registration.NewRegistration;
import org.kofu.projectdb.registration.Registration;
import org.kofu.projectdb.registration.RegistrationRepository;
import org.kofu.projectdb.registration.RegistrationStatus;
import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The delta job suspends approved 本籍地利用登録 whose person left the register or no longer agrees, from
 * the koseki change journal, on PostgreSQL; a registration whose register changed in a way that
 * leaves its person agreeing stays approved.
 */
class RegistrationSuspensionIT {

  static BatchTestBed bed;
  static ConfigurableApplicationContext node;

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
  void theDeltaJobSuspendsRegistrationsWhosePersonLeftOrNoLongerAgrees() throws Exception {
    JdbcTemplate legacy = new JdbcTemplate(bed.legacyWriter());
    DataSource project = node.getBean(DataSource.class);
    RegistrationRepository registrations = new RegistrationRepository(project);
    List<RegisteredPerson> people = inThreeRegisters(legacy);
    long removed = approve(registrations, people.get(0), "77777777701");
    long changed = approve(registrations, people.get(1), "77777777702");
    long untouched = approve(registrations, people.get(2), "77777777703");

    legacy.update(
        "UPDATE koseki.kojin SET joseki = TRUE WHERE koseki_id = ? AND kojin_no = ?",
        people.get(0).member().kosekiId(),
        people.get(0).member().kojinNo());
    legacy.update(
        "UPDATE koseki.koseki SET honseki = '北海道函館市末広町99番地' WHERE koseki_id = ?",
        people.get(1).member().kosekiId());
    legacy.update(
        "UPDATE koseki.kojin SET zokugara = zokugara WHERE koseki_id = ? AND kojin_no = ?",
        people.get(2).member().kosekiId(),
        people.get(2).member().kojinNo());
    assertThat(Jobs.run(node, "deltaPregeneration", Jobs.now()).getStatus())
        .isEqualTo(BatchStatus.COMPLETED);

    Registration left = registrations.find(removed).orElseThrow();
    assertThat(left.status()).isEqualTo(RegistrationStatus.SUSPENDED);
    assertThat(left.endReason()).isEqualTo("LEFT_REGISTER");
    assertThat(left.endedBy()).isEqualTo("batch");
    assertThat(registrations.find(changed).orElseThrow().endReason()).isEqualTo("NO_LONGER_AGREES");
    assertThat(registrations.find(untouched).orElseThrow().status())
        .isEqualTo(RegistrationStatus.APPROVED);
    assertThat(registrations.approvedFor("77777777701")).isEmpty();
    assertThat(
            new JdbcTemplate(project)
                .queryForList(
                    "SELECT detail FROM audit_log WHERE action = 'REGISTRATION_SUSPENDED'"
                        + " ORDER BY seq",
                    String.class))
        .containsExactly(
            "#" + removed + " " + left.personKey() + " LEFT_REGISTER",
            "#"
                + changed
                + " "
                + registrations.find(changed).orElseThrow().personKey()
                + " NO_LONGER_AGREES");
  }

  /** Three persons in force, each in another register (whether they live here does not matter). */
  private static List<RegisteredPerson> inThreeRegisters(JdbcTemplate legacy) {
    KosekiReader reader = node.getBean(KosekiReader.class);
    Map<Long, RegisteredPerson> byRegister = new TreeMap<>();
    legacy
        .queryForList(
            "SELECT p.koseki_id, p.kojin_no FROM koseki.kojin p JOIN koseki.koseki k"
                + " ON k.koseki_id = p.koseki_id WHERE p.joseki = FALSE"
                + " AND k.status = 'CURRENT' ORDER BY p.koseki_id, p.kojin_no")
        .forEach(
            row -> {
              long koseki = ((Number) row.get("koseki_id")).longValue();
              int kojin = ((Number) row.get("kojin_no")).intValue();
              RegisteredPerson person = reader.registeredPerson(koseki, kojin).orElseThrow();
              if (person.fullName() != null) {
                byRegister.putIfAbsent(koseki, person);
              }
            });
    assertThat(byRegister).hasSizeGreaterThanOrEqualTo(3);
    return new ArrayList<>(byRegister.values()).subList(0, 3);
  }

  /** An application with the person's data, approved from its one candidate. */
  private static long approve(
      RegistrationRepository registrations, RegisteredPerson person, String code) {
    Applicant applicant =
        new Applicant(
            person.fullName(),
            person.member().birthDate(),
            person.register().honseki(),
            person.register().hittosha());
    RegisterMatching matching = new RegisterMatching(node.getBean(KosekiReader.class));
    assertThat(matching.candidates(applicant)).contains(person);
    long id =
        registrations.insertPending(
            new NewRegistration(
                "batch-it-" + code,
                code,
                applicant.name(),
                "カナ",
                applicant.birthDate(),
                applicant.honseki(),
                applicant.hittosha(),
                Instant.now()));
    assertThat(
            registrations.approve(
                id,
                0,
                person.member().kosekiId(),
                person.member().kojinNo(),
                "clerk",
                Instant.now()))
        .isTrue();
    return id;
  }
}
