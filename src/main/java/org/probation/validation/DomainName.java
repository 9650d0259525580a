package org.probation.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.net.IDN;
import java.text.Normalizer;
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
            if (value == null || ascii(value).isPresent()) {
                return true;
            }
            if (!value.isEmpty() && value.length() <= MAX_INPUT && convertedToAnotherName(value)) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("must be a domain name that stays itself in its ASCII"
                        + " form: the older IDNA rules turn letters such as ß or ς into others (ß becomes ss), which"
                        + " names another domain; give the ASCII (xn--) form instead").addConstraintViolation();
            }
            return false;
        }

        /** The name's ASCII form, or empty when it is no domain name. */
        public static Optional<String> ascii(String name) {
            if (name.isEmpty() || name.length() > MAX_INPUT) {
                return Optional.empty();
            }
            Optional<String> ascii = idna2003(name);
            return ascii.isPresent() && sameLetters(name, ascii.get()) ? ascii : Optional.empty();
        }

        private static Optional<String> idna2003(String name) {
            try {
                String ascii = IDN.toASCII(name, IDN.USE_STD3_ASCII_RULES);
                return ASCII_NAME.matcher(ascii).matches() ? Optional.of(ascii) : Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        /** A well-formed name that {@link IDN} (IDNA2003) would store as another one ({@code faß.de} as fass.de). */
        private static boolean convertedToAnotherName(String name) {
            return idna2003(name).isPresent();
        }

        /**
         * Whether the ASCII form reads back as the name given, up to case, width and the full stop used: IDNA2003 maps
         * ß to ss and ς to σ, and the domain so named is another registrable one (IDNA2008 keeps those letters).
         */
        private static boolean sameLetters(String name, String ascii) {
            // A label given in its ASCII form (xn--) is compared in Unicode; one in Unicode stays as given.
            return letters(IDN.toUnicode(letters(name))).equals(letters(IDN.toUnicode(ascii)));
        }

        private static String letters(String name) {
            String normalized = Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("[\u3002\uFF0E\uFF61]",
                    ".");
            StringBuilder lower = new StringBuilder();
            // Character by character: String.toLowerCase would turn a final capital sigma into ς, not σ.
            normalized.codePoints().map(Character::toLowerCase).forEach(lower::appendCodePoint);
            return lower.toString();
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
