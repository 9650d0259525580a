package org.probation.incident;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.probation.validation.CustomerLocale;
import org.probation.validation.EmailAddress;
import org.probation.validation.PersonName;
import org.probation.validation.PlainText;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * An operator's correction of an account's contact details, replacing all three; checked like the account of
 * {@link OpenIncident}. The reason is shorter than an action's: the timeline entry also names what changed.
 */
@RegisterForReflection
public record ChangeContact(@EmailAddress String email, @PersonName String name, @CustomerLocale String locale,
        @NotBlank @Size(max = 1500) @PlainText String reason) {
}
