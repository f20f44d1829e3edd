package org.golive.planning.msproject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The MSPDI files under test resources, and lookups the tests share. */
final class Samples {

    static final String SAMPLE1 = "mspdi/mpxj-sample1.xml";
    static final String TASK_LINKS = "mspdi/mpxj-task-links-project2019.xml";
    static final String RECURRING_EXCEPTIONS = "mspdi/mpxj-calendar-recurring-exceptions-project2016.xml";
    static final String BASELINES = "mspdi/mpxj-task-baselines-project2019.xml";
    static final String PROJECTLIBRE = "mspdi/projectlibre-new-product.xml";
    static final String SUMMARY_LINKS = "mspdi-handwritten/summary-links.xml";

    private Samples() {
    }

    static InputStream open(String resource) {
        return Objects.requireNonNull(Samples.class.getClassLoader().getResourceAsStream(resource), resource);
    }

    static byte[] bytes(String resource) {
        try (InputStream in = open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportedPlan read(String resource) {
        return new MspdiReader().read(open(resource));
    }

    static Map<String, ImportedTask> byUid(ImportedPlan plan) {
        return plan.tasks().stream().collect(Collectors.toMap(ImportedTask::uid, Function.identity()));
    }

    static List<String> uids(List<ImportedTask> tasks) {
        return tasks.stream().map(ImportedTask::uid).toList();
    }

    static int linkCount(ImportedPlan plan) {
        return plan.tasks().stream().mapToInt(task -> task.predecessors().size()).sum();
    }

    static ImportedLink link(String predecessorUid, String type, int lagDays) {
        return new ImportedLink(predecessorUid, type, lagDays);
    }
}
