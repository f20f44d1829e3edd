package org.golive.budget.rollout;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.golive.budget.budget.BudgetDrafts;
import org.golive.budget.budget.BudgetSettings;
import org.golive.budget.budget.Budgets;
import org.golive.budget.impact.ImpactSites;
import org.golive.budget.labour.LabourCostIntake;
import org.golive.contract.Topics;
import org.golive.contract.planning.GoLiveRescheduled;
import org.golive.contract.planning.LabourCostChanged;
import org.golive.contract.planning.RolloutCreated;
import org.golive.contract.planning.RolloutUpdated;
import org.golive.contract.planning.WaveCreated;
import org.golive.contract.planning.WaveUpdated;
import org.golive.platform.consumer.EventHandlers;
import org.golive.platform.consumer.EventIntake;
import org.golive.platform.consumer.RecordObservation;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/**
 * Opens a draft budget when planning creates a rollout. Idempotent by construction: the budget's id is derived from
 * the rollout and fiscal year, and its insert is refused if it exists. Also keeps where each rollout sits in its
 * program (wave, site name) and the waves' names for the fiscal-impact roll-ups, each event applied once. Who
 * manages each rollout the platform learns from the same events.
 */
@Component
class PlanningEventsListener {

    private static final String LISTENER = "budget-planning-events";

    private final EventHandlers handlers;
    private final RecordObservation observation;

    PlanningEventsListener(Budgets budgets, ImpactSites sites, BudgetSettings settings, Clock clock,
                           EventIntake intake, RecordObservation observation, PhasingFollower phasing,
                           LabourCostIntake labour) {
        this.observation = observation;
        this.handlers = intake.handlers()
                .on(RolloutCreated.class, (event, rollout) -> {
                    // The go-live year's budget first: whoever sees the rollout's budgets sees that one.
                    BudgetDrafts.open(new BudgetDrafts.Site(rollout.rolloutId(), rollout.programId(), rollout.siteName(),
                                    rollout.siteType(), rollout.goLiveDate(), rollout.beds(), rollout.users()),
                            settings.fiscalCalendar(), settings.currency().getCurrencyCode(), clock.instant())
                            .stream().sorted(Comparator.comparing(
                                    opened -> !opened.result().isGoLiveYear(settings.fiscalCalendar())))
                            .forEach(budgets::open);
                    sites.recordSite(event, rollout.rolloutId(), rollout.programId(), rollout.waveId(),
                            rollout.waveName(), rollout.siteName());
                })
                .on(GoLiveRescheduled.class, (event, moved) -> phasing.follow(event, moved))
                .on(LabourCostChanged.class, labour::take)
                .on(RolloutUpdated.class, (event, rollout) -> sites.recordSite(event, rollout.rolloutId(),
                        rollout.programId(), rollout.waveId(), rollout.waveName(), rollout.siteName()))
                .on(WaveCreated.class, (event, wave) ->
                        sites.recordWave(event, wave.waveId(), wave.programId(), wave.name(), wave.sequence()))
                .on(WaveUpdated.class, (event, wave) ->
                        sites.recordWave(event, wave.waveId(), wave.programId(), wave.name(), wave.sequence()))
                .build();
    }

    /** A poll at a time: the ledger judges its events in one write, not one per event (most are not handled here). */
    @KafkaListener(id = LISTENER, idIsGroup = false, topics = Topics.PLANNING, batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        handlers.handlePoll(LISTENER, records, observation);
    }
}
