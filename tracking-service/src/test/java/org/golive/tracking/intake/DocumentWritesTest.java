package org.golive.tracking.intake;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Update;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentWritesTest {

    private static final String MARK_A = "appliedEvents./planning/rollouts/a";
    private static final String MARK_B = "appliedEvents./planning/rollouts/b";

    @Test
    void aRolloutsProgressEventsBecomeOneWriteWithTheLastValuesUnderTheFirstSequence() {
        List<DocumentWrites> merged = DocumentWrites.merge(List.of(
                ReadModelWrite.sequenced("r", 7, new Update().set("criticalPathFloat", 3)),
                ReadModelWrite.sequenced("r", 8, new Update().set("criticalPathFloat", 2)),
                ReadModelWrite.sequenced("r", 9, new Update().set("criticalPathFloat", 1)
                        .set("goLiveDate", "2027-03-01"))));

        assertThat(merged).hasSize(1);
        assertThat(merged.get(0).parts()).hasSize(3);
        assertThat(merged.get(0).update().getUpdateObject()).isEqualTo(new Document("$set", new Document(
                "criticalPathFloat", 1).append(ReadModelWrites.SEQUENCE, 9L).append("goLiveDate", "2027-03-01")));
        assertThat(merged.get(0).filter().getQueryObject().toJson()).contains("\"$lt\": 7");
    }

    @Test
    void incrementsFromTwoSourcesAddUpUnderBothGuardsAndALaterInsertOnlyFieldIsDropped() {
        DocumentWrites merged = single(DocumentWrites.merge(List.of(
                ReadModelWrite.guarded("p", MARK_A, 1, new Update().setOnInsert("name", "Program")
                        .inc("rolloutCount", 1).set(MARK_A, 1L)),
                ReadModelWrite.guarded("p", MARK_B, 1, new Update().setOnInsert("name", "Later")
                        .inc("rolloutCount", 1).set(MARK_B, 1L)))));

        assertThat(merged.update().getUpdateObject()).isEqualTo(new Document()
                .append("$setOnInsert", new Document("name", "Program"))
                .append("$inc", new Document("rolloutCount", 2))
                .append("$set", new Document(MARK_A, 1L).append(MARK_B, 1L)));
        String filter = merged.filter().getQueryObject().toJson();
        assertThat(filter).contains(MARK_A).contains(MARK_B);
    }

    @Test
    void writesTheServerCouldNotTakeAsOneUpdateStartANewOne() {
        assertThat(DocumentWrites.merge(List.of( // a path and its parent
                ReadModelWrite.guarded("d", MARK_A, 1, new Update().set("budgets.x", new Document())),
                ReadModelWrite.guarded("d", MARK_A, 2, new Update().set("budgets.x.status", "APPROVED")))))
                .hasSize(2);
        assertThat(DocumentWrites.merge(List.of( // two operators on one path
                ReadModelWrite.guarded("d", MARK_A, 1, new Update().unset("baseline")),
                ReadModelWrite.guarded("d", MARK_A, 2, new Update().set("baseline", "B1")))))
                .hasSize(2);
        assertThat(DocumentWrites.merge(List.of( // one event written twice: the second must meet its guard alone
                ReadModelWrite.sequenced("d", 4, new Update().set("x", 1)),
                ReadModelWrite.sequenced("d", 4, new Update().set("x", 2)))))
                .hasSize(2);
        assertThat(DocumentWrites.merge(List.of( // an operator the merge does not know
                ReadModelWrite.sequenced("d", 4, new Update().addToSet("taskIds", "t1")),
                ReadModelWrite.sequenced("d", 5, new Update().set("x", 2)))))
                .hasSize(2);
        assertThat(DocumentWrites.merge(List.of( // an insert is never merged
                ReadModelWrite.insertOnce(new Document("_id", "d")),
                ReadModelWrite.sequenced("d", 5, new Update().set("x", 2)))))
                .hasSize(2);
    }

    private static DocumentWrites single(List<DocumentWrites> merged) {
        assertThat(merged).hasSize(1);
        return merged.get(0);
    }
}
