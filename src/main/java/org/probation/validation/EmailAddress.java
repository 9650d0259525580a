package org.probation.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** A customer's e-mail address, required: one line of at most 254 characters. Each failed rule is reported. */
@Documented
@NotBlank
@Email
@Size(max = 254)
@PlainText(multiline = false)
@Constraint(validatedBy = {})
@Target({ FIELD, PARAMETER, RECORD_COMPONENT })
@Retention(RUNTIME)
public @interface EmailAddress {

    String message() default "must be an e-mail address";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
