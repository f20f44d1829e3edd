package org.golive.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The platform has no application of its own: this one gives its integration tests a Spring context with the
 * outbox, the relay and the consumer mechanics auto-configured as in a service, and {@link Sample} to store.
 */
@SpringBootApplication
public class PlatformTestApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlatformTestApplication.class, args);
    }
}
