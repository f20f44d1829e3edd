package org.golive.testsupport;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules every service keeps: it shares nothing with another service but the event contract and the platform,
 * speaks one JSON library, and keeps its aggregates free of web and Kafka concerns.
 */
public final class ServiceArchitecture {

    private static final List<String> SERVICES = List.of("planning", "stakeholder", "budget", "tracking", "gateway");

    private ServiceArchitecture() {
    }

    public static JavaClasses classesOf(String service) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.golive." + service);
    }

    public static List<ArchRule> rulesFor(String service) {
        String[] others = SERVICES.stream().filter(s -> !s.equals(service))
                .map(s -> "org.golive." + s + "..").toArray(String[]::new);
        return Stream.of(
                noClasses().should().dependOnClassesThat().resideInAnyPackage(others)
                        .as("a service never uses another service's code: events are the only link"),
                noClasses().should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson.databind..")
                        .as("one JSON library: Jackson 3 (tools.jackson)"),
                noClasses().that().areAssignableTo("org.golive.platform.outbox.Aggregate")
                        .should().dependOnClassesThat().resideInAnyPackage(
                                "org.springframework.web..", "org.springframework.kafka..", "org.apache.kafka..",
                                "jakarta.servlet..")
                        .as("aggregates decide; the edges (controllers, listeners) translate")
                        // A read-model service such as tracking has no aggregates.
                        .allowEmptyShould(true))
                .toList();
    }
}
