package org.golive.tracking;

import com.tngtech.archunit.lang.ArchRule;
import org.golive.testsupport.ApiSchemaNames;
import org.golive.testsupport.ServiceArchitecture;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

class ArchitectureTest {

    @TestFactory
    Stream<DynamicTest> theServiceKeepsTheArchitectureRules() {
        var classes = ServiceArchitecture.classesOf("tracking");
        return ServiceArchitecture.rulesFor("tracking").stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(classes)));
    }

    /**
     * Health judges from earned value, so earned value never depends on health: the measures kept from judgements are
     * written by a listener of their own ({@code measureview}) and read through {@code earnedvalue.KeptMeasures}.
     */
    @Test
    void earnedValueDoesNotDependOnTheHealthThatJudgesFromIt() {
        noClasses().that().resideInAPackage("org.golive.tracking.earnedvalue..")
                .should().dependOnClassesThat().resideInAPackage("org.golive.tracking.health..")
                .check(ServiceArchitecture.classesOf("tracking"));
    }

    @Test
    void everyRequestAndResponseTypeHasAnOpenApiSchemaNameOfItsOwn() {
        assertThat(ApiSchemaNames.collisions("tracking")).as("give one of each pair @Schema(name = ...)").isEmpty();
    }
}
