package org.golive.tracking.comparison;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.golive.platform.security.Caller;
import org.golive.platform.security.Role;
import org.golive.platform.security.RolloutAccess;
import org.golive.tracking.status.StatusDate;
import org.golive.platform.input.RefusedParameterException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

@Tag(name = "Wave comparison", description = "A wave's sites side by side on the days-to-go-live axis")
@RestController
class ComparisonController {

    /** As the earned-value endpoints: who reads money (CPI). */
    private static final Set<Role> MONEY_READERS = EnumSet.of(Role.PMO_ADMIN, Role.PROJECT_MANAGER, Role.FINANCE,
            Role.VIEWER);
    private static final Set<String> PARAMETERS = Set.of("from", "to", "step");
    static final int MAX_DAYS = 3_650;
    static final int MAX_POINTS = 400;

    private final WaveComparisons comparisons;
    private final StatusDate statusDate;
    private final RolloutAccess access;

    ComparisonController(WaveComparisons comparisons, StatusDate statusDate, RolloutAccess access) {
        this.comparisons = comparisons;
        this.statusDate = statusDate;
        this.access = access;
    }

    @Operation(summary = "Compare a wave's sites at the same T-minus days: readiness score and percent complete"
            + " (recorded or derived), the planned percent, SPI/CPI where recorded",
            description = "The axis runs from GL-`from` to GL-`to` (negative: after go-live) at every multiple of"
                    + " `step`, GL-0 included. A project manager sees the sites they manage.")
    @GetMapping("/waves/{waveId}/comparison")
    WaveComparison compare(@PathVariable String waveId,
                           @Parameter(description = "The earliest T-minus day, e.g. 120 for GL-120")
                           @RequestParam(required = false) String from,
                           @Parameter(description = "The last T-minus day; negative is after go-live")
                           @RequestParam(required = false) String to,
                           @Parameter(description = "Days between points, 1 to 365")
                           @RequestParam(required = false) String step,
                           HttpServletRequest request) {
        request.getParameterMap().forEach((name, values) -> {
            if (!PARAMETERS.contains(name)) {
                throw refused(name, "is not a parameter of the comparison: use from, to or step");
            }
            if (values.length > 1) {
                throw refused(name, "may be given once");
            }
        });
        List<Integer> axis = axis(number("from", from, 120, -MAX_DAYS, MAX_DAYS),
                number("to", to, -30, -MAX_DAYS, MAX_DAYS), number("step", step, 10, 1, 365));
        return comparisons.compare(waveId, axis, statusDate.today(), access.readable(),
                Caller.current().hasAny(MONEY_READERS));
    }

    /** Every multiple of the step from {@code from} down to {@code to}: GL-0 is on the axis whatever the step. */
    static List<Integer> axis(int from, int to, int step) {
        if (to > from) {
            throw refused("to", "may not be more days before go-live than from");
        }
        List<Integer> axis = new ArrayList<>();
        for (int days = Math.floorDiv(from, step) * step; days >= to; days -= step) {
            axis.add(days);
        }
        if (axis.size() > MAX_POINTS) {
            throw refused("step", "gives more than " + MAX_POINTS + " points between from and to");
        }
        return axis;
    }

    private static int number(String name, String value, int absent, int min, int max) {
        if (value == null) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below, as a number out of range is
        }
        throw refused(name, "must be a whole number from " + min + " to " + max);
    }

    /** Refused as the platform refuses any bad parameter: a 400 naming it; the value is never quoted back. */
    private static RefusedParameterException refused(String name, String reason) {
        return new RefusedParameterException(name, reason);
    }
}
