package org.golive.telemetry;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * How the gateway and every service trace (propagation, sampling), added with the lowest precedence: an
 * application.yml, the environment or the command line override any of them.
 */
public class TraceDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "golive-trace-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource("goliveTraceDefaults",
                    new ClassPathResource(RESOURCE, TraceDefaults.class.getClassLoader())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
