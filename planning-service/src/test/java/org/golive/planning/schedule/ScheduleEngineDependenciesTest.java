package org.golive.planning.schedule;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The engine is plain Java, so that it runs anywhere (the service, the benchmarks) and stays fast to test. */
class ScheduleEngineDependenciesTest {

    @Test
    void theEngineUsesNothingButTheJdk() {
        classes().that().resideInAPackage("org.golive.planning.schedule")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.golive.planning.schedule")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.golive.planning.schedule"));
    }
}
