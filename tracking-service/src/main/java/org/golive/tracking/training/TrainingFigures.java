package org.golive.tracking.training;

import org.golive.platform.problem.RuleViolationException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/**
 * A site's training and super-user readiness: figures per role group and the super-user target ratio. Its measures
 * (percent, rounded down so that 89.9% never passes a 90% level) feed the training readiness criteria.
 *
 * @param usersPerSuperUser the target ratio: one super user per this many users (10 by default)
 */
public record TrainingFigures(int usersPerSuperUser, List<RoleGroupTraining> groups) {

    public static final int DEFAULT_USERS_PER_SUPER_USER = 10;

    public TrainingFigures {
        if (usersPerSuperUser < 1 || usersPerSuperUser > 1000) {
            throw new RuleViolationException("usersPerSuperUser", "One super user per 1 to 1000 users");
        }
        groups = groups.stream().sorted(Comparator.comparing(RoleGroupTraining::roleGroup)).toList();
    }

    public static TrainingFigures none() {
        return new TrainingFigures(DEFAULT_USERS_PER_SUPER_USER, List.of());
    }

    /** These figures with the given groups' figures replacing (or added beside) the ones of the same name. */
    public TrainingFigures with(List<RoleGroupTraining> replaced) {
        List<RoleGroupTraining> kept = new ArrayList<>(groups.stream()
                .filter(g -> replaced.stream().noneMatch(r -> r.roleGroup().equals(g.roleGroup()))).toList());
        kept.addAll(replaced);
        return new TrainingFigures(usersPerSuperUser, kept);
    }

    public TrainingFigures withRatio(int newUsersPerSuperUser) {
        return new TrainingFigures(newUsersPerSuperUser, groups);
    }

    public int usersToTrain() {
        return groups.stream().mapToInt(RoleGroupTraining::usersToTrain).sum();
    }

    public int trained() {
        return groups.stream().mapToInt(RoleGroupTraining::trained).sum();
    }

    public int passedProficiency() {
        return groups.stream().mapToInt(RoleGroupTraining::passedProficiency).sum();
    }

    public int superUsers() {
        return groups.stream().mapToInt(RoleGroupTraining::superUsers).sum();
    }

    public int superUsersNeeded() {
        return groups.stream().mapToInt(g -> g.superUsersNeeded(usersPerSuperUser)).sum();
    }

    /** Trained users of all users to train; empty while there are none to train. */
    public OptionalInt trainedPercent() {
        return percent(trained(), usersToTrain());
    }

    /** Users who passed proficiency of the trained; empty while nobody is trained. */
    public OptionalInt proficiencyPercent() {
        return percent(passedProficiency(), trained());
    }

    /** Super users against the target, each group counted up to its own need (a surplus elsewhere does not help). */
    public OptionalInt superUserRatioPercent() {
        int met = groups.stream().mapToInt(g -> Math.min(g.superUsers(), g.superUsersNeeded(usersPerSuperUser)))
                .sum();
        return percent(met, superUsersNeeded());
    }

    public OptionalInt shiftCoveragePercent() {
        return percent(groups.stream().mapToInt(RoleGroupTraining::shiftsCovered).sum(),
                groups.stream().mapToInt(RoleGroupTraining::shiftsToCover).sum());
    }

    private static OptionalInt percent(int part, int whole) {
        return whole == 0 ? OptionalInt.empty() : OptionalInt.of((int) ((long) part * 100 / whole));
    }
}
