package org.golive.planning.program;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Programs in the states the rules talk about, for unit tests. */
public final class ProgramMother {

    public static final Instant NOW = Instant.parse("2027-01-11T09:00:00Z");

    private ProgramMother() {
    }

    public static StrategicGoal goal(String id) {
        return new StrategicGoal(id, StrategicGoal.Category.CLINICAL, "Fewer medication errors", "Errors per 1,000",
                new BigDecimal("4.2"), new BigDecimal("2.0"), "per 1,000 doses");
    }

    public static Program.Charter charter(StrategicGoal... goals) {
        return new Program.Charter("Northwind EHR", "CMO", "One record per patient", List.of(goals));
    }

    /** A program with the goal "g-safety" and no waves. */
    public static Program program() {
        return Program.create(charter(goal("g-safety")), NOW).result();
    }

    /** {@link #program()} with a first wave named "Wave 1". */
    public static Program withWave() {
        Program program = program();
        program.addWave("Wave 1", NOW);
        return program;
    }
}
