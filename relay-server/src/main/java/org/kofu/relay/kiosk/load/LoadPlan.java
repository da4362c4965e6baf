package org.kofu.relay.kiosk.load;

import java.net.URI;
import java.time.Duration;
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
    Duration warmUp) {

  public LoadPlan {
    relays = List.copyOf(relays);
    people = List.copyOf(people);
    mix = List.copyOf(mix);
    if (relays.isEmpty() || people.isEmpty() || mix.isEmpty() || kiosks < 1) {
      throw new IllegalArgumentException("a load needs relays, people, a mix and kiosks");
    }
  }

  /** The standard mix, 10 s to answer, 10% of the people changed, results notified. */
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
        Duration.ZERO);
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
        warmUp);
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
        warmUp);
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
        warmUpFirst);
  }
}
