package org.golive.planning.resource;

import org.golive.planning.plan.PlanCalendar;
import org.golive.planning.role.ResourceRole;
import org.golive.platform.problem.RuleViolationException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a resource of the pool is: who or which role, skills, home site, working calendar (the plan's calendar type:
 * working weekdays, the site's holidays, extra working days; plus vacations), capacity in a full working week and
 * hourly cost rates by period.
 */
public record ResourceProfile(ResourceKind kind, String name, ResourceRole role, List<String> skills,
                              String homeSite, BigDecimal hoursPerWeek, PlanCalendar calendar,
                              List<Vacation> vacations, List<CostRate> costRates) {

    public ResourceProfile {
        skills = skills == null ? List.of() : List.copyOf(skills);
        calendar = calendar == null ? PlanCalendar.MONDAY_TO_FRIDAY : calendar;
        vacations = vacations == null ? List.of() : List.copyOf(vacations);
        costRates = costRates == null ? List.of() : List.copyOf(costRates);
    }

    /** The rules a form cannot state alone: rates in the currency's precision, one rate a date, vacations in order. */
    void check(Currency currency) {
        List<CostRate> given = costRates;
        List<Vacation> givenVacations = vacations;
        if (kind == ResourceKind.PERSON && hoursPerWeek.compareTo(BigDecimal.valueOf(168)) > 0) {
            throw new RuleViolationException("hoursPerWeek", "A person works at most 168 hours a week; a team's"
                    + " capacity is a ROLE's");
        }
        if (calendar.workingWeekdays().isEmpty()) {
            throw new RuleViolationException("calendar.workingWeekdays", "A resource works on at least one weekday");
        }
        Set<LocalDate> dates = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            CostRate rate = given.get(i);
            if (rate.hourlyRate().stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
                throw new RuleViolationException("costRates[" + i + "].hourlyRate", currency.getCurrencyCode()
                        + " has " + currency.getDefaultFractionDigits() + " decimals; " + rate.hourlyRate()
                        + " has more");
            }
            if (!dates.add(rate.from())) {
                throw new RuleViolationException("costRates[" + i + "].from", "Two rates start on " + rate.from());
            }
        }
        for (int i = 0; i < givenVacations.size(); i++) {
            Vacation vacation = givenVacations.get(i);
            if (vacation.to().isBefore(vacation.from())) {
                throw new RuleViolationException("vacations[" + i + "].to", "A vacation ends on or after its first day");
            }
            if (vacation.to().isAfter(vacation.from().plusYears(1))) {
                throw new RuleViolationException("vacations[" + i + "].to", "A vacation is at most a year long");
            }
        }
    }
}
