package org.golive.infra;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.golive.infra.StoredDocumentsTest.EarlierFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server killed ({@code kill -9}) while its writes rewrite the pages of a file written before, Java-serialized
 * documents and BSON ones side by side: reopened, every document reads whole and every acknowledged write is there.
 * The server runs in a child JVM ({@link Writer}) that prints each acknowledgement; the test kills it mid-stream.
 */
class KilledWhileRewritingTest {

    private static final int TASKS = 600;
    private static final int ACKNOWLEDGEMENTS_BEFORE_THE_KILL = 1_500;
    private static final String ACK = "ACK ";

    @Test
    void noAcknowledgedWriteIsLostAndEveryDocumentReads(@TempDir Path data) throws Exception {
        EarlierFiles.write(data, TASKS);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Writer.class.getName(), data.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Map<Integer, Integer> acknowledged = new HashMap<>();
        int acknowledgements = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (acknowledgements < ACKNOWLEDGEMENTS_BEFORE_THE_KILL && (line = out.readLine()) != null) {
                if (line.startsWith(ACK)) {
                    String[] task = line.substring(ACK.length()).split(" ");
                    acknowledged.put(Integer.parseInt(task[0]), Integer.parseInt(task[1]));
                    acknowledgements++;
                }
            }
        } finally {
            child.destroyForcibly(); // SIGKILL
            child.waitFor();
        }
        assertThat(acknowledgements).as("the writer ran").isEqualTo(ACKNOWLEDGEMENTS_BEFORE_THE_KILL);

        try (EmbeddedMongo server = EmbeddedMongo.onDisk(data, "127.0.0.1", 0);
             MongoClient client = StoredDocumentsTest.client(server.connectionString())) {
            MongoCollection<Document> tasks = client.getDatabase(StoredDocumentsTest.DATABASE)
                    .getCollection(EarlierFiles.COLLECTION);
            assertThat(tasks.countDocuments()).isEqualTo(TASKS);
            for (int n = 0; n < TASKS; n++) {
                Document found = tasks.find(Filters.eq("_id", EarlierFiles.id(n))).first();
                assertThat(found).as("task %d", n).isNotNull();
                int percent = found.getInteger("percent");
                Document expected = EarlierFiles.task(n);
                expected.put("percent", percent);
                assertThat(found).isEqualTo(expected);
                assertThat(percent).as("task %d", n).isGreaterThanOrEqualTo(acknowledged.getOrDefault(n, n % 100));
            }
        }
    }

    /** Raises every task's percent round after round, printing each acknowledged value, until killed. */
    public static final class Writer {

        public static void main(String[] args) {
            EmbeddedMongo server = EmbeddedMongo.onDisk(Path.of(args[0]), "127.0.0.1", 0);
            MongoClient client = StoredDocumentsTest.client(server.connectionString());
            MongoCollection<Document> tasks = client.getDatabase(StoredDocumentsTest.DATABASE)
                    .getCollection(EarlierFiles.COLLECTION);
            for (int round = 1; ; round++) {
                for (int n = 0; n < TASKS; n++) {
                    int percent = 1_000 * round + n;
                    tasks.updateOne(Filters.eq("_id", EarlierFiles.id(n)), Updates.set("percent", percent));
                    System.out.println(ACK + n + " " + percent);
                    System.out.flush();
                }
            }
        }
    }
}
