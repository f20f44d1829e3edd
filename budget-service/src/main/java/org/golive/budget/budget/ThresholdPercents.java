package org.golive.budget.budget;

import org.golive.platform.problem.RuleViolationException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shares of an approved budget (percent) whose crossing by spend is announced: one to ten whole percents,
 * strictly ascending, each from 1 to 1000 (an overrun alert at 110 % is a threshold like any other).
 */
public record ThresholdPercents(List<Integer> values) {

    static final int MAX_COUNT = 10;
    static final int MAX_PERCENT = 1000;

    public ThresholdPercents {
        values = List.copyOf(values);
    }

    /** The percents as a user sent them, or a 422 naming each bad one ({@code field[i]}). */
    public static ThresholdPercents checked(List<Integer> given, String field) {
        if (given == null || given.isEmpty() || given.size() > MAX_COUNT) {
            throw new RuleViolationException(field, "Give from 1 to " + MAX_COUNT + " thresholds, in percent of"
                    + " the approved budget, e.g. [90, 100]");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        for (int i = 0; i < given.size(); i++) {
            Integer percent = given.get(i);
            String at = field + "[" + i + "]";
            if (percent == null || percent < 1 || percent > MAX_PERCENT) {
                problems.put(at, "A threshold is a whole percent from 1 to " + MAX_PERCENT + ", not " + percent);
            } else if (i > 0 && given.get(i - 1) != null && percent <= given.get(i - 1)) {
                problems.put(at, "Thresholds go in ascending order without repeats: " + percent + " follows "
                        + given.get(i - 1));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems.values().iterator().next(), problems);
        }
        return new ThresholdPercents(given);
    }

    /** The configured defaults, which are trusted: sorted and without repeats. */
    static ThresholdPercents ofSettings(List<Integer> configured) {
        return new ThresholdPercents(configured.stream().distinct().sorted().toList());
    }
}
