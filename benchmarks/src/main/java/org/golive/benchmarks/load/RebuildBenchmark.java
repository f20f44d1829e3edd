package org.golive.benchmarks.load;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.golive.contract.EventCatalog;
import org.golive.contract.EventType;
import org.golive.contract.budget.ActualRecorded;
import org.golive.contract.budget.BudgetApproved;
import org.golive.contract.budget.BudgetOpened;
import org.golive.contract.budget.BudgetSubmitted;
import org.golive.contract.planning.BaselineSet;
import org.golive.contract.planning.PlanInstantiated;
import org.golive.contract.planning.PlannedTask;
import org.golive.contract.planning.ProgramCreated;
import org.golive.contract.planning.RolloutCreated;
import org.golive.contract.planning.TaskCompleted;
import org.golive.contract.planning.TaskStatusChanged;
import org.golive.contract.planning.WaveCreated;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The rebuild of tracking's read models by replay (issue 14: at least 40,000 events/s): starts the local stack as
 * {@link LoadBenchmark} does (fresh data, ports shifted, no demo), writes a recorded stream of contract events
 * straight onto planning's and budget's topics (per site: created, a plan of 20 tasks, a baseline, progress on
 * every task, half of them completed, a budget opened, submitted, approved and ten actuals: 46 events), waits until
 * tracking's live listeners applied it all, then starts a rebuild and reads its status until it is done.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.golive.benchmarks.load.RebuildBenchmark [--sites=100]
 * [--offset=200] [--jar=local-stack/target/local-stack-exec.jar] [--jvm="..."]</pre>
 */
public final class RebuildBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int TASKS = 20;
    private static final Instant AT = Instant.parse("2026-11-25T09:00:00Z");

    private RebuildBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        int sites = Integer.parseInt(options.getOrDefault("sites", "100"));
        int offset = Integer.parseInt(options.getOrDefault("offset", "200"));
        List<String> jvm = options.containsKey("jvm") ? List.of(options.get("jvm").trim().split("\\s+"))
                : LocalStackProcess.GOLIVE_LOCAL_JVM;
        Path jar = Path.of(options.getOrDefault("jar", "local-stack/target/local-stack-exec.jar"));
        Path data = Files.createTempDirectory("golive-rebuild-");
        System.out.printf("Machine: %d cores, load average %.1f; JDK %s; stack JVM options %s; %d sites%n",
                Runtime.getRuntime().availableProcessors(), loadAverage(), System.getProperty("java.version"), jvm,
                sites);
        try (LocalStackProcess stack = LocalStackProcess.start(jar, offset, jvm, data)) {
            String kafka = "127.0.0.1:" + (9092 + offset);
            Instant writing = Instant.now();
            String programId = UUID.randomUUID().toString();
            long events = write(kafka, programId, sites);
            Duration written = Duration.between(writing, Instant.now());
            Api api = new Api(stack.tracking(), Api.token(stack.identity()));
            awaitApplied(api, programId, sites);
            Duration live = Duration.between(writing, Instant.now());
            System.out.printf("%,d events written in %.1f s; tracking's live listeners had applied them all %.1f s"
                    + " after the first was written (%,.0f events/s, writing included)%n", events,
                    written.toMillis() / 1000.0, live.toMillis() / 1000.0, events * 1000.0 / live.toMillis());

            double loadBefore = loadAverage();
            JsonNode started = api.expect("POST", "/read-models/rebuild", Map.of());
            JsonNode status = started;
            while ("RUNNING".equals(status.get("state").asString())) {
                Thread.sleep(250);
                status = api.expect("GET", "/read-models/rebuild", null);
            }
            Duration took = Duration.between(Instant.parse(status.get("startedAt").asString()),
                    Instant.parse(status.get("finishedAt").asString()));
            System.out.printf("Rebuild %s: %,d records at the start, %,d replayed in %.2f s: %,d records/s"
                            + " (load average %.1f before, %.1f after)%n%s%n", status.get("state").asString(),
                    status.get("recordsAtStart").asLong(), status.get("recordsReplayed").asLong(),
                    took.toMillis() / 1000.0, status.get("recordsPerSecond").asLong(), loadBefore, loadAverage(),
                    status);
        } finally {
            delete(data);
        }
    }

    /** Writes every site's stream; returns the number of events. */
    private static long write(String kafka, String programId, int sites) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 262_144);
        long count = 0;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer())) {
            String waveId = UUID.randomUUID().toString();
            String program = "/planning/programs/" + programId;
            count += send(producer, programId, program, 1, new ProgramCreated(programId, "Benchmark program",
                    "Sponsor", null, List.of(), AT));
            count += send(producer, programId, program, 2, new WaveCreated(waveId, programId, "Wave 1", 1, AT));
            for (int site = 0; site < sites; site++) {
                count += site(producer, programId, waveId, site);
            }
            producer.flush();
        }
        return count;
    }

    private static long site(KafkaProducer<String, byte[]> producer, String programId, String waveId, int site) {
        String rolloutId = UUID.randomUUID().toString();
        String source = "/planning/rollouts/" + rolloutId;
        LocalDate goLive = LocalDate.of(2027, 3, 1).plusDays(site % 200);
        List<PlannedTask> tasks = new ArrayList<>();
        for (int t = 0; t < TASKS; t++) {
            LocalDate start = LocalDate.of(2026, 9, 1).plusDays(7L * t);
            tasks.add(new PlannedTask("t" + t, "1." + t, "Build", "Task " + t, start, start.plusDays(4), 5, false,
                    t % 3 == 0, 0, null, "NOT_STARTED", 0, null, null, new BigDecimal("40"), null, "PM", List.of(),
                    List.of()));
        }
        List<String> critical = tasks.stream().filter(PlannedTask::critical).map(PlannedTask::taskId).toList();
        List<Record> planning = new ArrayList<>(List.of(
                new RolloutCreated(rolloutId, programId, "Benchmark program", waveId, "Wave 1", "Site " + site,
                        "HOSPITAL", goLive, 200, 1500, null, List.of(), AT),
                new PlanInstantiated(rolloutId, programId, "template", "Standard", 1, goLive, tasks.get(0).start(),
                        goLive, critical, tasks, AT),
                new BaselineSet(rolloutId, "Approved plan", tasks.stream().map(t -> new BaselineSet.BaselineTask(
                        t.taskId(), t.start(), t.finish())).toList(), AT)));
        for (PlannedTask task : tasks) {
            planning.add(new TaskStatusChanged(rolloutId, task.taskId(), "NOT_STARTED", "IN_PROGRESS", 50,
                    task.start(), null, List.of(), critical, null, AT));
        }
        for (PlannedTask task : tasks.subList(0, TASKS / 2)) {
            planning.add(new TaskCompleted(rolloutId, task.taskId(), task.title(), false, task.start(),
                    task.finish(), task.effortHours(), null, AT));
        }
        long count = 0;
        for (int i = 0; i < planning.size(); i++) {
            count += send(producer, rolloutId, source, i + 1, planning.get(i));
        }
        // Not budget-service's own id for the site's budget (rollout-FY), which it opens when it hears of the rollout.
        String budgetId = "bench-" + UUID.randomUUID();
        String budget = "/budget/budgets/" + budgetId;
        List<Record> money = new ArrayList<>(List.of(
                new BudgetOpened(budgetId, rolloutId, programId, "Site " + site, 2027, "USD", "DRAFT", true, "0.00",
                        AT),
                new BudgetSubmitted(budgetId, rolloutId, programId, 2027, "USD", "200000.00", List.of(), "pm", AT),
                new BudgetApproved(budgetId, rolloutId, programId, 2027, "USD", "200000.00", List.of(), "0.00",
                        false, null, "finance", AT)));
        for (int a = 0; a < 10; a++) {
            money.add(new ActualRecorded(budgetId, rolloutId, "tx-" + a, LocalDate.of(2026, 9, 1).plusDays(7L * a),
                    "IMPLEMENTATION_SERVICES", "5000.00", "USD", null, null, null, "api", "finance", AT));
        }
        for (int i = 0; i < money.size(); i++) {
            count += send(producer, rolloutId, budget, i + 1, money.get(i));
        }
        return count;
    }

    /** One event in the CloudEvents Kafka binary binding, as the services' relays write it. */
    private static int send(KafkaProducer<String, byte[]> producer, String key, String source, long sequence,
                            Record data) {
        EventType type = EventCatalog.of(data.getClass());
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(type.topic(), key,
                JSON.writeValueAsString(data).getBytes(StandardCharsets.UTF_8));
        Map<String, String> headers = Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(),
                "ce_source", source, "ce_type", type.name(), "ce_time", AT.toString(), "ce_subject", key,
                "ce_dataschema", type.dataSchemaUri(), "ce_sequence", Long.toString(sequence),
                "content-type", "application/json");
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        producer.send(record);
        return 1;
    }

    /**
     * Until tracking shows every site's progress and actuals in the program's earned value (each site: BAC 200,000,
     * 75 % complete, 50,000 booked). Consumer lag cannot say it: budget-service's transactional relay leaves commit
     * markers after the last record, which a consumer's committed offset never passes.
     */
    private static void awaitApplied(Api api, String programId, int sites) throws InterruptedException {
        BigDecimal ev = new BigDecimal("150000.00").multiply(BigDecimal.valueOf(sites));
        BigDecimal ac = new BigDecimal("50000.00").multiply(BigDecimal.valueOf(sites));
        while (true) {
            Api.Answer answer = api.get("/programs/" + programId + "/earned-value?asOf=2026-11-25");
            if (answer.ok() && ev.compareTo(new BigDecimal(answer.json().path("ev").asString("0"))) == 0
                    && ac.compareTo(new BigDecimal(answer.json().path("ac").asString("0"))) == 0) {
                return;
            }
            Thread.sleep(1000);
        }
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void delete(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
