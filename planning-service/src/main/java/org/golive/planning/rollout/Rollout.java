package org.golive.planning.rollout;

import org.golive.contract.planning.RolloutCreated;
import org.golive.planning.program.Program;
import org.golive.planning.program.Wave;
import org.golive.platform.outbox.Aggregate;
import org.golive.platform.outbox.RaisedEvent;
import org.golive.platform.problem.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The EHR going live at one site. Its events are keyed by its id, so they stay in order for every consumer. */
@Document("rollouts")
public class Rollout extends Aggregate {

    private static final LocalDate EARLIEST_GO_LIVE = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST_GO_LIVE = LocalDate.of(2100, 12, 31);

    @Id
    private String id;
    @Indexed
    private String programId;
    private String waveId;
    private String siteName;
    private SiteType siteType;
    private LocalDate goLiveDate;
    private Integer beds;
    private Integer users;
    @Indexed
    private String projectManager;
    private Instant createdAt;

    Rollout() {
    }

    public record Site(String name, SiteType type, Integer beds, Integer users) {
    }

    /** Who answers for the rollout: its site, go-live date, wave and project manager (a user name, or null). */
    public record Plan(Site site, LocalDate goLiveDate, String waveId, String projectManager) {
    }

    public record Created(Rollout rollout, RaisedEvent event) {
    }

    /** A new rollout of {@code program}; the wave, if given, must be one of the program's. */
    public static Created create(Program program, Plan plan, Instant now) {
        Site site = plan.site();
        LocalDate goLiveDate = plan.goLiveDate();
        String waveId = plan.waveId();
        Wave wave = null;
        if (waveId != null) {
            wave = program.wave(waveId).orElseThrow(() -> new RuleViolationException("waveId",
                    "Program " + program.id() + " has no wave " + waveId));
        }
        if (goLiveDate.isBefore(EARLIEST_GO_LIVE) || goLiveDate.isAfter(LATEST_GO_LIVE)) {
            throw new RuleViolationException("goLiveDate", "The go-live date must lie between " + EARLIEST_GO_LIVE
                    + " and " + LATEST_GO_LIVE);
        }
        Rollout rollout = new Rollout();
        rollout.id = UUID.randomUUID().toString();
        rollout.programId = program.id();
        rollout.waveId = waveId;
        rollout.siteName = site.name();
        rollout.siteType = site.type();
        rollout.beds = site.beds();
        rollout.users = site.users();
        rollout.goLiveDate = goLiveDate;
        rollout.projectManager = plan.projectManager();
        rollout.createdAt = now;
        RolloutCreated event = new RolloutCreated(rollout.id, program.id(), program.name(), waveId,
                wave == null ? null : wave.name(), site.name(), site.type().name(), goLiveDate, site.beds(),
                site.users(), plan.projectManager(), now);
        return new Created(rollout, RaisedEvent.of(rollout.id, event));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    protected String eventSource() {
        return "/planning/rollouts/" + id;
    }

    public String programId() {
        return programId;
    }

    public String waveId() {
        return waveId;
    }

    public String siteName() {
        return siteName;
    }

    public SiteType siteType() {
        return siteType;
    }

    public LocalDate goLiveDate() {
        return goLiveDate;
    }

    public Integer beds() {
        return beds;
    }

    public Integer users() {
        return users;
    }

    public String projectManager() {
        return projectManager;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
