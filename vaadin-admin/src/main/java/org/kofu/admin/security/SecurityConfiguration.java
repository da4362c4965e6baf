package org.kofu.admin.security;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import java.util.Map;
import org.kofu.admin.account.AddressThrottle;
import org.kofu.admin.audit.AuditTrail;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Vaadin's security setup with our login view; a locked account, a disabled one, an expired
 * one-time password and a throttled address each get their own message.
 */
@EnableWebSecurity
@EnableMethodSecurity
@Configuration
@ConditionalOnWebApplication
class SecurityConfiguration extends VaadinWebSecurity {

  private final AddressThrottle throttle;
  private final AuditTrail audit;

  SecurityConfiguration(AddressThrottle throttle, AuditTrail audit) {
    this.throttle = throttle;
    this.audit = audit;
  }

  @Override
  protected void configure(HttpSecurity http) throws Exception {
    super.configure(http);
    setLoginView(http, LoginView.class);
    ExceptionMappingAuthenticationFailureHandler failures =
        new ExceptionMappingAuthenticationFailureHandler();
    failures.setDefaultFailureUrl("/login?error");
    failures.setExceptionMappings(
        Map.of(
            LockedException.class.getName(), "/login?locked",
            DisabledException.class.getName(), "/login?disabled",
            CredentialsExpiredException.class.getName(), "/login?otp-expired"));
    http.formLogin(form -> form.failureHandler(failures));
    http.addFilterBefore(
        new SignInThrottleFilter(throttle, audit), UsernamePasswordAuthenticationFilter.class);
  }
}
