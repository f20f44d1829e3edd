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
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The recorded stream {@link RebuildBenchmark} writes straight onto planning's and budget's topics, per site: rollout
 * created, a plan of {@code tasks} tasks, a baseline, progress on every task, half of them completed, a budget opened,
 * submitted and approved, and ten actuals ({@code 16 + 1.5 x tasks} events; 46 for 20 tasks).
 */
final class RebuildStream {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant AT = Instant.parse("2026-11-25T09:00:00Z");

    private final int sites;
    private final int tasks;

    RebuildStream(int sites, int tasks) {
        this.sites = sites;
        this.tasks = tasks;
    }

    /** Writes every site's stream of the program {@code programId}; returns the number of events. */
    long write(String kafka, String programId) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 262_144, ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
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

    /** What the program's earned value shows once every site's events are applied: EV and AC. */
    BigDecimal[] expectedEarnedValue() {
        // Each site: BAC 200,000, 75 % complete (half the tasks done, the other half at 50 %), 50,000 booked.
        return new BigDecimal[]{new BigDecimal("150000.00").multiply(BigDecimal.valueOf(sites)),
                new BigDecimal("50000.00").multiply(BigDecimal.valueOf(sites))};
    }

    private long site(KafkaProducer<String, byte[]> producer, String programId, String waveId, int site) {
        String rolloutId = UUID.randomUUID().toString();
        String source = "/planning/rollouts/" + rolloutId;
        LocalDate goLive = LocalDate.of(2027, 3, 1).plusDays(site % 200);
        List<PlannedTask> plan = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            LocalDate start = LocalDate.of(2026, 9, 1).plusDays(7L * (t % 20));
            plan.add(new PlannedTask("t" + t, "1." + t, "Build", "Task " + t, start, start.plusDays(4), 5, false,
                    t % 3 == 0, 0, null, "NOT_STARTED", 0, null, null, new BigDecimal("40"), null, "PM", List.of(),
                    List.of()));
        }
        List<String> critical = plan.stream().filter(PlannedTask::critical).map(PlannedTask::taskId).toList();
        List<Record> planning = new ArrayList<>(List.of(
                new RolloutCreated(rolloutId, programId, "Benchmark program", waveId, "Wave 1", "Site " + site,
                        "HOSPITAL", goLive, 200, 1500, null, List.of(), AT),
                new PlanInstantiated(rolloutId, programId, "template", "Standard", 1, goLive, plan.get(0).start(),
                        goLive, critical, plan, AT),
                new BaselineSet(rolloutId, "Approved plan", plan.stream().map(t -> new BaselineSet.BaselineTask(
                        t.taskId(), t.start(), t.finish())).toList(), AT)));
        for (PlannedTask task : plan) {
            planning.add(new TaskStatusChanged(rolloutId, task.taskId(), "NOT_STARTED", "IN_PROGRESS", 50,
                    task.start(), null, List.of(), critical, null, AT));
        }
        for (PlannedTask task : plan.subList(0, tasks / 2)) {
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
}
