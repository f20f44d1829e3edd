package org.golive.planning.resource;

import org.golive.planning.msproject.ImportedResource;
import org.golive.planning.role.ResourceRole;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A pool resource as an MS Project resource and back: the role in the resource's Group ("Credentialed trainer"), a
 * generic role as MS Project's Generic flag, the hours of a week as maximum units of a 40-hour week (100 % = 40 h).
 * A file resource whose Group (or name) names no role of the pool is added as an application analyst, and the note
 * says so: the PMO sets its role in the pool.
 */
record FileResourceProfile(ResourceProfile profile, Optional<String> note) {

    private static final BigDecimal STANDARD_WEEK = BigDecimal.valueOf(40);
    private static final BigDecimal MAX_PERSON_WEEK = BigDecimal.valueOf(168);
    private static final ResourceRole UNSTATED = ResourceRole.APPLICATION_ANALYST;

    static FileResourceProfile of(ImportedResource resource) {
        Optional<ResourceRole> role = role(resource.group()).or(() -> role(resource.name()));
        ResourceKind kind = resource.generic() ? ResourceKind.ROLE : ResourceKind.PERSON;
        BigDecimal hours = (resource.maxUnits() == null ? BigDecimal.ONE : resource.maxUnits())
                .multiply(STANDARD_WEEK).setScale(2, RoundingMode.HALF_UP);
        if (kind == ResourceKind.PERSON && hours.compareTo(MAX_PERSON_WEEK) > 0) {
            kind = ResourceKind.ROLE; // more than a person can give: a team
        }
        ResourceProfile profile = new ResourceProfile(kind, resource.name(), role.orElse(UNSTATED), List.of(), null,
                hours, null, List.of(), List.of());
        return new FileResourceProfile(profile, role.isPresent() ? Optional.empty()
                : Optional.of("resource '" + resource.name() + "' was added to the pool as " + UNSTATED
                + " (its Group names no role of the pool): set its role there"));
    }

    static ImportedResource toFile(Resource resource) {
        ResourceProfile profile = resource.profile();
        return new ImportedResource(resource.id(), profile.name(), null, label(profile.role()),
                profile.kind() == ResourceKind.ROLE, profile.hoursPerWeek().divide(STANDARD_WEEK, 4,
                RoundingMode.HALF_UP).stripTrailingZeros());
    }

    /** "Credentialed trainer" for CREDENTIALED_TRAINER. */
    static String label(ResourceRole role) {
        String words = role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Optional<ResourceRole> role(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String key = text.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("(^_+|_+$)", "");
        for (ResourceRole role : ResourceRole.values()) {
            if (role.name().equals(key) || (role.name() + "S").equals(key)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
