package org.golive.planning.resource;

import org.golive.planning.msproject.ImportedResource;
import org.golive.planning.role.ResourceRole;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class FileResourceProfileTest {

    @Test
    void theGroupNamesTheRoleAndMaximumUnitsTheWeek() {
        FileResourceProfile trainers = FileResourceProfile.of(new ImportedResource("7", "Epic trainers", null,
                "Credentialed trainer", true, new BigDecimal("2.5")));

        assertThat(trainers.profile().kind()).isEqualTo(ResourceKind.ROLE);
        assertThat(trainers.profile().role()).isEqualTo(ResourceRole.CREDENTIALED_TRAINER);
        assertThat(trainers.profile().hoursPerWeek()).isEqualByComparingTo("100");
        assertThat(trainers.note()).isEmpty();
    }

    @Test
    void aResourceWhoseRoleTheFileDoesNotStateIsAddedAsAnAnalystAndSaysSo() {
        FileResourceProfile person = FileResourceProfile.of(new ImportedResource("8", "Pat Doe", "pat@example.org",
                "Finance", false, null));

        assertThat(person.profile().kind()).isEqualTo(ResourceKind.PERSON);
        assertThat(person.profile().role()).isEqualTo(ResourceRole.APPLICATION_ANALYST);
        assertThat(person.profile().hoursPerWeek()).isEqualByComparingTo("40");
        assertThat(person.note()).hasValueSatisfying(note -> assertThat(note).contains("Pat Doe", "set its role"));
    }

    @Test
    void aRoleNamedByTheResourcesNameAlone() {
        assertThat(FileResourceProfile.of(new ImportedResource("9", "Super users", null, null, true, null))
                .profile().role()).isEqualTo(ResourceRole.SUPER_USER);
    }
}
