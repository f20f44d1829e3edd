package org.golive.planning.rollout;

import org.bson.Document;
import org.bson.types.Binary;
import org.golive.planning.plan.PlanTask;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The stored form of a plan's tasks: chunks of {@value #SIZE} tasks, each the UTF-8 bytes of their JSON (a BSON
 * binary), each in a document of its own ({@link PlanChunks}). A store copies, compares and serializes a few byte
 * arrays instead of thousands of nested documents, and a change writes only the chunks it touched. Bytes, not a
 * string: the embedded server's H2 store writes a string to its file character by character (Java serialization's
 * modified UTF-8, 17 % of a progress update's CPU in a profile) and copies a byte array whole; the driver and the
 * server copy bytes instead of transcoding text too.
 *
 * <p>Chunks written as JSON text (until session 9) are still read, as is the shape before chunk documents: the
 * chunks' text in the rollout's document, in a sub-document keyed by the chunk's number ({@value #FIELD}).
 */
final class TaskChunks {

    static final String FIELD = "taskChunks";
    /**
     * Tasks per chunk: what a change to one task rewrites. 200 until session 13: a progress update copied, stored and
     * committed 110 KB for one task's change; at 50 about 27 KB, while a 10,000-task plan reads 200 documents.
     * Plans stored at another size keep reading (a plan's chunks are read in order whatever their size) and are
     * chunked anew at their next change ({@link #chunkedAsNow}).
     */
    static final int SIZE = 50;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<PlanTask>> TASKS = new TypeReference<>() {
    };

    private TaskChunks() {
    }

    static int count(int tasks) {
        return (tasks + SIZE - 1) / SIZE;
    }

    /**
     * Whether {@code chunkIds} hold {@code tasks} tasks in chunks of {@link #SIZE}, so that a change can keep the
     * unchanged ones; false for a plan chunked at an earlier, larger size (200). Their counts differ for every plan
     * of more than {@value #SIZE} tasks, and a plan of fewer is one chunk either way: this holds as long as a new size
     * is at most half the one before.
     */
    static boolean chunkedAsNow(List<String> chunkIds, int tasks) {
        return chunkIds.size() == count(tasks);
    }

    /** Every chunk number of {@code tasks}. */
    static List<Integer> all(List<PlanTask> tasks) {
        return IntStream.range(0, count(tasks.size())).boxed().toList();
    }

    /** Chunk {@code chunk} of {@code tasks}, as stored. */
    static Binary encode(List<PlanTask> tasks, int chunk) {
        return encode(tasks, chunk, EncodedTasks.NONE, new EncodedTasks.Builder());
    }

    /**
     * Chunk {@code chunk} of {@code tasks}, as stored: the JSON array of its tasks, each task's JSON taken from
     * {@code known} when it holds that task and written by {@link TaskJson} otherwise, all of them kept in
     * {@code written}. A progress update so encodes the tasks it changed, not the chunk's 200.
     */
    static Binary encode(List<PlanTask> tasks, int chunk, EncodedTasks known, EncodedTasks.Builder written) {
        List<PlanTask> slice = slice(tasks, chunk * SIZE, (chunk + 1) * SIZE);
        byte[][] parts = new byte[slice.size()][];
        int length = 1 + Math.max(1, slice.size());
        for (int i = 0; i < parts.length; i++) {
            parts[i] = written.encode(slice.get(i), known);
            length += parts[i].length;
        }
        byte[] json = new byte[length];
        int at = 0;
        json[at++] = '[';
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                json[at++] = ',';
            }
            System.arraycopy(parts[i], 0, json, at, parts[i].length);
            at += parts[i].length;
        }
        json[at] = ']';
        return new Binary(json);
    }

    /** Keeps in {@code written} what {@code known} holds of the tasks of chunk {@code chunk}, stored unchanged. */
    static void keep(List<PlanTask> tasks, int chunk, EncodedTasks known, EncodedTasks.Builder written) {
        written.keep(slice(tasks, chunk * SIZE, (chunk + 1) * SIZE), known);
    }

    /** The tasks of chunks stored in the rollout's document (the shape before chunk documents), in order. */
    static List<PlanTask> decode(Document chunks) {
        TreeMap<Integer, Object> ordered = new TreeMap<>();
        chunks.forEach((number, json) -> ordered.put(Integer.parseInt(number), json));
        return decode(List.copyOf(ordered.values()));
    }

    /** The tasks of chunks, in order; each chunk as stored, bytes or (written before) text. */
    static List<PlanTask> decode(List<?> chunks) {
        List<PlanTask> tasks = new ArrayList<>(chunks.size() * SIZE);
        chunks.forEach(chunk -> tasks.addAll(decodeChunk(chunk)));
        return tasks;
    }

    private static List<PlanTask> decodeChunk(Object chunk) {
        if (chunk instanceof Binary bytes) {
            return JSON.readValue(bytes.getData(), TASKS);
        }
        if (chunk instanceof byte[] bytes) {
            return JSON.readValue(bytes, TASKS);
        }
        if (chunk instanceof String text) {
            return JSON.readValue(text, TASKS);
        }
        throw new IllegalStateException("A chunk of tasks stored as " + chunk.getClass());
    }

    /** The numbers of the chunks in which {@code after} differs from {@code before}. */
    static List<Integer> changed(List<PlanTask> before, List<PlanTask> after) {
        List<Integer> changed = new ArrayList<>();
        for (int chunk = 0; chunk < count(Math.max(before.size(), after.size())); chunk++) {
            int from = chunk * SIZE;
            int to = (chunk + 1) * SIZE;
            if (!slice(before, from, to).equals(slice(after, from, to))) {
                changed.add(chunk);
            }
        }
        return changed;
    }

    private static List<PlanTask> slice(List<PlanTask> tasks, int from, int to) {
        return from >= tasks.size() ? List.of() : tasks.subList(from, Math.min(to, tasks.size()));
    }
}
