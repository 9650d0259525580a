package org.probation.incident;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.probation.incident.model.Cause;
import org.probation.validation.CustomerLocale;
import org.probation.validation.DomainName;
import org.probation.validation.EmailAddress;
import org.probation.validation.Finite;
import org.probation.validation.Patterns;
import org.probation.validation.PersonName;
import org.probation.validation.PlainText;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A request to open an incident: which account, why, and the evidence seen. */
@RegisterForReflection
public record OpenIncident(@NotNull @Valid AccountDetails account, @NotNull Cause cause,
        @Pattern(regexp = Patterns.POLICY) String policy, @Valid Evidence evidence) {

    @RegisterForReflection
    public record AccountDetails(
            @NotNull @Pattern(regexp = Patterns.ACCOUNT_ID) String id,
            @EmailAddress String email,
            @CustomerLocale String locale,
            @PersonName String name,
            @Size(max = 100) List<@NotNull @DomainName String> domains) {

        public List<String> domainsOrEmpty() {
            return domains == null ? List.of() : domains;
        }
    }

    @RegisterForReflection
    public record Evidence(
            @Size(max = 2000) @PlainText String summary,
            @Size(max = 100) List<@NotNull @DomainName String> domains,
            @Size(max = 50) Map<@NotNull @Pattern(regexp = Patterns.METRIC) String, @NotNull @Finite @PositiveOrZero Double> figures) {

        public static final Evidence NONE = new Evidence(null, List.of(), Map.of());
    }
}
