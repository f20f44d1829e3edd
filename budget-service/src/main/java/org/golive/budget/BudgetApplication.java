package org.golive.budget;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Site budgets, spend and fiscal impact. Publishes on {@code golive.budget.events}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BudgetApplication {

    public static void main(String[] args) {
        SpringApplication.run(BudgetApplication.class, args);
    }
}
