package org.probation.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * A DNS name, Japanese (internationalized) names included, in Unicode ({@code 例え.jp}) or in their ASCII form
 * ({@code xn--r8jz45g.jp}): valid when its ASCII form ({@link IDN#toASCII} with the STD3 rules: letters, digits and
 * hyphens only) matches {@link Patterns#DOMAIN}. {@link Validator#canonical} is the form stored and shown.
 */
@Documented
@Constraint(validatedBy = DomainName.Validator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface DomainName {

    String message() default "must be a domain name";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<DomainName, String> {

        private static final Pattern ASCII_NAME = Pattern.compile(Patterns.DOMAIN);

        /**
         * An ASCII form is never shorter than its Unicode name, and at most 253 characters: anything much longer is
         * refused before the conversion looks at it.
         */
        private static final int MAX_INPUT = 1_000;

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || ascii(value).isPresent();
        }

        /** The name's ASCII form, or empty when it is no domain name. */
        public static Optional<String> ascii(String name) {
            if (name.isEmpty() || name.length() > MAX_INPUT) {
                return Optional.empty();
            }
            try {
                String ascii = IDN.toASCII(name, IDN.USE_STD3_ASCII_RULES);
                return ASCII_NAME.matcher(ascii).matches() ? Optional.of(ascii) : Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        /**
         * The one spelling of a valid name: Unicode, lower case. {@code 例え.JP}, {@code 例え.jp} and
         * {@code xn--r8jz45g.jp} are all {@code 例え.jp}.
         */
        public static String canonical(String name) {
            String ascii = ascii(name).orElseThrow(() -> new IllegalArgumentException("not a domain name: " + name));
            return IDN.toUnicode(ascii.toLowerCase(Locale.ROOT)).toLowerCase(Locale.ROOT);
        }
    }
}
