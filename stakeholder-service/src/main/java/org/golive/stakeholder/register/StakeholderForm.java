package org.golive.stakeholder.register;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import org.golive.platform.input.PlainText;

import java.util.List;

/**
 * The full editable state of a stakeholder. {@code version}, the version the client read, is required when revising
 * and ignored when registering. {@code champion} and {@code superUser} are {@code Boolean}s so that leaving them out
 * means "no" (Jackson 3 refuses a missing primitive); the engagement levels and ratings may be left out until assessed.
 */
record StakeholderForm(@NotNull(groups = StakeholderForm.Revision.class)
                       @PositiveOrZero(groups = StakeholderForm.Revision.class) Long version,
                       @NotBlank @Size(max = 200) @PlainText String name,
                       @Email @Size(max = 320) @PlainText String email,
                       @Size(max = 200) @PlainText String title,
                       @Size(max = 200) @PlainText String organization,
                       @NotNull RoleGroup roleGroup,
                       Level influence,
                       Level interest,
                       Engagement currentEngagement,
                       Engagement desiredEngagement,
                       Boolean champion,
                       Boolean superUser,
                       @Size(max = 200) List<@NotBlank @Size(max = 100) @PlainText String> rolloutIds,
                       @Size(max = 50) List<@NotBlank @Size(max = 100) @PlainText String> programIds) {

    /** Validation of a revision: everything a registration checks, and the version the client read. */
    interface Revision extends Default {
    }

    Stakeholder.Profile profile() {
        return profile(programIds);
    }

    /** The profile with the program links given (those the caller may not change are kept as stored). */
    Stakeholder.Profile profile(List<String> programLinks) {
        return new Stakeholder.Profile(name, email, title, organization, roleGroup, influence, interest,
                currentEngagement, desiredEngagement, Boolean.TRUE.equals(champion), Boolean.TRUE.equals(superUser),
                rolloutIds, programLinks);
    }
}
