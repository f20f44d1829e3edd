package org.golive.tracking.report;

import org.golive.platform.security.Caller;
import org.golive.platform.security.Role;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A report as the API shows it. Earned value is money: it is shown to the roles that read a rollout's earned value,
 * and left out (null) for the others, as the portfolio leaves out budgets.
 *
 * @param version send it back with an edit, a publication or a correction
 * @param history the revisions a correction replaced, oldest first
 */
record StatusReportView(String rolloutId, String programId, String siteName, String week, LocalDate weekStart,
                        StatusReport.State state, int revision, Long version, ReportFigures figures,
                        String narrative, List<ReportContent.Risk> risks, List<ReportContent.DecisionNeeded> decisions,
                        String correctionReason, String draftedBy, String editedBy, Instant editedAt,
                        String publishedBy, Instant publishedAt, List<StatusReport.PublishedRevision> history) {

    private static final Set<Role> SEE_MONEY = EnumSet.of(Role.PMO_ADMIN, Role.PROJECT_MANAGER, Role.FINANCE,
            Role.VIEWER);

    static StatusReportView of(StatusReport r) {
        boolean money = Caller.current().hasAny(SEE_MONEY);
        return new StatusReportView(r.rolloutId(), r.programId(), r.siteName(), r.week().toString(),
                r.week().monday(), r.state(), r.revision(), r.version(), shown(r.figures(), money),
                r.content().narrative(), r.content().risks(), r.content().decisions(), r.correctionReason(),
                r.draftedBy(), r.editedBy(), r.editedAt(), r.publishedBy(), r.publishedAt(),
                r.history().stream().map(h -> new StatusReport.PublishedRevision(h.revision(),
                        shown(h.figures(), money), h.content(), h.correctionReason(), h.publishedBy(),
                        h.publishedAt())).toList());
    }

    static ReportFigures shown(ReportFigures figures, boolean money) {
        return money || figures == null ? figures : figures.withoutMoney();
    }

    static boolean callerSeesMoney() {
        return Caller.current().hasAny(SEE_MONEY);
    }

    /** A line of a list of reports. */
    record Summary(String rolloutId, String siteName, String week, StatusReport.State state, int revision,
                   Long version, LocalDate statusDate, BigDecimal percentComplete, String overallHealth,
                   int risks, int decisions, String publishedBy, Instant publishedAt) {

        static Summary of(StatusReport r) {
            ReportFigures f = r.figures();
            return new Summary(r.rolloutId(), r.siteName(), r.week().toString(), r.state(), r.revision(),
                    r.version(), f.statusDate(), f.percentComplete(), f.health() == null ? null : f.health().overall(),
                    r.content().risks().size(), r.content().decisions().size(), r.publishedBy(), r.publishedAt());
        }
    }

    /** A page of a rollout's reports, latest week first, with relative links as the task list gives them. */
    record Page(List<Summary> reports, int page, int size, long total, long totalPages, Links links) {
    }

    record Links(String self, String first, String prev, String next, String last) {

        static Links of(int page, int size, long totalPages) {
            long last = Math.max(totalPages - 1, 0);
            return new Links(q(page, size), q(0, size), page > 0 ? q(Math.min(page - 1, last), size) : null,
                    page < last ? q(page + 1, size) : null, q(last, size));
        }

        private static String q(long page, int size) {
            return "?page=" + page + "&size=" + size;
        }
    }
}
