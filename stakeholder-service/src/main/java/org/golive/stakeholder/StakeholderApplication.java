package org.golive.stakeholder;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The stakeholder register of the rollouts planning announces. Will publish on {@code golive.stakeholder.events}. */
@SpringBootApplication
public class StakeholderApplication {

    public static void main(String[] args) {
        SpringApplication.run(StakeholderApplication.class, args);
    }
}
