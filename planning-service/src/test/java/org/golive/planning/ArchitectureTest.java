package org.golive.planning;

import com.tngtech.archunit.lang.ArchRule;
import org.golive.testsupport.ApiSchemaNames;
import org.golive.testsupport.ServiceArchitecture;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ArchitectureTest {

    @TestFactory
    Stream<DynamicTest> theServiceKeepsTheArchitectureRules() {
        var classes = ServiceArchitecture.classesOf("planning");
        return ServiceArchitecture.rulesFor("planning").stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(classes)));
    }

    @Test
    void theScheduleEngineIsPlainJava() {
        ArchRule rule = classes().that().resideInAPackage("org.golive.planning.schedule..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.golive.planning.schedule..")
                .because("the engine is pure, deterministic and benchmarked alone: no framework, no I/O");
        rule.check(ServiceArchitecture.classesOf("planning"));
    }

    @Test
    void theFeaturesDependOnEachOtherWithoutCycles() {
        ArchRule rule = slices().matching("org.golive.planning.(*)..").should().beFreeOfCycles()
                .because("a feature that needs another's type and is needed by it cannot change alone; the type both"
                        + " need belongs to one side or to a package of its own (role: templates and the pool)");
        rule.check(ServiceArchitecture.classesOf("planning"));
    }

    @Test
    void everyRequestAndResponseTypeHasAnOpenApiSchemaNameOfItsOwn() {
        assertThat(ApiSchemaNames.collisions("planning")).as("give one of each pair @Schema(name = ...)").isEmpty();
    }
}
