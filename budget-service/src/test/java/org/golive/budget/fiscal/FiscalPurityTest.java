package org.golive.budget.fiscal;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

class FiscalPurityTest {

    @Test
    void theMoneyAndFiscalMathsNeedNothingButTheJdk() {
        JavaClasses maths = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.golive.budget.money", "org.golive.budget.fiscal");

        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.golive.budget.money..", "org.golive.budget.fiscal..")
                .as("money and fiscal maths are pure: no Spring, MongoDB, Kafka or Jackson")
                .check(maths);
    }
}
