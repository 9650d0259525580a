package org.probation.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** The language a customer's mails and pages are written in, required: {@code ja} or {@code en}. */
@Documented
@NotNull
@Pattern(regexp = "ja|en", message = "must be ja or en")
@Constraint(validatedBy = {})
@Target({ FIELD, PARAMETER, RECORD_COMPONENT })
@Retention(RUNTIME)
public @interface CustomerLocale {

    String message() default "must be ja or en";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
