package org.golive.tracking.earnedvalue;

import org.golive.platform.problem.RuleViolationException;

/** Money in two currencies is not added up: a 422 naming both. */
class MixedCurrenciesException extends RuleViolationException {

    MixedCurrenciesException(String one, String other) {
        super("currency", "The rollouts' budgets are kept in " + one + " and " + other
                + "; earned value adds up budgets of one currency only");
    }
}
