package org.golive.planning.plan;

import org.golive.planning.schedule.LinkType;

/** This task depends on {@code taskId} of the same plan: FS, SS, FF or SF, with a lag (negative: lead) in working days. */
public record Dependency(String taskId, DependencyType type, int lagDays) {

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
