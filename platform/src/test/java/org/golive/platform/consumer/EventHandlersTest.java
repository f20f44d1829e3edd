package org.golive.platform.consumer;

import org.golive.contract.planning.ProgramCreated;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventHandlersTest {

    @Test
    void aSecondHandlerForOneEventTypeIsRefusedInsteadOfReplacingTheFirst() {
        EventHandlers.Builder builder = EventHandlers.builder(JsonMapper.builder().build())
                .on(ProgramCreated.class, (event, created) -> { });

        assertThatThrownBy(() -> builder.on(ProgramCreated.class, (event, created) -> { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(ProgramCreated.TYPE);
    }
}
