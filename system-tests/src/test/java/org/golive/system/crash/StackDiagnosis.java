package org.golive.system.crash;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * What a stuck stack was doing, for a failing crash test's message: every consumer group's lag by partition, the
 * events still waiting in the outboxes, and a thread dump of the stack's JVM written beside its console.
 */
final class StackDiagnosis {

    private StackDiagnosis() {
    }

    static String of(StackProcess stack) {
        StringBuilder text = new StringBuilder();
        text.append("\nThreads: ").append(threadDump(stack));
        text.append("\nConsumer lag (group: partition end-committed):\n").append(lag(stack.kafkaBootstrapServers()));
        try (StoredAggregates stored = new StoredAggregates(stack.mongoConnectionString())) {
            text.append("Events waiting in the outboxes: ").append(stored.waitingEvents()).append('\n');
        } catch (RuntimeException e) {
            text.append("Outboxes unreadable: ").append(e).append('\n');
        }
        return text.toString();
    }

    private static String threadDump(StackProcess stack) {
        Path file = stack.console().resolveSibling(stack.console().getFileName().toString()
                .replace(".log", "-threads.txt"));
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        try {
            Process process = new ProcessBuilder(jcmd, Long.toString(stack.pid()), "Thread.print")
                    .redirectErrorStream(true).redirectOutput(file.toFile()).start();
            process.waitFor(30, TimeUnit.SECONDS);
            return file.toAbsolutePath().toString();
        } catch (IOException e) {
            return "none (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "none (interrupted)";
        }
    }

    private static String lag(String bootstrapServers) {
        StringBuilder text = new StringBuilder();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            for (ConsumerGroupListing group : admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS)) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                var ends = admin.listOffsets(committed.keySet().stream().collect(Collectors.toMap(p -> p,
                        p -> OffsetSpec.latest()))).all().get(30, TimeUnit.SECONDS);
                var state = admin.describeConsumerGroups(java.util.List.of(group.groupId())).all()
                        .get(30, TimeUnit.SECONDS).get(group.groupId());
                text.append(group.groupId()).append(" [").append(state.groupState()).append(", ")
                        .append(state.members().size()).append(" members]:");
                new TreeMap<String, String>(committed.entrySet().stream().collect(Collectors.toMap(
                        e -> e.getKey().toString(), e -> ends.get(e.getKey()).offset() + "-"
                                + e.getValue().offset()))).forEach((p, o) -> text.append(' ').append(p).append('=')
                        .append(o));
                text.append('\n');
            }
        } catch (Exception e) {
            text.append("unavailable: ").append(e).append('\n');
        }
        return text.toString();
    }
}
