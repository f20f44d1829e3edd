package org.golive.tracking.report;

import org.golive.platform.outbox.Aggregate;
import org.golive.platform.outbox.Changed;
import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A rollout's status report for one ISO week. A draft is written by the project manager (or the PMO) and its figures
 * are taken again on demand; publishing freezes it. A published report is never edited: a correction publishes a new
 * revision with a reason, and the revisions before it stay in the history. Reports hold what people wrote, so they
 * are kept in a collection of their own, apart from the read models tracking can rebuild from events.
 */
@Document("status_reports")
public class StatusReport extends Aggregate {

    public enum State { DRAFT, PUBLISHED }

    /** A revision as it was published, kept when a correction replaces it. */
    public record PublishedRevision(int revision, ReportFigures figures, ReportContent content,
                                    String correctionReason, String publishedBy, Instant publishedAt) {
    }

    @Id
    private String id;
    private String rolloutId;
    private String programId;
    private String siteName;
    private String week;
    private State state;
    /** 0 while a draft; 1 at publication, one more per correction. */
    private int revision;
    private ReportFigures figures;
    private ReportContent content;
    private String correctionReason;
    private String draftedBy;
    private String editedBy;
    private Instant editedAt;
    private String publishedBy;
    private Instant publishedAt;
    private List<PublishedRevision> history = new ArrayList<>();

    StatusReport() {
    }

    /** One report per rollout and week: the week is part of its id. */
    static String idOf(String rolloutId, IsoWeek week) {
        return rolloutId + "/" + week;
    }

    static Changed<StatusReport> draft(String rolloutId, String programId, String siteName, IsoWeek week,
                                       ReportContent content, ReportFigures figures, String by, Instant at) {
        StatusReport report = new StatusReport();
        report.id = idOf(rolloutId, week);
        report.rolloutId = rolloutId;
        report.programId = programId;
        report.siteName = siteName;
        report.week = week.toString();
        report.state = State.DRAFT;
        report.content = checked(content);
        report.figures = figures;
        report.draftedBy = by;
        report.editedBy = by;
        report.editedAt = at;
        return Changed.silently(report);
    }

    Changed<StatusReport> edit(ReportContent changed, String by, Instant at) {
        requireDraft("edited");
        content = checked(changed);
        editedBy = by;
        editedAt = at;
        return Changed.silently(this);
    }

    /** Takes the figures again (a draft's figures follow the rollout until it is published). */
    Changed<StatusReport> refresh(ReportFigures taken) {
        requireDraft("refreshed");
        figures = taken;
        return Changed.silently(this);
    }

    Changed<StatusReport> publish(String by, Instant at) {
        requireDraft("published again");
        if (content.narrative() == null || content.narrative().isBlank()) {
            throw new RuleViolationException("narrative", "A report is published with a narrative of the week");
        }
        state = State.PUBLISHED;
        revision = 1;
        publishedBy = by;
        publishedAt = at;
        return Changed.of(this, StatusReportEvents.published(this));
    }

    /** Publishes a corrected revision: the content changes, the frozen figures stay those of the week. */
    Changed<StatusReport> correct(ReportContent corrected, String reason, String by, Instant at) {
        if (state != State.PUBLISHED) {
            throw new ConflictException("The report of " + week + " is a draft: edit it, there is nothing to correct");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reason", "Say why the published report is corrected");
        }
        ReportContent checked = checked(corrected);
        if (checked.narrative() == null || checked.narrative().isBlank()) {
            throw new RuleViolationException("narrative", "A report is published with a narrative of the week");
        }
        history.add(new PublishedRevision(revision, figures, content, correctionReason, publishedBy, publishedAt));
        content = checked;
        correctionReason = reason;
        revision++;
        publishedBy = by;
        publishedAt = at;
        return Changed.of(this, StatusReportEvents.published(this));
    }

    private void requireDraft(String what) {
        if (state == State.PUBLISHED) {
            throw new ConflictException("The report of " + week + " is published and cannot be " + what
                    + "; post a correction instead");
        }
    }

    private static ReportContent checked(ReportContent content) {
        if (content.risks().size() > ReportContent.MAX_RISKS) {
            throw new RuleViolationException("risks", "A report names its top " + ReportContent.MAX_RISKS
                    + " risks at most");
        }
        if (content.decisions().size() > ReportContent.MAX_DECISIONS) {
            throw new RuleViolationException("decisions", "A report asks for " + ReportContent.MAX_DECISIONS
                    + " decisions at most");
        }
        return content;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    protected String eventSource() {
        return "/tracking/rollouts/" + rolloutId + "/status-reports/" + week;
    }

    public String rolloutId() {
        return rolloutId;
    }

    public String programId() {
        return programId;
    }

    public String siteName() {
        return siteName;
    }

    public IsoWeek week() {
        return IsoWeek.of(week);
    }

    public State state() {
        return state;
    }

    public int revision() {
        return revision;
    }

    public ReportFigures figures() {
        return figures;
    }

    public ReportContent content() {
        return content;
    }

    public String correctionReason() {
        return correctionReason;
    }

    public String draftedBy() {
        return draftedBy;
    }

    public String editedBy() {
        return editedBy;
    }

    public Instant editedAt() {
        return editedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public List<PublishedRevision> history() {
        return List.copyOf(history);
    }
}
