package org.kofu.admin.account;

import org.kofu.admin.AdminProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Argon2id hashes (Spring Security's recommended parameters) and one-time password length. */
@Configuration(proxyBeanMethods = false)
class Passwords {

  @Bean
  PasswordEncoder passwordEncoder() {
    return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
  }

  static String oneTimePassword(AdminProperties properties) {
    return OneTimePasswords.generate(Math.max(16, properties.password().minLength()));
  }
}
