package org.golive.tracking.training;

import org.golive.platform.problem.RuleViolationException;

/**
 * Training figures of one role group at one site (nurses, physicians, registration...): a population, not people.
 *
 * @param usersToTrain      users of the group who need training before go-live
 * @param trained           of those, users who completed it
 * @param passedProficiency of the trained, users who passed the proficiency assessment
 * @param superUsers        super users of the group
 * @param shiftsToCover     shifts the group works (e.g. 3: day, evening, night)
 * @param shiftsCovered     of those, shifts with at least one super user on them
 */
public record RoleGroupTraining(String roleGroup, int usersToTrain, int trained, int passedProficiency,
                                int superUsers, int shiftsToCover, int shiftsCovered) {

    /** @throws RuleViolationException when the figures contradict each other */
    public RoleGroupTraining {
        check(usersToTrain >= 0 && trained >= 0 && passedProficiency >= 0 && superUsers >= 0 && shiftsToCover >= 0
                && shiftsCovered >= 0, "usersToTrain", "Figures are counts: none may be negative");
        check(trained <= usersToTrain, "trained", "More users trained (" + trained + ") than to train ("
                + usersToTrain + ")");
        check(passedProficiency <= trained, "passedProficiency", "More users passed proficiency ("
                + passedProficiency + ") than were trained (" + trained + ")");
        check(shiftsCovered <= shiftsToCover, "shiftsCovered", "More shifts covered (" + shiftsCovered
                + ") than the group works (" + shiftsToCover + ")");
    }

    /** Super users the group needs at one per {@code usersPerSuperUser} users, rounded up. */
    int superUsersNeeded(int usersPerSuperUser) {
        return (usersToTrain + usersPerSuperUser - 1) / usersPerSuperUser;
    }

    private static void check(boolean holds, String field, String message) {
        if (!holds) {
            throw new RuleViolationException(field, message);
        }
    }
}
