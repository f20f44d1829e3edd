package org.golive.tracking.training;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class LearnerImportTest {

    private final LearnerImport reader = new LearnerImport();

    private LearnerImport.Result read(String csv) {
        return reader.read(csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void learnersAddUpToFiguresPerRoleGroup() {
        LearnerImport.Result result = read("""
                User ID,Role Group,Status,Proficiency,Super User,Shift
                u1,Nursing,COMPLETED,PASSED,yes,DAY
                u2,Nursing,COMPLETED,FAILED,no,NIGHT
                u3,Nursing,in progress,,no,EVENING
                u4,Physicians,COMPLETED,PASSED,Y,DAY
                """);

        assertThat(result.rejected()).isEmpty();
        assertThat(result.groups()).containsExactly(
                new RoleGroupTraining("Nursing", 3, 2, 1, 1, 3, 1),
                new RoleGroupTraining("Physicians", 1, 1, 1, 1, 1, 1));
    }

    @Test
    void badRowsAreReportedByLineAndColumnAndLeftOut() {
        LearnerImport.Result result = read("""
                user_id,role_group,status,proficiency,super_user
                u1,Nursing,COMPLETED,PASSED,yes
                u2,Nursing,DONE,,no
                u3,Nursing,IN_PROGRESS,PASSED,no
                u1,Nursing,COMPLETED,,no
                u5,,COMPLETED,,maybe
                u6,Nursing,COMPLETED
                "u7","Nursing ""ICU""\nnight",COMPLETED,,no
                u8,Nursing,COMPLETED,,no
                """);

        assertThat(result.rowsRead()).isEqualTo(8);
        assertThat(result.accepted()).isEqualTo(2);
        assertThat(result.rejected()).extracting(RowProblem::line, RowProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "status"),
                org.assertj.core.groups.Tuple.tuple(4, "proficiency"),
                org.assertj.core.groups.Tuple.tuple(5, "user_id"),
                org.assertj.core.groups.Tuple.tuple(6, "role_group"),
                org.assertj.core.groups.Tuple.tuple(6, "super_user"),
                org.assertj.core.groups.Tuple.tuple(7, null),
                org.assertj.core.groups.Tuple.tuple(8, "role_group"));
        assertThat(result.groups()).singleElement().isEqualTo(new RoleGroupTraining("Nursing", 2, 2, 1, 1, 0, 0));
    }

    @Test
    void aFileThatCannotBeReadIsRefusedWithTheLineToFix() {
        assertThat(read("").rejected()).singleElement().extracting(RowProblem::line).isEqualTo(1);
        assertThat(read("user_id,status\nu1,COMPLETED\n").rejected()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("role_group"));
        LearnerImport.Result openQuote = read("user_id,role_group,status\nu1,Nursing,COMPLETED\nu2,\"Nursing,DONE\n");
        assertThat(openQuote.groups()).as("nothing from a broken file").isEmpty();
        assertThat(openQuote.rejected()).singleElement().extracting(RowProblem::line).isEqualTo(3);
        LearnerImport.Result latin1 = reader.read(new byte[]{'u', 's', 'e', 'r', '_', 'i', 'd', '\n', (byte) 0xE9});
        assertThat(latin1.rejected()).singleElement().satisfies(p -> assertThat(p.message()).contains("UTF-8"));
    }

    @Test
    void aByteOrderMarkAndBlankRowsSayNothing() {
        LearnerImport.Result result = reader.read(("\uFEFFuser_id,role_group,status\n\nu1,Pharmacy,COMPLETED\n,,\n")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(result.rejected()).isEmpty();
        assertThat(result.rowsRead()).isEqualTo(1);
        assertThat(result.groups()).singleElement().extracting(RoleGroupTraining::trained).isEqualTo(1);
    }
}
