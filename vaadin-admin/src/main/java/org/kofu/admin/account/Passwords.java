package org.kofu.admin.account;

import org.kofu.admin.AdminProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Argon2id hashes at OWASP's minimum or above, and the one-time password length. */
@Configuration(proxyBeanMethods = false)
class Passwords {

  static final int SALT_BYTES = 16;
  static final int HASH_BYTES = 32;
  static final int PARALLELISM = 1;

  /** OWASP's minimum for Argon2id: 19 MiB; Spring Security's v5.8 defaults use only 16 MiB. */
  static final int MEMORY_KIB = 19 * 1024;

  static final int ITERATIONS = 2;

  @Bean
  PasswordEncoder passwordEncoder() {
    return encoder();
  }

  /** The encoder; a stored hash with less memory or fewer iterations is re-hashed at sign-in. */
  static Argon2PasswordEncoder encoder() {
    return new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS);
  }

  static String oneTimePassword(AdminProperties properties) {
    return OneTimePasswords.generate(Math.max(16, properties.password().minLength()));
  }
}
