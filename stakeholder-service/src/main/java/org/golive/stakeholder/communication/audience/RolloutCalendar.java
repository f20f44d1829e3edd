package org.golive.stakeholder.communication.audience;

import org.bson.Document;
import org.golive.platform.consumer.AppliedEvents;
import org.golive.platform.consumer.IncomingEvent;
import org.golive.platform.problem.NotFoundException;
import org.golive.platform.problem.RuleViolationException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The rollouts communications are planned for, with their site, program, go-live date and project manager, learned
 * from planning's events (each applied once: {@link AppliedEvents}). Due dates of plan entries count from here.
 */
@Component
public class RolloutCalendar {

    static final String COLLECTION = "communication_rollouts";

    /** A rollout as communications need it. */
    public record Rollout(String rolloutId, String programId, String siteName, LocalDate goLiveDate,
                          String projectManager) {
    }

    private final MongoTemplate mongo;
    private final AppliedEvents applied;

    RolloutCalendar(MongoTemplate mongo, AppliedEvents applied) {
        this.mongo = mongo;
        this.applied = applied;
    }

    public void created(IncomingEvent event, String rolloutId, String programId, String siteName, LocalDate goLive,
                        String projectManager) {
        applied.apply(event, COLLECTION, rolloutId, new Update().set("programId", programId)
                .set("siteName", siteName).set("goLiveDate", iso(goLive)).set("projectManager", projectManager));
    }

    public void updated(IncomingEvent event, String rolloutId, String programId, String siteName,
                        String projectManager) {
        applied.apply(event, COLLECTION, rolloutId, new Update().set("programId", programId)
                .set("siteName", siteName).set("projectManager", projectManager));
    }

    public void rescheduled(IncomingEvent event, String rolloutId, LocalDate goLive) {
        applied.apply(event, COLLECTION, rolloutId, new Update().set("goLiveDate", iso(goLive)));
    }

    public Optional<Rollout> rollout(String rolloutId) {
        return Optional.ofNullable(mongo.findById(rolloutId, Document.class, COLLECTION)).map(RolloutCalendar::of);
    }

    public List<Rollout> ofProgram(String programId) {
        return mongo.find(query(where("programId").is(programId)), Document.class, COLLECTION).stream()
                .map(RolloutCalendar::of).toList();
    }

    /**
     * The scope of a plan or a communication: a known rollout (its program taken from planning), or a program some
     * known rollout belongs to.
     *
     * @throws NotFoundException for a rollout or program planning has not announced
     */
    public Scope scope(String rolloutId, String programId) {
        if ((rolloutId == null) == (programId == null)) {
            throw new RuleViolationException("rolloutId", "Name either a rollout or a program, not both nor neither");
        }
        if (rolloutId != null) {
            return new Scope(rolloutId, rollout(rolloutId).orElseThrow(() -> new NotFoundException("Rollout", rolloutId))
                    .programId());
        }
        if (!mongo.exists(query(where("programId").is(programId)), COLLECTION)) {
            throw new NotFoundException("Program", programId);
        }
        return new Scope(null, programId);
    }

    /** The go-live a scope's plan counts from: the rollout's, or the program's next one on or after {@code today}. */
    public Optional<LocalDate> goLive(Scope scope, LocalDate today) {
        if (!scope.isProgram()) {
            return rollout(scope.rolloutId()).map(Rollout::goLiveDate);
        }
        return ofProgram(scope.programId()).stream().map(Rollout::goLiveDate).filter(Objects::nonNull)
                .filter(date -> !date.isBefore(today)).min(Comparator.naturalOrder());
    }

    /** Dates are kept as ISO text: a date has no time zone, and a stored instant would give it one. */
    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static Rollout of(Document d) {
        String goLive = d.getString("goLiveDate");
        LocalDate date = goLive == null ? null : LocalDate.parse(goLive);
        return new Rollout(d.getString("_id"), d.getString("programId"), d.getString("siteName"), date,
                d.getString("projectManager"));
    }
}
