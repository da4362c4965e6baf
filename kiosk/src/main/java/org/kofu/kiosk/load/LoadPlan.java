package org.kofu.kiosk.load;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.sql.DataSource;

/**
 * A load run.
 *
 * @param relays the relay base URLs; kiosk k starts at relay k mod n and fails over to the next
 * @param tls the center's TLS context (client certificate, trust); null for plain HTTP
 * @param legacy the existing systems (both schemas), read before every request and written by the
 *     changes
 * @param people the 住民票コード the kiosks ask for (each must be issuable for every mix type)
 * @param mix what is asked for, by weight
 * @param kiosks simulated kiosks, each one request at a time
 * @param duration how long kiosks start new transactions
 * @param thinkTime mean pause between a kiosk's transactions (uniform in [½, 1½] of it)
 * @param answerDeadline how long a kiosk waits for an answer from any relay, retries included,
 *     before the transaction counts as failed
 * @param changeShare share of {@code people} whose 方書 is changed once during the measured part (the
 *     warm-up changes the same people once, in its first half)
 * @param notifyResults whether each issued certificate is followed by its PRINTED notification
 * @param warmUp how long the same kiosks run before {@code duration} starts, not counted: the
 *     relays reach their steady state, and the counted part starts with kiosks already spread over
 *     their think times instead of all at once
 * @param refusals requests the relay must refuse (restricted persons, protected members, children):
 *     their refusal is a right answer, a certificate for any of them is wrong
 * @param refusalShare the share of transactions that ask for one of {@code refusals}
 */
public record LoadPlan(
    List<URI> relays,
    SSLContext tls,
    DataSource legacy,
    List<String> people,
    List<MixEntry> mix,
    int kiosks,
    Duration duration,
    Duration thinkTime,
    Duration answerDeadline,
    double changeShare,
    boolean notifyResults,
    Duration warmUp,
    List<RefusalCase> refusals,
    double refusalShare) {

  /** Of {@link RefusalCases} of each kind, at most this many people. */
  static final int REFUSAL_PEOPLE = 20;

  public LoadPlan {
    relays = List.copyOf(relays);
    people = List.copyOf(people);
    mix = List.copyOf(mix);
    refusals = List.copyOf(refusals);
    if (relays.isEmpty() || people.isEmpty() || mix.isEmpty() || kiosks < 1) {
      throw new IllegalArgumentException("a load needs relays, people, a mix and kiosks");
    }
  }

  /**
   * The standard mix, 10 s to answer, 10% of the people changed, results notified, and 3% of the
   * transactions asking for what must be refused ({@link RefusalCases}, read from {@code legacy}).
   */
  public static LoadPlan standard(
      List<URI> relays,
      SSLContext tls,
      DataSource legacy,
      List<String> people,
      int kiosks,
      Duration duration,
      Duration thinkTime) {
    return new LoadPlan(
        relays,
        tls,
        legacy,
        people,
        MixEntry.standard(),
        kiosks,
        duration,
        thinkTime,
        Duration.ofSeconds(10),
        0.10,
        true,
        Duration.ZERO,
        RefusalCases.read(legacy, REFUSAL_PEOPLE),
        0.03);
  }

  public LoadPlan withChangeShare(double share) {
    return new LoadPlan(
        relays,
        tls,
        legacy,
        people,
        mix,
        kiosks,
        duration,
        thinkTime,
        answerDeadline,
        share,
        notifyResults,
        warmUp,
        refusals,
        refusalShare);
  }

  /** The refusal cases chosen anew for {@code today} as the relays under load see it. */
  public LoadPlan withRefusalsAsOf(LocalDate today) {
    return new LoadPlan(
        relays,
        tls,
        legacy,
        people,
        mix,
        kiosks,
        duration,
        thinkTime,
        answerDeadline,
        changeShare,
        notifyResults,
        warmUp,
        RefusalCases.read(legacy, REFUSAL_PEOPLE, today),
        refusalShare);
  }

  public LoadPlan withAnswerDeadline(Duration deadline) {
    return new LoadPlan(
        relays,
        tls,
        legacy,
        people,
        mix,
        kiosks,
        duration,
        thinkTime,
        deadline,
        changeShare,
        notifyResults,
        warmUp,
        refusals,
        refusalShare);
  }

  public LoadPlan withWarmUp(Duration warmUpFirst) {
    return new LoadPlan(
        relays,
        tls,
        legacy,
        people,
        mix,
        kiosks,
        duration,
        thinkTime,
        answerDeadline,
        changeShare,
        notifyResults,
        warmUpFirst,
        refusals,
        refusalShare);
  }

  public LoadPlan withRefusals(List<RefusalCase> cases, double share) {
    return new LoadPlan(
        relays,
        tls,
        legacy,
        people,
        mix,
        kiosks,
        duration,
        thinkTime,
        answerDeadline,
        changeShare,
        notifyResults,
        warmUp,
        cases,
        share);
  }
}
