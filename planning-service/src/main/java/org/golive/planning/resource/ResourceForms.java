package org.golive.planning.resource;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.golive.planning.plan.PlanCalendar;
import org.golive.planning.role.ResourceRole;
import org.golive.platform.input.PlainText;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The pool's request and response bodies. */
final class ResourceForms {

    private ResourceForms() {
    }

    /**
     * The plan's calendar shape: working weekdays (Monday to Friday when left out), holidays, extra working days, and
     * optionally their hours as a site calendar takes them: a person's short Friday gives less capacity that week.
     *
     * @param workingTimes        the hours of a working day ({@code 08:00-12:00,13:00-17:00} when left out)
     * @param weekdayWorkingTimes working weekdays with hours of their own, {@code {"FRIDAY": "08:00-12:00"}}
     * @param dateWorkingTimes    dates worked in hours of their own, {@code {"2027-12-24": "08:00-12:00"}}
     */
    @Schema(name = "ResourceCalendar")
    record CalendarForm(@Size(min = 1, max = 7) Set<@NotNull DayOfWeek> workingWeekdays,
                        @Size(max = 400) List<@NotNull LocalDate> holidays,
                        @Size(max = 400) List<@NotNull LocalDate> extraWorkingDays,
                        @Size(max = 200) String workingTimes,
                        Map<DayOfWeek, @NotNull @Size(max = 200) String> weekdayWorkingTimes,
                        @Size(max = 400) Map<LocalDate, @NotNull @Size(max = 200) String> dateWorkingTimes) {
        PlanCalendar toCalendar() {
            return new PlanCalendar(workingWeekdays == null ? PlanCalendar.MONDAY_TO_FRIDAY.workingWeekdays()
                    : workingWeekdays, holidays, extraWorkingDays, workingTimes, weekdayWorkingTimes,
                    dateWorkingTimes);
        }

        static CalendarForm of(PlanCalendar calendar) {
            return new CalendarForm(calendar.workingWeekdays(), calendar.holidays(), calendar.extraWorkingDays(),
                    calendar.hours(), calendar.weekdayWorkingTimes(), calendar.dateWorkingTimes());
        }
    }

    @Schema(name = "ResourceVacation")
    record VacationForm(@NotNull LocalDate from, @NotNull LocalDate to) {
    }

    /** @param hourlyRate in the pool's currency, with no more decimals than it has (else 422) */
    @Schema(name = "ResourceCostRate")
    record CostRateForm(@NotNull LocalDate from,
                        @NotNull @DecimalMin("0") @DecimalMax("100000") BigDecimal hourlyRate) {
    }

    /**
     * @param hoursPerWeek capacity in a full working week (part-time: fewer hours, or fewer working weekdays); a
     *                     role's is its team's, a person's at most 168
     * @param version      required when changing a resource: the version you read
     */
    @Schema(name = "ResourceForm")
    record ResourceForm(@NotNull ResourceKind kind,
                        @NotBlank @Size(max = 200) @PlainText String name,
                        @NotNull ResourceRole role,
                        @Size(max = 50) List<@NotBlank @Size(max = 100) @PlainText String> skills,
                        @Size(max = 200) @PlainText String homeSite,
                        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("10000")
                        @Digits(integer = 5, fraction = 2) BigDecimal hoursPerWeek,
                        @Valid CalendarForm calendar,
                        @Size(max = 100) List<@NotNull @Valid VacationForm> vacations,
                        @Size(max = 100) List<@NotNull @Valid CostRateForm> costRates,
                        Long version) {
        ResourceProfile toProfile() {
            return new ResourceProfile(kind, name.strip(), role, skills == null ? List.of()
                    : skills.stream().map(String::strip).toList(), homeSite,
                    hoursPerWeek, calendar == null ? null : calendar.toCalendar(),
                    vacations == null ? List.of() : vacations.stream().map(v -> new Vacation(v.from(), v.to())).toList(),
                    costRates == null ? List.of()
                            : costRates.stream().map(r -> new CostRate(r.from(), r.hourlyRate())).toList());
        }
    }

    @Schema(name = "ResourceView")
    record ResourceView(String id, String programId, ResourceKind kind, String name, ResourceRole role,
                        List<String> skills, String homeSite, BigDecimal hoursPerWeek, CalendarForm calendar,
                        List<VacationForm> vacations, String currency, List<CostRateForm> costRates,
                        Instant addedAt, long version) {
        static ResourceView of(Resource resource) {
            ResourceProfile p = resource.profile();
            return new ResourceView(resource.id(), resource.programId(), p.kind(), p.name(), p.role(), p.skills(),
                    p.homeSite(), p.hoursPerWeek(), CalendarForm.of(p.calendar()),
                    p.vacations().stream().map(v -> new VacationForm(v.from(), v.to())).toList(),
                    resource.currency(),
                    p.costRates().stream().map(r -> new CostRateForm(r.from(), r.hourlyRate())).toList(),
                    resource.addedAt(), resource.version());
        }
    }
}
