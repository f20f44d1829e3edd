package org.golive.budget.budget;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.golive.budget.budget.BudgetMother.usd;

/**
 * A budget stored before its parts were split out reads into the new parts, and the new parts write the same shape:
 * a user's data directory may hold such documents. The document below is the old shape, field for field.
 */
class StoredBudgetTest {

    private static final MappingMongoConverter CONVERTER = converter();

    private static MappingMongoConverter converter() {
        MongoCustomConversions conversions = new MongoCustomConversions(List.of());
        MongoMappingContext mapping = new MongoMappingContext();
        mapping.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, mapping);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        return converter;
    }

    private static Document storedBeforeTheSplit() {
        return new Document(Map.of("_id", "r-1-FY2028", "rolloutId", "r-1", "programId", "p-1", "fiscalYear", 2028,
                "currency", "USD", "status", "APPROVED", "nextLineNumber", 1, "publishedEstimate", "120000",
                "lines", List.of(new Document(Map.of("lineId", "l-1", "category", "TRAINING", "kind", "OPEX",
                        "description", "Classes", "months", List.of(new Document(Map.of("month", "2027-09",
                                "amount", "120000")))))),
                "ledger", new Document(Map.of("entries", List.of(), "crossed", List.of("CATEGORY:TRAINING:90")))));
    }

    @Test
    void aBudgetStoredBeforeTheSplitReadsIntoItsParts() {
        Budget budget = CONVERTER.read(Budget.class, storedBeforeTheSplit());

        assertThat(budget.lines()).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(ExpenditureType.OPEX);
            assertThat(line.months()).containsExactly(new PlannedMonth(YearMonth.of(2027, 9), usd("120000")));
        });
        assertThat(budget.ledger().isCrossed(ThresholdKey.of(Category.TRAINING, 90))).isTrue();
    }

    @Test
    void thePartsWriteTheShapeTheyWereReadFrom() {
        Document written = new Document();
        CONVERTER.write(CONVERTER.read(Budget.class, storedBeforeTheSplit()), written);

        Document line = written.getList("lines", Document.class).get(0);
        assertThat(line.keySet()).containsExactlyInAnyOrder("lineId", "category", "kind", "description", "months");
        Document month = line.getList("months", Document.class).get(0);
        assertThat(month.get("month")).isEqualTo("2027-09");
        assertThat(new BigDecimal(month.get("amount").toString())).isEqualByComparingTo("120000");
    }
}
