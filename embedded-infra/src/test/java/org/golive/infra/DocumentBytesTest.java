package org.golive.infra;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonJavaScript;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.LegacyUUID;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents stored by {@link DocumentBytes} come back with the same classes and values: random documents over every
 * type the server holds (property test, seeded), what BSON cannot hold exactly, and documents of earlier files.
 * Documents are written several to a buffer, as H2 writes a page, so that each read must stop where its document ends.
 */
class DocumentBytesTest {

    private static final int DOCUMENTS = 3_000;
    private static final int PER_PAGE = 16;

    private final DocumentBytes type = new DocumentBytes();

    @Test
    void randomDocumentsOfEveryTypeComeBackExactlyAsBson() {
        SplittableRandom random = new SplittableRandom(20261207);
        for (int page = 0; page < DOCUMENTS / PER_PAGE; page++) {
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < PER_PAGE; i++) {
                documents.add(RandomDocuments.document(random, 0));
            }
            WriteBuffer buffer = new WriteBuffer();
            for (Document document : documents) {
                int start = buffer.position();
                type.write(buffer, document);
                assertThat(buffer.getBuffer().get(start)).as("stored as BSON: %s", document)
                        .isEqualTo(BsonBytes.MARKER);
            }
            assertReadBack(buffer, documents);
        }
    }

    @Test
    void whatBsonCannotHoldExactlyIsStoredAsBeforeAndComesBack() {
        List<Object> values = List.of(
                Instant.ofEpochSecond(1_765_000_000L, 123_456_789), // $currentDate: finer than BSON's milliseconds
                "cut \uD83D", "\uDE00 alone", (short) 3, 2.5f, new Date(0), Set.of("a"),
                new BsonRegularExpression("^a", null), Instant.MAX);
        List<Document> documents = new ArrayList<>();
        for (Object value : values) {
            documents.add(new Document("_id", "odd").append("nested", new Document("value", value)));
        }
        documents.add(new Document("_id", "nul").append("a\0b", 1));
        documents.add(new Document("_id", "plain").append("value", 1)); // BSON among them in one page
        WriteBuffer buffer = new WriteBuffer();
        for (Document document : documents) {
            int start = buffer.position();
            type.write(buffer, document);
            assertThat(buffer.getBuffer().get(start) == BsonBytes.MARKER).as("stored as BSON: %s", document)
                    .isEqualTo(document.get("_id").equals("plain"));
        }
        assertReadBack(buffer, documents);
    }

    /** Pages of files written before hold Java-serialized documents, as H2's default type wrote them. */
    @Test
    void documentsOfAnEarlierFileRead() {
        SplittableRandom random = new SplittableRandom(7);
        ObjectDataType earlier = new ObjectDataType();
        List<Document> documents = new ArrayList<>();
        WriteBuffer buffer = new WriteBuffer();
        for (int i = 0; i < 200; i++) {
            Document document = RandomDocuments.document(random, 0);
            documents.add(document);
            if (i % 3 == 0) {
                type.write(buffer, document);
            } else {
                earlier.write(buffer, document);
            }
        }
        assertReadBack(buffer, documents);
    }

    private void assertReadBack(WriteBuffer written, List<Document> documents) {
        ByteBuffer read = written.getBuffer().flip();
        for (Document document : documents) {
            SameValues.assertSame(type.read(read), document);
        }
        assertThat(read.remaining()).isZero();
    }

    /** Documents of random shape over every value type the server stores, nested a few levels deep. */
    static final class RandomDocuments {

        private static final int MAX_DEPTH = 3;

        private RandomDocuments() {
        }

        static Document document(SplittableRandom random, int depth) {
            Document document = new Document();
            int fields = random.nextInt(depth == 0 ? 12 : 5);
            for (int i = 0; i < fields; i++) {
                document.put(text(random, 1 + random.nextInt(12)), value(random, depth));
            }
            return document;
        }

        static Object value(SplittableRandom random, int depth) {
            int kind = random.nextInt(depth < MAX_DEPTH ? 22 : 20);
            return switch (kind) {
                case 0 -> random.nextInt();
                case 1 -> random.nextBoolean() ? Integer.MIN_VALUE : Integer.MAX_VALUE;
                case 2 -> random.nextLong();
                case 3 -> random.nextDouble() * 1e6 - 5e5;
                case 4 -> List.of(Double.NaN, -0.0, Double.NEGATIVE_INFINITY, Double.MIN_VALUE)
                        .get(random.nextInt(4));
                case 5 -> random.nextBoolean() ? new Decimal128(new BigDecimal(random.nextLong()).movePointLeft(4))
                        : new Decimal128(random.nextLong(), random.nextLong());
                case 6 -> Instant.ofEpochMilli(random.nextLong(-62_135_596_800_000L, 253_402_300_799_000L));
                case 7 -> new ObjectId(bytes(random, 12));
                case 8 -> new BinData(bytes(random, random.nextInt(80)));
                case 9 -> new UUID(random.nextLong(), random.nextLong());
                case 10 -> new LegacyUUID(random.nextLong(), random.nextLong());
                case 11 -> random.nextBoolean();
                case 12 -> null;
                case 13 -> random.nextBoolean() ? MinKey.getInstance() : MaxKey.getInstance();
                case 14 -> new BsonRegularExpression(text(random, 8), random.nextBoolean() ? "" : "im");
                case 15 -> new BsonTimestamp(random.nextLong());
                case 16 -> new BsonJavaScript(text(random, 20));
                case 17, 18, 19 -> text(random, random.nextInt(60));
                case 20 -> document(random, depth + 1);
                default -> list(random, depth + 1);
            };
        }

        private static List<Object> list(SplittableRandom random, int depth) {
            List<Object> list = new ArrayList<>();
            int size = random.nextInt(6);
            for (int i = 0; i < size; i++) {
                list.add(value(random, depth));
            }
            return list;
        }

        /** Any Unicode but NUL: ASCII, Latin-1, the rest of the basic plane, and beyond it (surrogate pairs). */
        static String text(SplittableRandom random, int codePoints) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < codePoints; i++) {
                int codePoint = switch (random.nextInt(4)) {
                    case 0 -> random.nextInt(1, 0x80);
                    case 1 -> random.nextInt(0x80, 0x100);
                    case 2 -> random.nextBoolean() ? random.nextInt(0x100, 0xD800) : random.nextInt(0xE000, 0x10000);
                    default -> random.nextInt(0x10000, 0x110000);
                };
                text.appendCodePoint(codePoint);
            }
            return text.toString();
        }

        private static byte[] bytes(SplittableRandom random, int length) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            return bytes;
        }
    }

    /** The same classes and values, field order included; doubles bit for bit. */
    static final class SameValues {

        private SameValues() {
        }

        static void assertSame(Object actual, Object expected) {
            if (expected == null) {
                assertThat(actual).isNull();
                return;
            }
            assertThat(actual).isNotNull();
            if (expected instanceof List<?> list) {
                assertThat(actual).isInstanceOf(List.class);
                List<?> actualList = (List<?>) actual;
                assertThat(actualList).hasSameSizeAs(list);
                for (int i = 0; i < list.size(); i++) {
                    assertSame(actualList.get(i), list.get(i));
                }
                return;
            }
            assertThat(actual.getClass()).isEqualTo(expected.getClass());
            if (expected instanceof Document document) {
                Document actualDocument = (Document) actual;
                assertThat(actualDocument.keySet()).containsExactlyElementsOf(document.keySet());
                for (String key : document.keySet()) {
                    assertSame(actualDocument.get(key), document.get(key));
                }
            } else if (expected instanceof Double number) {
                assertThat(Double.doubleToRawLongBits((Double) actual)).isEqualTo(Double.doubleToRawLongBits(number));
            } else if (expected instanceof BsonRegularExpression regex) {
                assertThat(((BsonRegularExpression) actual).getPattern()).isEqualTo(regex.getPattern());
                assertThat(((BsonRegularExpression) actual).getOptions()).isEqualTo(regex.getOptions());
            } else if (!(expected instanceof MinKey) && !(expected instanceof MaxKey)) {
                assertThat(actual).isEqualTo(expected);
            }
        }
    }
}
