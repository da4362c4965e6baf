package org.kofu.admin.security;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

/** Vaadin's security setup with our login view; a locked account gets its own message. */
@EnableWebSecurity
@EnableMethodSecurity
@Configuration
@ConditionalOnWebApplication
class SecurityConfiguration extends VaadinWebSecurity {

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
            DisabledException.class.getName(), "/login?disabled"));
    http.formLogin(form -> form.failureHandler(failures));
  }
}
