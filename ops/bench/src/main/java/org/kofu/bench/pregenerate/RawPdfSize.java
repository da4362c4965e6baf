package org.kofu.bench.pregenerate;

import java.util.List;
import org.kofu.batch.eligibility.PregenerationProperties;
import org.kofu.batch.eligibility.Variant;
import org.kofu.cache.contract.CachedBody;
import org.kofu.cache.contract.CertificateCache;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.render.body.RenderedBodyCodec;
import org.springframework.context.ApplicationContext;

/**
 * The renderer's PDF (streams uncompressed, as cached before compression) of a sample of bodies.
 */
final class RawPdfSize {

  private RawPdfSize() {}

  static long average(ApplicationContext node, List<Long> residents, int persons) {
    CertificateCache cache = node.getBean(CertificateCache.class);
    long bytes = 0;
    long count = 0;
    for (long atenaNo : residents.subList(0, Math.min(persons, residents.size()))) {
      for (Variant variant : PregenerationProperties.DEFAULTS) {
        var subject = variant.subject(new PersonRef.Resident(atenaNo));
        CachedBody body = cache.get(subject).orElse(null);
        if (body != null) {
          bytes +=
              RenderedBodyCodec.decode(body.sources(), body.renderedAt(), body.payload())
                  .pdf()
                  .length;
          count++;
        }
      }
    }
    return bytes / Math.max(1, count);
  }
}
