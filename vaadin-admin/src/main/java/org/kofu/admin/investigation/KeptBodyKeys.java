package org.kofu.admin.investigation;

import org.kofu.cache.crypto.CryptoProperties;
import org.kofu.cache.crypto.KeptBodySeal;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The key ring that opens kept bodies: the relays' {@code kofu.cache.crypto.*} (cache-cluster's
 * typed {@link CryptoProperties}), given to the admin as credential files like theirs. Without it
 * no body can be shown again; the investigation view says so.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("kofu.cache.crypto.active-key-id")
class KeptBodyKeys {

  @Bean
  KeptBodySeal keptBodySeal(Environment environment) {
    CryptoProperties crypto =
        Binder.get(environment).bind("kofu.cache.crypto", CryptoProperties.class).get();
    return new KeptBodySeal(crypto.toKeyRing());
  }
}
