package org.kofu.batch.dictionary;

import java.util.ArrayList;
import java.util.List;
import org.kofu.batch.cachewrite.PersonProcessor;
import org.kofu.cache.compression.ClusterDictionaries;
import org.kofu.cache.compression.DictionaryTrainer;
import org.kofu.cache.contract.NewBody;
import org.kofu.core.certificate.assembly.MissingRecordException;
import org.kofu.core.render.font.UndrawableCharacterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Activates a dictionary trained on the bodies of the first {@code persons} residents given, unless
 * the cluster has an active one already (several nodes starting at once may each publish one; the
 * last activation wins, and values name the dictionary they were made with).
 */
public final class DictionaryBootstrap {

  private static final Logger log = LoggerFactory.getLogger(DictionaryBootstrap.class);

  private final ClusterDictionaries dictionaries;
  private final PersonProcessor processor;

  public DictionaryBootstrap(ClusterDictionaries dictionaries, PersonProcessor processor) {
    this.dictionaries = dictionaries;
    this.processor = processor;
  }

  /** Whether a new dictionary was activated. */
  public boolean ensure(List<Long> residents, int persons) {
    if (dictionaries.activeId().isPresent()) {
      return false;
    }
    List<byte[]> samples = new ArrayList<>();
    for (long atenaNo : residents.subList(0, Math.min(persons, residents.size()))) {
      try {
        processor.process(atenaNo).bodies().stream().map(NewBody::payload).forEach(samples::add);
      } catch (MissingRecordException | UndrawableCharacterException e) {
        // a bad record is no sample; the run itself skips and logs it
      }
    }
    if (samples.size() < 8) {
      log.info("too few bodies ({}) to train a dictionary yet", samples.size());
      return false;
    }
    String id =
        dictionaries.publish(DictionaryTrainer.train(samples, DictionaryTrainer.DEFAULT_SIZE));
    dictionaries.activate(id);
    log.info("dictionary {} trained on {} bodies and activated", id, samples.size());
    return true;
  }
}
