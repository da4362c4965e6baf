package org.kofu.batch.testing;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kofu.batch.eligibility.PregenerationProperties;
import org.kofu.batch.eligibility.Variant;
import org.kofu.cache.contract.CachedBody;
import org.kofu.cache.contract.CertificateCache;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.SourceVersions;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;

/** What the cache holds for a set of residents: subject key → the source versions of its body. */
public final class CacheSnapshot {

  private CacheSnapshot() {}

  public static Map<String, SourceVersions> of(CertificateCache cache, List<Long> atenaNos) {
    Map<String, SourceVersions> held = new TreeMap<>();
    for (long atenaNo : atenaNos) {
      for (Variant variant : PregenerationProperties.DEFAULTS) {
        var subject = variant.subject(new PersonRef.Resident(atenaNo));
        cache.get(subject).map(CachedBody::sources).ifPresent(s -> held.put(subject.key(), s));
      }
    }
    return held;
  }

  /** Subject keys whose cached body was made from rows that have since changed or gone. */
  public static List<String> stale(
      Map<String, SourceVersions> held, MadoguchiReader madoguchi, KosekiReader koseki) {
    return held.entrySet().stream()
        .filter(e -> !e.getValue().matches(current(e.getValue(), madoguchi, koseki)))
        .map(Map.Entry::getKey)
        .toList();
  }

  static Map<String, Long> current(
      SourceVersions sources, MadoguchiReader madoguchi, KosekiReader koseki) {
    List<String> ids = List.copyOf(sources.versions().keySet());
    Map<String, Long> current =
        new TreeMap<>(
            madoguchi.currentVersions(
                ids.stream().filter(i -> i.startsWith("madoguchi.")).toList()));
    current.putAll(
        koseki.currentVersions(ids.stream().filter(i -> i.startsWith("koseki.")).toList()));
    return current;
  }
}
