package org.golive.tracking.readiness;

import org.golive.tracking.training.TrainingFigures;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a criterion's feed says of it now: the share of its tagged tasks that are done, or a training measure once the
 * site has training figures (until then a training criterion follows its tagged tasks). Empty when the feed says
 * nothing (no tagged task, no figures, or an assessed-only criterion): the criterion keeps its last assessment.
 */
final class FedAttainment {

    record Reading(int attainment, String evidence) {
    }

    private FedAttainment() {
    }

    static Optional<Reading> of(Criterion criterion, List<TaskTag> tasks, TrainingFigures training) {
        OptionalInt measure = switch (criterion.feed()) {
            case END_USERS_TRAINED -> training.trainedPercent();
            case PROFICIENCY -> training.proficiencyPercent();
            case SUPER_USER_RATIO -> training.superUserRatioPercent();
            case SHIFT_COVERAGE -> training.shiftCoveragePercent();
            case TASKS, ASSESSMENT -> OptionalInt.empty();
        };
        if (measure.isPresent()) {
            return Optional.of(new Reading(measure.getAsInt(), trainingEvidence(criterion.feed(), training)));
        }
        if (criterion.feed() == Feed.ASSESSMENT) {
            return Optional.empty();
        }
        List<TaskTag> tagged = tasks.stream().filter(t -> t.criterionId().equals(criterion.id())).toList();
        if (tagged.isEmpty()) {
            return Optional.empty();
        }
        long done = tagged.stream().filter(TaskTag::done).count();
        return Optional.of(new Reading((int) (done * 100 / tagged.size()), done + " of " + tagged.size()
                + " tagged tasks done (" + String.join(", ", tagged.stream().map(TaskTag::taskId).toList()) + ")"));
    }

    private static String trainingEvidence(Feed feed, TrainingFigures t) {
        return switch (feed) {
            case END_USERS_TRAINED -> t.trained() + " of " + t.usersToTrain() + " users trained";
            case PROFICIENCY -> t.passedProficiency() + " of " + t.trained() + " trained users passed proficiency";
            case SUPER_USER_RATIO -> t.superUsers() + " super users, " + t.superUsersNeeded() + " needed at 1 per "
                    + t.usersPerSuperUser() + " users";
            default -> "shifts with a super user: " + t.groups().stream().mapToInt(g -> g.shiftsCovered()).sum()
                    + " of " + t.groups().stream().mapToInt(g -> g.shiftsToCover()).sum();
        };
    }
}
