package org.golive.planning.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.golive.planning.program.Programs;
import org.golive.planning.role.ResourceRole;
import org.golive.platform.input.RefusedParameterException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

@Tag(name = "Resources")
@RestController
class CapacityController {

    private static final Set<String> PARAMETERS = Set.of("from", "to", "role", "resourceId", "overAllocatedOnly");

    private final CapacityReads reads;
    private final Programs programs;
    private final Clock clock;

    CapacityController(CapacityReads reads, Programs programs, Clock clock) {
        this.reads = reads;
        this.programs = programs;
        this.clock = clock;
    }

    @Operation(summary = "Capacity against demand of the program's pool per ISO week across every rollout, with "
            + "over-allocations naming their tasks (from/to: ISO weeks such as 2027-W05; role repeatable)")
    @GetMapping("/programs/{programId}/capacity")
    CapacityView capacity(@PathVariable String programId, @RequestParam(required = false) String from,
                          @RequestParam(required = false) String to,
                          @RequestParam(required = false) List<String> role,
                          @RequestParam(required = false) String resourceId,
                          @RequestParam(required = false) Boolean overAllocatedOnly,
                          HttpServletRequest request) {
        request.getParameterMap().forEach((name, values) -> {
            if (!PARAMETERS.contains(name)) {
                throw new RefusedParameterException(name, "is not a parameter of the capacity view: use from, to,"
                        + " role, resourceId or overAllocatedOnly");
            }
            if (!name.equals("role") && values.length > 1) {
                throw new RefusedParameterException(name, "may be given once");
            }
        });
        CapacityView.Filter filter = new CapacityView.Filter(week("from", from), week("to", to), roles(role),
                resourceId, Boolean.TRUE.equals(overAllocatedOnly));
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw new RefusedParameterException("to", "must not be before from");
        }
        return reads.of(programId).map(load -> CapacityView.of(programId, load, filter)).orElseGet(() -> {
            programs.get(programId);
            return new CapacityView(programId, clock.instant(), List.of(), List.of(), List.of());
        });
    }

    private static LocalDate week(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return IsoWeeks.parse(value);
        } catch (DateTimeParseException e) {
            throw new RefusedParameterException(name, "must be an ISO week such as 2027-W05");
        }
    }

    private static Set<ResourceRole> roles(List<String> given) {
        Set<ResourceRole> roles = EnumSet.noneOf(ResourceRole.class);
        for (String value : given == null ? List.<String>of() : given) {
            try {
                roles.add(ResourceRole.valueOf(value));
            } catch (IllegalArgumentException e) {
                throw new RefusedParameterException("role", "must be one of " + List.of(ResourceRole.values()));
            }
        }
        return roles;
    }
}
