package org.golive.planning.resource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Currency;

/**
 * The currency of the pools' cost rates. Programs carry no currency of their own yet: the deployment's
 * ({@code RESOURCE_CURRENCY}, as budget-service's {@code BUDGET_CURRENCY}) is every program's.
 */
@Component
class PoolSettings {

    private final Currency currency;

    PoolSettings(@Value("${golive.resources.currency:USD}") String currency) {
        this.currency = Currency.getInstance(currency);
    }

    Currency currency() {
        return currency;
    }
}
