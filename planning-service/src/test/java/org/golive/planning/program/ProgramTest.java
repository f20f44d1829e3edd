package org.golive.planning.program;

import org.golive.contract.planning.ProgramCreated;
import org.golive.contract.planning.WaveCreated;
import org.golive.contract.planning.WaveUpdated;
import org.golive.platform.outbox.Changed;
import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.NotFoundException;
import org.golive.platform.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.golive.planning.program.ProgramMother.NOW;
import static org.golive.planning.program.ProgramMother.charter;
import static org.golive.planning.program.ProgramMother.goal;
import static org.golive.planning.program.ProgramMother.program;
import static org.golive.planning.program.ProgramMother.withWave;

/** A program's charter and waves, without Spring. */
class ProgramTest {

    @Test
    void creatingAProgramAnnouncesItsCharterKeyedByTheProgram() {
        Changed<Program> created = Program.create(charter(goal("g-safety")), NOW);

        ProgramCreated event = (ProgramCreated) created.events().get(0).data();
        assertThat(created.events().get(0).key()).isEqualTo(created.result().id());
        assertThat(event.name()).isEqualTo("Northwind EHR");
        assertThat(event.goals()).hasSize(1);
    }

    @Test
    void aGoalWithoutAnIdIsGivenOneAndAGoalWithOneKeepsIt() {
        Program program = Program.create(charter(goal(null), goal(" g-safety ")), NOW).result();

        assertThat(program.goals()).extracting(StrategicGoal::id).first().asString().startsWith("g-");
        assertThat(program.goals().get(1).id()).isEqualTo("g-safety");
    }

    @Test
    void twoGoalsMayNotShareAnId() {
        assertThatThrownBy(() -> Program.create(charter(goal("g-1"), goal("g-1")), NOW))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("g-1");
    }

    @Test
    void wavesAreNumberedInTheOrderTheyAreAdded() {
        Program program = withWave();

        Changed<Wave> second = program.addWave("Wave 2", NOW);

        assertThat(second.result().sequence()).isEqualTo(2);
        assertThat(((WaveCreated) second.events().get(0).data()).sequence()).isEqualTo(2);
    }

    @Test
    void waveNamesAreUniqueInAProgramWhateverTheirCase() {
        Program program = withWave();

        assertThatThrownBy(() -> program.addWave("WAVE 1", NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void renamingAWaveKeepsItsPlaceAndAnnouncesTheNewName() {
        Program program = withWave();
        Wave wave = program.waves().get(0);

        WaveUpdated renamed = (WaveUpdated) program.renameWave(wave.id(), "Pilot", NOW).events().get(0).data();

        assertThat(program.wave(wave.id()).orElseThrow().name()).isEqualTo("Pilot");
        assertThat(renamed.sequence()).isEqualTo(1);
    }

    @Test
    void aWaveCannotTakeTheNameOfAnotherWave() {
        Program program = withWave();
        Wave second = program.addWave("Wave 2", NOW).result();

        assertThatThrownBy(() -> program.renameWave(second.id(), "wave 1", NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void renamingAnUnknownWaveIsNotFound() {
        assertThatThrownBy(() -> program().renameWave("w-x", "Pilot", NOW)).isInstanceOf(NotFoundException.class);
    }
}
