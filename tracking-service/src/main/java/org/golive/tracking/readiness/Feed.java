package org.golive.tracking.readiness;

/**
 * What moves a criterion besides an assessment: the tasks tagged with it, one of the site's training figures, or
 * nothing (assessed only). A training criterion follows its tagged tasks until the site has training figures.
 */
public enum Feed {
    TASKS, END_USERS_TRAINED, PROFICIENCY, SUPER_USER_RATIO, SHIFT_COVERAGE, ASSESSMENT
}
