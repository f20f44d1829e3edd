package org.golive.system.kubernetes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What one Golive application reads from its environment, from its sources: the {@code ${NAME:default}} placeholders
 * of its application.yml, of the platform defaults (for the modules built on the platform) and of their
 * {@code @Value}s; the property keys of those files and the {@code golive.*} keys its application.yml documents in
 * comments; and Spring Boot's own properties (the configuration metadata on the classpath). An environment variable
 * is read when it is a placeholder's name or, by Spring's relaxed binding, the name of a known property
 * ({@code MANAGEMENT_SERVER_PORT} for {@code management.server.port}).
 */
final class ServiceConfiguration {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-]+):([^}$]*)}");
    /** Any placeholder's name, its default nested or not ({@code ${OIDC_JWK_SET_URI:${...issuer-uri}/oauth2/jwks}}). */
    private static final Pattern PLACEHOLDER_NAME = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-]+)[:}]");
    private static final Pattern DOCUMENTED_KEY = Pattern.compile("(?m)^#\\s*(golive\\.[a-z0-9.\\-]+):");
    private static final Set<String> SPRING_PROPERTIES = springBootProperties();

    private final String module;
    private final Map<String, String> placeholderDefaults = new HashMap<>();
    private final Set<String> placeholders = new HashSet<>();
    private final Set<String> relaxedNames = new HashSet<>();
    private final Map<String, String> properties = new HashMap<>();

    private ServiceConfiguration(String module) {
        this.module = module;
    }

    static ServiceConfiguration of(Path repository, String module) {
        ServiceConfiguration configuration = new ServiceConfiguration(module);
        Path moduleDir = repository.resolve(module);
        configuration.readYaml(moduleDir.resolve("src/main/resources/application.yml"));
        configuration.readSources(moduleDir.resolve("src/main/java"));
        if (read(moduleDir.resolve("pom.xml")).contains("<artifactId>platform</artifactId>")) {
            Path platform = repository.resolve("platform");
            configuration.readProperties(platform.resolve("src/main/resources/golive-platform-defaults.properties"));
            configuration.readSources(platform.resolve("src/main/java"));
        }
        SPRING_PROPERTIES.forEach(property -> configuration.relaxedNames.add(relaxed(property)));
        return configuration;
    }

    String module() {
        return module;
    }

    /** Whether the application reads this environment variable. */
    boolean reads(String variable) {
        return placeholders.contains(variable) || relaxedNames.contains(variable);
    }

    /** The value the application uses for {@code ${variable:default}} when the environment does not set it. */
    String defaultOf(String variable) {
        return placeholderDefaults.get(variable);
    }

    /** A property as its files set it (platform defaults first, application.yml over them). */
    String property(String key) {
        return properties.get(key);
    }

    /** The port the application listens on: {@code PORT}, or the default of server.port's placeholder. */
    int port(Map<String, String> environment) {
        Matcher placeholder = PLACEHOLDER.matcher(properties.getOrDefault("server.port", ""));
        if (placeholder.matches()) {
            return Integer.parseInt(environment.getOrDefault(placeholder.group(1), placeholder.group(2)));
        }
        return Integer.parseInt(properties.getOrDefault("server.port", "8080"));
    }

    private void readYaml(Path file) {
        String text = read(file);
        collect(text);
        Matcher documented = DOCUMENTED_KEY.matcher(text);
        while (documented.find()) {
            relaxedNames.add(relaxed(documented.group(1)));
        }
        flatten("", YAMLMapper.builder().build().readTree(text));
    }

    private void readProperties(Path file) {
        for (String line : read(file).split("\n")) {
            int equals = line.indexOf('=');
            if (!line.startsWith("#") && equals > 0) {
                String key = line.substring(0, equals).trim();
                properties.putIfAbsent(key, line.substring(equals + 1).trim());
                relaxedNames.add(relaxed(key));
                collect(line);
            }
        }
    }

    private void readSources(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> collect(read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void collect(String text) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            placeholderDefaults.putIfAbsent(placeholder.group(1), placeholder.group(2));
        }
        Matcher name = PLACEHOLDER_NAME.matcher(text);
        while (name.find()) {
            placeholders.add(name.group(1));
            relaxedNames.add(relaxed(name.group(1)));
        }
    }

    private void flatten(String prefix, JsonNode node) {
        if (node.isObject()) {
            node.properties().forEach(entry -> flatten(prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey(),
                    entry.getValue()));
        } else if (!prefix.isEmpty()) {
            properties.put(prefix, node.isArray() ? node.toString() : node.asString());
            relaxedNames.add(relaxed(prefix));
        }
    }

    /** management.server.port as the environment spells it: MANAGEMENT_SERVER_PORT. */
    static String relaxed(String property) {
        return property.replace('.', '_').replace('-', '_').replaceAll("\\[\\d+]", "").toUpperCase(Locale.ROOT);
    }

    private static Set<String> springBootProperties() {
        Set<String> names = new HashSet<>();
        JsonMapper json = JsonMapper.builder().build();
        try {
            Enumeration<URL> metadata = ServiceConfiguration.class.getClassLoader()
                    .getResources("META-INF/spring-configuration-metadata.json");
            while (metadata.hasMoreElements()) {
                try (InputStream in = metadata.nextElement().openStream()) {
                    json.readTree(in).path("properties").forEach(property -> names.add(property.path("name").asString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
