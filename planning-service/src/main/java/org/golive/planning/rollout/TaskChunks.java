package org.golive.planning.rollout;

import org.bson.Document;
import org.golive.planning.plan.PlanTask;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The stored form of a plan's tasks: chunks of {@value #SIZE} tasks, each one JSON text, in a sub-document keyed by
 * the chunk's number ({@code plan.taskChunks.0}, {@code .1}, …). A store copies, compares and serializes a few dozen
 * strings instead of thousands of nested documents, and a change rewrites only the chunks it touched. (A sub-document,
 * not an array: {@code $set} of a key that is not there yet adds it on every store, where an array index past the
 * end is a matter of each store's taste.)
 */
final class TaskChunks {

    static final String FIELD = "taskChunks";
    static final int SIZE = 200;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<PlanTask>> TASKS = new TypeReference<>() {
    };

    private TaskChunks() {
    }

    static int count(int tasks) {
        return (tasks + SIZE - 1) / SIZE;
    }

    /** Every chunk of {@code tasks}, by number. */
    static Document encode(List<PlanTask> tasks) {
        Document chunks = new Document();
        for (int chunk = 0; chunk < count(tasks.size()); chunk++) {
            chunks.append(String.valueOf(chunk), encode(tasks, chunk));
        }
        return chunks;
    }

    /** Chunk {@code chunk} of {@code tasks}. */
    static String encode(List<PlanTask> tasks, int chunk) {
        return JSON.writeValueAsString(tasks.subList(chunk * SIZE, Math.min(tasks.size(), (chunk + 1) * SIZE)));
    }

    /** The tasks of stored chunks, in order. */
    static List<PlanTask> decode(Document chunks) {
        TreeMap<Integer, String> ordered = new TreeMap<>();
        chunks.forEach((number, json) -> ordered.put(Integer.parseInt(number), (String) json));
        List<PlanTask> tasks = new ArrayList<>(ordered.size() * SIZE);
        ordered.values().forEach(json -> tasks.addAll(JSON.readValue(json, TASKS)));
        return tasks;
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
