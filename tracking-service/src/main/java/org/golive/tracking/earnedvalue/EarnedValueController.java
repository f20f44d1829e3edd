package org.golive.tracking.earnedvalue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.golive.platform.security.RolloutAccess;
import org.golive.tracking.status.StatusDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

@Tag(name = "Earned value", description = "PV, EV, AC, SPI, CPI, EAC, ETC, VAC, TCPI per rollout, wave and program")
@RestController
class EarnedValueController {

    private final EarnedValues earnedValues;
    private final StatusDate statusDate;
    private final RolloutAccess access;

    EarnedValueController(EarnedValues earnedValues, StatusDate statusDate, RolloutAccess access) {
        this.earnedValues = earnedValues;
        this.statusDate = statusDate;
        this.access = access;
    }

    @Operation(summary = "A rollout's earned value on a date (today unless asOf is given)")
    @GetMapping("/rollouts/{rolloutId}/earned-value")
    EarnedValueView rollout(@PathVariable String rolloutId,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        EarnedValue value = earnedValues.ofRollout(rolloutId, statusDate.orToday(asOf));
        access.check(rolloutId, RolloutAccess.Action.READ);
        return EarnedValueView.of(value);
    }

    @Operation(summary = "A wave's earned value: the sums of its rollouts' measures, indices from the sums")
    @GetMapping("/waves/{waveId}/earned-value")
    EarnedValueView wave(@PathVariable String waveId,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return EarnedValueView.of(earnedValues.ofWave(waveId, statusDate.orToday(asOf)));
    }

    @Operation(summary = "A program's earned value: the sums of its rollouts' measures, indices from the sums")
    @GetMapping("/programs/{programId}/earned-value")
    EarnedValueView program(@PathVariable String programId,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return EarnedValueView.of(earnedValues.ofProgram(programId, statusDate.orToday(asOf)));
    }
}
