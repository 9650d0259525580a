package org.probation.incident;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.probation.incident.model.Cause;
import org.probation.validation.Finite;
import org.probation.validation.Patterns;
import org.probation.validation.PlainText;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A request to open an incident: which account, why, and the evidence seen. */
@RegisterForReflection
public record OpenIncident(@NotNull @Valid AccountDetails account, @NotNull Cause cause,
        @Pattern(regexp = Patterns.POLICY) String policy, @Valid Evidence evidence) {

    @RegisterForReflection
    public record AccountDetails(
            @NotNull @Pattern(regexp = Patterns.ACCOUNT_ID) String id,
            @NotBlank @Email @Size(max = 254) @PlainText(multiline = false) String email,
            @NotNull @Pattern(regexp = "ja|en", message = "must be ja or en") String locale,
            @Size(max = 200) @PlainText(multiline = false) String name,
            @Size(max = 100) List<@NotNull @Pattern(regexp = Patterns.DOMAIN, message = "must be a domain name") String> domains) {

        public List<String> domainsOrEmpty() {
            return domains == null ? List.of() : domains;
        }
    }

    @RegisterForReflection
    public record Evidence(
            @Size(max = 2000) @PlainText String summary,
            @Size(max = 100) List<@NotNull @Pattern(regexp = Patterns.DOMAIN, message = "must be a domain name") String> domains,
            @Size(max = 50) Map<@NotNull @Pattern(regexp = Patterns.METRIC) String, @NotNull @Finite @PositiveOrZero Double> figures) {

        public static final Evidence NONE = new Evidence(null, List.of(), Map.of());
    }
}
