package org.golive.localstack;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.UrlResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one of Golive's Spring Boot applications as a context inside the local stack's JVM.
 *
 * <p>All applications share one classpath, where every module has its own {@code application.yml}: Boot would load
 * whichever comes first for all of them. So each application's own file is found next to its main class, flattened,
 * merged with the stack's settings and handed over as command-line arguments, the highest precedence there is, while
 * Boot is told to look for no configuration file at all.
 */
final class SpringApp {

    private SpringApp() {
    }

    static ConfigurableApplicationContext run(Class<?> application, WebApplicationType type,
                                              Map<String, Object> settings) {
        Map<String, Object> properties = new LinkedHashMap<>(ownConfiguration(application));
        properties.putAll(settings);
        properties.put("spring.config.name", "golive-local-stack-no-config-file");
        properties.put("spring.main.banner-mode", "off");
        String[] args = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        SpringApplication app = new SpringApplication(application);
        app.setWebApplicationType(type);
        app.setRegisterShutdownHook(false);
        return app.run(args);
    }

    static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static Map<String, Object> ownConfiguration(Class<?> application) {
        String home = application.getProtectionDomain().getCodeSource().getLocation().getPath();
        try {
            for (URL candidate : Collections.list(application.getClassLoader().getResources("application.yml"))) {
                if (candidate.toString().contains(home)) {
                    return flatten(new YamlPropertySourceLoader().load(application.getSimpleName(),
                            new UrlResource(candidate)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("No application.yml next to " + application.getName() + " in " + home);
    }

    private static Map<String, Object> flatten(List<PropertySource<?>> sources) {
        Map<String, Object> flat = new LinkedHashMap<>();
        for (PropertySource<?> source : sources) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    flat.putIfAbsent(name, String.valueOf(enumerable.getProperty(name)));
                }
            }
        }
        return flat;
    }
}
