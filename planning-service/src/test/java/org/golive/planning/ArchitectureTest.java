package org.golive.planning;

import com.tngtech.archunit.lang.ArchRule;
import org.golive.testsupport.ServiceArchitecture;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

class ArchitectureTest {

    @TestFactory
    Stream<DynamicTest> theServiceKeepsTheArchitectureRules() {
        var classes = ServiceArchitecture.classesOf("planning");
        return ServiceArchitecture.rulesFor("planning").stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(classes)));
    }
}
