package org.golive.contract;

import org.golive.contract.budget.BudgetOpened;
import org.golive.contract.planning.ProgramCreated;
import org.golive.contract.planning.RolloutCreated;
import org.golive.contract.planning.WaveCreated;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event type Golive publishes. The contract tests keep this list, the schemas and the AsyncAPI document in step. */
public final class EventCatalog {

    public static final EventType PROGRAM_CREATED = new EventType(ProgramCreated.TYPE, Topics.PLANNING, ProgramCreated.class);
    public static final EventType WAVE_CREATED = new EventType(WaveCreated.TYPE, Topics.PLANNING, WaveCreated.class);
    public static final EventType ROLLOUT_CREATED = new EventType(RolloutCreated.TYPE, Topics.PLANNING, RolloutCreated.class);
    public static final EventType BUDGET_OPENED = new EventType(BudgetOpened.TYPE, Topics.BUDGET, BudgetOpened.class);

    private static final List<EventType> ALL = List.of(PROGRAM_CREATED, WAVE_CREATED, ROLLOUT_CREATED, BUDGET_OPENED);

    private static final Map<String, EventType> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));
    private static final Map<Class<?>, EventType> BY_CLASS =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::dataClass, Function.identity()));

    private EventCatalog() {
    }

    public static List<EventType> all() {
        return ALL;
    }

    public static Optional<EventType> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static EventType of(Class<?> dataClass) {
        EventType type = BY_CLASS.get(dataClass);
        if (type == null) {
            throw new IllegalArgumentException(dataClass.getName() + " is not a published event; add it to EventCatalog");
        }
        return type;
    }
}
