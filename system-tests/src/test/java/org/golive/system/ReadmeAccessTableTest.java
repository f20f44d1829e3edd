package org.golive.system;

import org.golive.platform.security.EndpointRules;
import org.golive.platform.security.Role;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's table of role × capability says exactly what the services' access rules say: every endpoint it names
 * has a rule with exactly the roles it ticks, and every rule of every service is in the table once.
 */
class ReadmeAccessTableTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Map<String, String> RULES_BY_SERVICE = Map.of(
            "planning", "org.golive.planning.AccessRules",
            "stakeholder", "org.golive.stakeholder.AccessRules",
            "budget", "org.golive.budget.AccessRules",
            "tracking", "org.golive.tracking.AccessRules");
    /** The rules of the endpoints the platform adds to every service. */
    private static final List<String> PLATFORM_RULES = List.of(
            "org.golive.platform.outbox.OutboxAutoConfiguration",
            "org.golive.platform.consumer.ParkedDeliveriesEndpoint");
    private static final Pattern ENDPOINT = Pattern.compile("`(GET|POST|PUT|PATCH|DELETE) ([^`]+)`");

    /** One endpoint of one service, as its access rules name it. */
    record Endpoint(String service, String method, String pattern) {
    }

    @Test
    void theReadmeTableAndTheAccessRulesAgree() throws IOException {
        Map<Endpoint, Set<Role>> rules = new HashMap<>();
        RULES_BY_SERVICE.forEach((service, className) -> {
            List<EndpointRules> ofService = new ArrayList<>(PLATFORM_RULES.stream().map(ReadmeAccessTableTest::rulesOf)
                    .toList());
            ofService.add(rulesOf(className));
            ofService.stream().flatMap(r -> r.rules().stream()).forEach(rule ->
                    rules.put(new Endpoint(service, rule.method().name(), rule.pattern()), rule.roles()));
        });

        Map<Endpoint, Set<Role>> table = readmeTable();

        List<String> disagreements = new ArrayList<>();
        table.forEach((endpoint, roles) -> {
            if (!rules.containsKey(endpoint)) {
                disagreements.add("README names " + endpoint + ", which has no rule");
            } else if (!rules.get(endpoint).equals(roles)) {
                disagreements.add("README ticks " + roles + " for " + endpoint + "; the rule allows "
                        + rules.get(endpoint));
            }
        });
        rules.keySet().stream().filter(endpoint -> !table.containsKey(endpoint))
                .forEach(endpoint -> disagreements.add("The README's table lacks " + endpoint));
        assertThat(disagreements).isEmpty();
        assertThat(table).hasSizeGreaterThan(40);
    }

    private static Map<Endpoint, Set<Role>> readmeTable() throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf("<!-- access-rules:start -->");
        int end = readme.indexOf("<!-- access-rules:end -->");
        assertThat(start).as("the README marks its access table").isNotNegative();
        List<String> lines = readme.substring(start, end).lines().filter(line -> line.startsWith("|")).toList();
        List<String> header = cells(lines.get(0));
        Map<Endpoint, Set<Role>> table = new LinkedHashMap<>();
        for (String line : lines.subList(2, lines.size())) {
            List<String> cells = cells(line);
            String service = cells.get(header.indexOf("service"));
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (Role role : Role.values()) {
                String cell = cells.get(header.indexOf(role.name()));
                assertThat(cell).as(role + " in " + line).isIn("✓", "—");
                if (cell.equals("✓")) {
                    roles.add(role);
                }
            }
            Matcher endpoints = ENDPOINT.matcher(cells.get(header.indexOf("endpoints")));
            while (endpoints.find()) {
                Endpoint endpoint = new Endpoint(service, endpoints.group(1), endpoints.group(2));
                assertThat(table.put(endpoint, roles)).as("named once: " + endpoint).isNull();
            }
        }
        return table;
    }

    private static List<String> cells(String row) {
        String inner = row.strip().substring(1, row.strip().length() - 1);
        return Arrays.stream(inner.split("\\|")).map(String::strip).toList();
    }

    /** The rules a configuration class builds (package-private there, hence reflection). */
    private static EndpointRules rulesOf(String className) {
        try {
            Class<?> configuration = Class.forName(className);
            Constructor<?> constructor = configuration.getDeclaredConstructor();
            constructor.setAccessible(true);
            Object instance = constructor.newInstance();
            Method rules = Arrays.stream(configuration.getDeclaredMethods())
                    .filter(method -> method.getReturnType() == EndpointRules.class).findFirst().orElseThrow();
            rules.setAccessible(true);
            return (EndpointRules) rules.invoke(instance);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read the access rules of " + className, e);
        }
    }
}
