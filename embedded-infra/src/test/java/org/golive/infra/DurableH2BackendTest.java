package org.golive.infra;

import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DurableH2BackendTest {

    @ParameterizedTest
    @ValueSource(strings = {"find", "getMore", "count", "listCollections", "isMaster", "ping"})
    void aReadDoesNotWaitForACommit(String command) {
        assertThat(DurableH2Backend.mayChangeData(command, new Document())).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"insert", "update", "delete", "findAndModify", "createIndexes", "drop", "dropDatabase",
            "renameCollection", "aCommandOfTomorrow"})
    void everyOtherCommandWaitsForACommit(String command) {
        assertThat(DurableH2Backend.mayChangeData(command, new Document())).isTrue();
    }

    @Test
    void anAggregationWaitsOnlyWhenItWritesACollection() {
        assertThat(DurableH2Backend.mayChangeData("aggregate",
                new Document("pipeline", List.of(new Document("$match", new Document()))))).isFalse();
        assertThat(DurableH2Backend.mayChangeData("aggregate",
                new Document("pipeline", List.of(new Document("$match", new Document()), new Document("$out", "copy")))))
                .isTrue();
    }
}
