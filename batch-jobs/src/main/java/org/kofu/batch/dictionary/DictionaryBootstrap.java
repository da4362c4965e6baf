package org.kofu.batch.dictionary;

import java.util.List;
import org.kofu.cache.compression.ClusterDictionaries;
import org.kofu.cache.compression.DictionaryTrainer;
import org.kofu.core.render.CertificateRenderer;
import org.kofu.core.render.body.RenderedBodyCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Activates a dictionary trained on {@link SyntheticCertificates} rendered by the real renderer,
 * unless the cluster has an active one already (several nodes starting at once may each publish
 * one; the last activation wins, and values name the dictionary they were made with). Never on
 * residents' certificates: the dictionary is in every member and every process that compresses,
 * unencrypted, so it must hold nobody's name or address.
 */
public final class DictionaryBootstrap {

  /** Households of three: every certificate type of each, 8 bodies per household. */
  static final int HOUSEHOLDS = 25;

  private static final Logger log = LoggerFactory.getLogger(DictionaryBootstrap.class);

  private final ClusterDictionaries dictionaries;
  private final CertificateRenderer renderer;

  public DictionaryBootstrap(ClusterDictionaries dictionaries, CertificateRenderer renderer) {
    this.dictionaries = dictionaries;
    this.renderer = renderer;
  }

  /** Whether a new dictionary was activated. */
  public boolean ensure() {
    if (dictionaries.activeId().isPresent()) {
      return false;
    }
    List<byte[]> samples = samples(renderer);
    String id =
        dictionaries.publish(DictionaryTrainer.train(samples, DictionaryTrainer.DEFAULT_SIZE));
    dictionaries.activate(id);
    log.info("dictionary {} trained on {} synthetic bodies and activated", id, samples.size());
    return true;
  }

  /** The bodies the dictionary is trained on, in the cache's form. */
  public static List<byte[]> samples(CertificateRenderer renderer) {
    return SyntheticCertificates.of(HOUSEHOLDS).stream()
        .map(content -> RenderedBodyCodec.encode(renderer.renderForCache(content)))
        .toList();
  }
}
