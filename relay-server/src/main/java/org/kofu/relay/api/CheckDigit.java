package org.kofu.relay.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A 全国地方公共団体コード whose check digit matches; other forms are left to {@code @Pattern}, so that a code
 * is refused for one reason only.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CheckDigit.Validator.class)
@interface CheckDigit {

  String message() default "check digit does not match";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  final class Validator implements ConstraintValidator<CheckDigit, String> {
    @Override
    public boolean isValid(String code, ConstraintValidatorContext context) {
      return code == null
          || !code.matches(Patterns.MUNICIPALITY_CODE)
          || Patterns.validMunicipalityCode(code);
    }
  }
}
