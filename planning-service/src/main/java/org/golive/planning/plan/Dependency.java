package org.golive.planning.plan;

import org.golive.planning.schedule.LinkType;
import org.golive.planning.schedule.ScheduleDuration;
import org.golive.platform.problem.RuleViolationException;

/**
 * This task depends on {@code taskId} of the same plan: FS, SS, FF or SF, with a lag (negative: lead) in working days,
 * or, when {@code lag} is given, in MS Project's notation ({@code 2h}, {@code -30m}, {@code 22eh}: working time of this
 * task's calendar, or elapsed time).
 */
public record Dependency(String taskId, DependencyType type, int lagDays, String lag) {

    public Dependency {
        if (lag != null) {
            ScheduleDuration parsed;
            try {
                parsed = ScheduleDuration.parse(lag);
            } catch (IllegalArgumentException e) {
                throw new RuleViolationException("dependencies", "Lag of the link to " + taskId + ": "
                        + e.getMessage());
            }
            if (Math.abs(parsed.minutes(24 * 60)) > 1000L * 24 * 60) {
                throw new RuleViolationException("dependencies", "A lag lies within 1,000 days: " + lag);
            }
            lag = parsed.inDays() ? null : parsed.toString();
            lagDays = parsed.inDays() ? Math.toIntExact(parsed.amount()) : 0;
        }
    }

    public Dependency(String taskId, DependencyType type, int lagDays) {
        this(taskId, type, lagDays, null);
    }

    /** The lag the schedule engine works with. */
    public ScheduleDuration scheduleLag() {
        return lag == null ? ScheduleDuration.days(lagDays) : ScheduleDuration.parse(lag);
    }

    public enum DependencyType {
        FS(LinkType.FINISH_TO_START),
        SS(LinkType.START_TO_START),
        FF(LinkType.FINISH_TO_FINISH),
        SF(LinkType.START_TO_FINISH);

        private final LinkType link;

        DependencyType(LinkType link) {
            this.link = link;
        }

        LinkType link() {
            return link;
        }
    }
}
