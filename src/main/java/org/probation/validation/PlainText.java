package org.probation.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

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
 * Text a person wrote, to be shown to other people: no control characters (NUL cannot even be stored by PostgreSQL;
 * escape sequences repaint terminals), no bidirectional overrides that make a reason read differently from what it
 * says, no broken UTF-16. Tabs and line breaks only where the text may span lines.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface PlainText {

    /** Whether tabs and line breaks (CR, LF) are allowed. */
    boolean multiline() default true;

    String message() default "must not contain control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Also usable without Bean Validation, e.g. {@code Validator.isPlain(text, false)}. */
    class Validator implements ConstraintValidator<PlainText, String> {

        private boolean multiline;

        @Override
        public void initialize(PlainText annotation) {
            multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isPlain(value, multiline);
        }

        public static boolean isPlain(String text, boolean multiline) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return false;
                } else if (c == '\t' || c == '\n' || c == '\r') {
                    if (!multiline) {
                        return false;
                    }
                } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                    return false;
                }
            }
            return true;
        }
    }
}
