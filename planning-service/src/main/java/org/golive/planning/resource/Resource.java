package org.golive.planning.resource;

import org.golive.contract.planning.ResourceAdded;
import org.golive.contract.planning.ResourceRemoved;
import org.golive.contract.planning.ResourceUpdated;
import org.golive.planning.schedule.WorkCalendar;
import org.golive.platform.outbox.Aggregate;
import org.golive.platform.outbox.Changed;
import org.golive.platform.outbox.RaisedEvent;
import org.golive.platform.problem.ConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A person or a generic role of a program's resource pool. Removing one keeps its document (marked removed) so that
 * its events still leave through the outbox; removed resources are no longer listed and carry no demand.
 */
@Document("resources")
public class Resource extends Aggregate {

    @Id
    private String id;
    private String programId;
    private ResourceProfile profile;
    private String currency;
    private Instant addedAt;
    private Instant removedAt;

    Resource() {
    }

    static Changed<Resource> add(String programId, ResourceProfile profile, Currency currency, Instant now) {
        profile.check(currency);
        Resource resource = new Resource();
        resource.id = UUID.randomUUID().toString();
        resource.programId = programId;
        resource.profile = profile;
        resource.currency = currency.getCurrencyCode();
        resource.addedAt = now;
        ResourceAdded added = new ResourceAdded(programId, resource.id, profile.kind().name(), profile.name(),
                profile.role().name(), profile.skills(), profile.homeSite(), profile.hoursPerWeek().toPlainString(),
                resource.weekdays(), resource.nonWorkingDays(), resource.currency, resource.contractRates(), now);
        return Changed.of(resource, RaisedEvent.of(programId, added));
    }

    Changed<Resource> revise(ResourceProfile revised, Instant now) {
        requireInPool();
        revised.check(Currency.getInstance(currency));
        profile = revised;
        return Changed.of(this, RaisedEvent.of(programId, new ResourceUpdated(programId, id, revised.kind().name(),
                revised.name(), revised.role().name(), revised.skills(), revised.homeSite(),
                revised.hoursPerWeek().toPlainString(), weekdays(), nonWorkingDays(), currency, contractRates(), now)));
    }

    Changed<Resource> remove(Instant now) {
        requireInPool();
        removedAt = now;
        return Changed.of(this, RaisedEvent.of(programId, new ResourceRemoved(programId, id, profile.name(), now)));
    }

    private void requireInPool() {
        if (removedAt != null) {
            throw new ConflictException("Resource " + id + " was removed from the pool on " + removedAt);
        }
    }

    /**
     * The resource's own working calendar: its weekdays in their hours (a short Friday), the site's holidays and its
     * vacations off.
     */
    public WorkCalendar workCalendar() {
        WorkCalendar days = WorkCalendar.of(profile.calendar().workingWeekdays(), nonWorkingDays(),
                profile.calendar().extraWorkingDays());
        return profile.calendar().inItsHours(days, Set.copyOf(vacationDays()));
    }

    private List<LocalDate> nonWorkingDays() {
        List<LocalDate> days = new ArrayList<>(profile.calendar().holidays());
        days.addAll(vacationDays());
        return days.stream().distinct().sorted().toList();
    }

    private List<LocalDate> vacationDays() {
        List<LocalDate> days = new ArrayList<>();
        for (Vacation vacation : profile.vacations()) {
            for (LocalDate day = vacation.from(); !day.isAfter(vacation.to()); day = day.plusDays(1)) {
                days.add(day);
            }
        }
        return days;
    }

    private List<String> weekdays() {
        return profile.calendar().workingWeekdays().stream().sorted().map(DayOfWeek::name).toList();
    }

    private List<ResourceAdded.CostRate> contractRates() {
        return profile.costRates().stream()
                .map(rate -> new ResourceAdded.CostRate(rate.from(), rate.hourlyRate().toPlainString())).toList();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    protected String eventSource() {
        return "/planning/resources/" + id;
    }

    public String programId() {
        return programId;
    }

    public ResourceProfile profile() {
        return profile;
    }

    public String currency() {
        return currency;
    }

    public Instant addedAt() {
        return addedAt;
    }

    public boolean removed() {
        return removedAt != null;
    }
}
