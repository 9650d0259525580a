package org.probation.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** The name a customer is addressed by, optional: one line of at most 200 characters. */
@Documented
@Size(max = 200)
@PlainText(multiline = false)
@Constraint(validatedBy = {})
@Target({ FIELD, PARAMETER, RECORD_COMPONENT })
@Retention(RUNTIME)
public @interface PersonName {

    String message() default "must be a name of one line, at most 200 characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
