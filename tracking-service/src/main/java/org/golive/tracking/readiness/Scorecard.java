package org.golive.tracking.readiness;

import org.golive.platform.outbox.Aggregate;
import org.golive.platform.outbox.Changed;
import org.golive.platform.outbox.RaisedEvent;
import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.NotFoundException;
import org.golive.platform.problem.RuleViolationException;
import org.golive.tracking.training.TrainingFigures;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A site's go-live readiness: its criteria, the tasks and training figures that feed them, its go/no-go checkpoints
 * and its history, in one document so that every change is stored with its event at once. Seeded when the site's
 * plan is instantiated; planning's events reach it in their source's order, and a redelivered one changes nothing.
 * The last word on a criterion wins: an assessment, or a later change of what feeds it.
 */
@Document("readiness_scorecards")
public class Scorecard extends Aggregate {

    static final List<Checkpoint> DEFAULT_CHECKPOINTS = List.of(Checkpoint.named("GL-30", 30),
            Checkpoint.named("GL-7", 7));

    @Id
    private String rolloutId;
    private String programId;
    private LocalDate goLiveDate;
    private List<Criterion> criteria = new ArrayList<>();
    private List<TaskTag> tasks = new ArrayList<>();
    private TrainingFigures training = TrainingFigures.none();
    private List<Checkpoint> checkpoints = new ArrayList<>();
    private List<Revision> history = new ArrayList<>();
    /** The last of planning's events about this rollout applied here: a redelivered one changes nothing. */
    private long planningSequence;

    Scorecard() {
    }

    /** The scorecard of a site whose plan was just instantiated (see {@link StandardCriteria}). */
    static Changed<Scorecard> seed(String rolloutId, String programId, LocalDate goLive,
                                   List<StandardCriteria.TaggedTask> tagged, Map<String, Boolean> doneByTask,
                                   long sequence, Instant at) {
        Scorecard card = new Scorecard();
        card.rolloutId = rolloutId;
        card.programId = programId;
        card.goLiveDate = goLive;
        card.planningSequence = sequence;
        card.checkpoints = new ArrayList<>(DEFAULT_CHECKPOINTS);
        card.retag(tagged, doneByTask, at);
        card.criteria.replaceAll(c -> FedAttainment.of(c, card.tasks, card.training)
                .map(r -> c.attained(r.attainment(), r.evidence(), at, null)).orElse(c));
        List<Revision.Change> created = card.criteria.stream().map(c -> new Revision.Change(c.id(), null,
                c.status(), c.attainment(), c.evidence())).toList();
        return Changed.of(card, card.revise(Revision.Cause.PLAN, created, null, null, at));
    }

    @Override
    public String id() {
        return rolloutId;
    }

    @Override
    protected String eventSource() {
        return "/tracking/readiness/" + rolloutId;
    }

    // --- fed by planning's events --------------------------------------------------------------------------------

    public boolean hasApplied(long sequence) {
        return sequence <= planningSequence;
    }

    Changed<Scorecard> goLiveMoved(long sequence, LocalDate newGoLive) {
        planningSequence = sequence;
        goLiveDate = newGoLive;
        return Changed.silently(this);
    }

    /** A task was added or changed: its tag and status; the criteria it leaves and joins follow. */
    Changed<Scorecard> taskChanged(long sequence, StandardCriteria.TaggedTask task, boolean done, Instant at) {
        planningSequence = sequence;
        Optional<TaskTag> before = tasks.stream().filter(t -> t.taskId().equals(task.taskId())).findFirst();
        tasks.removeIf(t -> t.taskId().equals(task.taskId()));
        Optional<Criterion> evidenced = StandardCriteria.criterionFor(task, criteria, at);
        evidenced.filter(c -> !criteria.contains(c)).ifPresent(criteria::add);
        String criterionId = evidenced.map(Criterion::id).orElse(null);
        evidenced.ifPresent(c -> tasks.add(new TaskTag(task.taskId(), c.id(), done)));
        String joined = criterionId;
        String left = before.map(TaskTag::criterionId).orElse(null);
        return refresh(Revision.Cause.TASK_PROGRESS, c -> c.id().equals(joined) || c.id().equals(left), null, at);
    }

    /** The plan was instantiated again (a new template version, an import): its tasks' tags replace the old. */
    Changed<Scorecard> replanned(long sequence, LocalDate goLive, List<StandardCriteria.TaggedTask> tagged,
                                 Map<String, Boolean> doneByTask, Instant at) {
        planningSequence = sequence;
        goLiveDate = goLive;
        List<Revision.Change> created = retag(tagged, doneByTask, at).stream().map(c -> new Revision.Change(c.id(),
                null, c.status(), c.attainment(), c.evidence())).toList();
        Changed<Scorecard> refreshed = refresh(Revision.Cause.PLAN, c -> c.feed() != Feed.ASSESSMENT, null, at);
        if (created.isEmpty() || refreshed.raisedEvents()) {
            return refreshed; // a new criterion starts at 0 and is named in no refresh: only its creation is news
        }
        return Changed.of(this, revise(Revision.Cause.PLAN, created, null, null, at));
    }

    Changed<Scorecard> taskProgressed(long sequence, String taskId, boolean done, Instant at) {
        planningSequence = sequence;
        Optional<TaskTag> tag = tasks.stream().filter(t -> t.taskId().equals(taskId)).findFirst();
        if (tag.isEmpty() || tag.get().done() == done) {
            return Changed.silently(this);
        }
        tasks.replaceAll(t -> t.taskId().equals(taskId) ? new TaskTag(taskId, t.criterionId(), done) : t);
        return refresh(Revision.Cause.TASK_PROGRESS, c -> c.id().equals(tag.get().criterionId()), null, at);
    }

    // --- through the API -----------------------------------------------------------------------------------------

    public Changed<Scorecard> assess(String criterionId, int attainment, String evidence, String note, String by,
                                     Instant at) {
        Criterion criterion = criterion(criterionId);
        if (attainment < 0 || attainment > 100) {
            throw new RuleViolationException("attainment", "Attainment is a percent, 0 to 100");
        }
        Criterion assessed = criterion.attained(attainment, evidence, at, by);
        criteria.replaceAll(c -> c.id().equals(criterionId) ? assessed : c);
        // An assessment is kept even when it confirms the criterion as it was.
        return Changed.of(this, revise(Revision.Cause.ASSESSMENT, List.of(new Revision.Change(criterionId,
                criterion.status(), assessed.status(), attainment, evidence)), note, by, at));
    }

    public Changed<Scorecard> recordTraining(TrainingFigures figures, String by, Instant at) {
        training = figures;
        return refresh(Revision.Cause.TRAINING, c -> c.domain() == Domain.TRAINING && c.feed() != Feed.TASKS,
                by, at);
    }

    public Changed<Scorecard> addCheckpoint(String name, int daysBeforeGoLive) {
        if (checkpoints.stream().anyMatch(c -> c.name().equals(name))) {
            throw new ConflictException("Checkpoint " + name + " exists");
        }
        checkpoints.add(Checkpoint.named(name, daysBeforeGoLive));
        return Changed.silently(this);
    }

    public Changed<Scorecard> namePanel(String checkpoint, List<String> members, String chair) {
        replace(checkpoint(checkpoint).withPanel(members, chair));
        return Changed.silently(this);
    }

    public Changed<Scorecard> vote(String checkpoint, String member, boolean forSelf, VoteValue vote,
                                   String comment, String by, Instant at) {
        replace(checkpoint(checkpoint).withVote(member, forSelf, vote, comment, by, at));
        return Changed.silently(this);
    }

    /** The decision, taken on the scorecard as it stands (its latest revision). */
    public Changed<Scorecard> decide(String checkpoint, VoteValue outcome, List<String> conditions,
                                     String rationale, String by, Instant at) {
        Checkpoint decided = checkpoint(checkpoint).decided(outcome, conditions, rationale, by, at, revision(),
                score());
        replace(decided);
        return Changed.of(this, ReadinessEvents.decided(this, decided));
    }

    // --- reading -------------------------------------------------------------------------------------------------

    public ReadinessScore score() {
        return ReadinessScore.of(criteria);
    }

    public int revision() {
        return history.size();
    }

    public Criterion criterion(String criterionId) {
        return criteria.stream().filter(c -> c.id().equals(criterionId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Criterion", criterionId));
    }

    public Checkpoint checkpoint(String name) {
        return checkpoints.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("Checkpoint", name));
    }

    public String rolloutId() {
        return rolloutId;
    }

    public String programId() {
        return programId;
    }

    public LocalDate goLiveDate() {
        return goLiveDate;
    }

    public List<Criterion> criteria() {
        return List.copyOf(criteria);
    }

    public TrainingFigures training() {
        return training;
    }

    public List<Checkpoint> checkpoints() {
        return List.copyOf(checkpoints);
    }

    public List<Revision> history() {
        return List.copyOf(history);
    }

    // --- inside --------------------------------------------------------------------------------------------------

    /** Brings the chosen criteria to what their feeds say; a revision and an event only if one changed. */
    private Changed<Scorecard> refresh(Revision.Cause cause, Predicate<Criterion> which, String by, Instant at) {
        List<Revision.Change> changes = new ArrayList<>();
        Map<String, Criterion> updated = new HashMap<>();
        for (Criterion c : criteria) {
            if (!which.test(c)) {
                continue;
            }
            FedAttainment.of(c, tasks, training).ifPresent(reading -> {
                if (reading.attainment() != c.attainment() || !Objects.equals(reading.evidence(), c.evidence())) {
                    Criterion next = c.attained(reading.attainment(), reading.evidence(), at, by);
                    updated.put(c.id(), next);
                    changes.add(new Revision.Change(c.id(), c.status(), next.status(), next.attainment(),
                            next.evidence()));
                }
            });
        }
        if (changes.isEmpty()) {
            return Changed.silently(this);
        }
        criteria.replaceAll(c -> updated.getOrDefault(c.id(), c));
        return Changed.of(this, revise(cause, changes, null, by, at));
    }

    private RaisedEvent revise(Revision.Cause cause, List<Revision.Change> changes, String note, String by,
                               Instant at) {
        ReadinessScore score = score();
        history.add(new Revision(history.size() + 1, at, by, cause, List.copyOf(changes), note, score.score(),
                score.rating(), score.gated()));
        return ReadinessEvents.assessed(this, history.get(history.size() - 1), score);
    }

    /** Takes the plan's tags: the criteria they add (returned) and which task evidences which criterion. */
    private List<Criterion> retag(List<StandardCriteria.TaggedTask> tagged, Map<String, Boolean> doneByTask,
                                  Instant at) {
        StandardCriteria.Seed seed = StandardCriteria.seed(tagged, at);
        List<Criterion> added = seed.criteria().stream()
                .filter(c -> criteria.stream().noneMatch(known -> known.id().equals(c.id()))).toList();
        criteria.addAll(added);
        tasks = new ArrayList<>(seed.tasks().stream().map(t -> new TaskTag(t.taskId(), t.criterionId(),
                doneByTask.getOrDefault(t.taskId(), false))).toList());
        return added;
    }

    private void replace(Checkpoint changed) {
        checkpoints.replaceAll(c -> c.name().equals(changed.name()) ? changed : c);
    }
}
