package org.probation.policy;

import java.util.List;

import org.probation.policy.model.Controls;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Controls as enforcement agents read them: absent controls are omitted. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ControlsView(String webForeign, List<String> allowCountries, List<String> blockedPaths,
        String mailForeign, Integer mailMaxPerHour) {

    public static ControlsView of(Controls controls) {
        return new ControlsView(controls.webForeign().orElse(null), controls.allowCountries(),
                controls.blockedPaths(), controls.mailForeign().orElse(null),
                controls.mailMaxPerHour().isPresent() ? controls.mailMaxPerHour().getAsInt() : null);
    }
}
