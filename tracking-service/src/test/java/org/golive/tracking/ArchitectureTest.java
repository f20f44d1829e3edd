package org.golive.tracking;

import com.tngtech.archunit.lang.ArchRule;
import org.golive.testsupport.ApiSchemaNames;
import org.golive.testsupport.ServiceArchitecture;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
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

    /**
     * No two of the service's packages depend on each other, through any path: a listener of health's judgements
     * that keeps figures another package reads lives in a package of its own ({@code measureview},
     * {@code progresscurve} or {@code statusview}), which may depend on both. The two cycles left are named here:
     * the listeners ({@code intake}) write the audit trail, which writes through intake's read-model writes; the
     * training endpoints ({@code training}) change the scorecard, which holds the training figures.
     */
    @Test
    void theServicePackagesDependOnEachOtherWithoutCycles() {
        slices().matching("org.golive.tracking.(*)..").should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage("org.golive.tracking.intake.."),
                        resideInAPackage("org.golive.tracking.audit.."))
                .ignoreDependency(resideInAPackage("org.golive.tracking.training.."),
                        resideInAPackage("org.golive.tracking.readiness.."))
                .check(ServiceArchitecture.classesOf("tracking"));
    }

    @Test
    void everyRequestAndResponseTypeHasAnOpenApiSchemaNameOfItsOwn() {
        assertThat(ApiSchemaNames.collisions("tracking")).as("give one of each pair @Schema(name = ...)").isEmpty();
    }
}
