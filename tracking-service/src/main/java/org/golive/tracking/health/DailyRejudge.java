package org.golive.tracking.health;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Judges every rollout again once a day, shortly after midnight in the program's time zone: a task that became
 * overdue overnight, or a site that entered the readiness window, changes its health without waiting for the
 * rollout's next event; the listeners record the day's figures (the wave comparison's daily point). The day is the
 * {@link java.time.Clock}'s, so tests move the clock and call {@link #run()}. Several instances may run it at once:
 * judging is version-checked and a judgement that changes nothing writes nothing.
 */
@Component
public class DailyRejudge {

    private static final Logger log = LoggerFactory.getLogger(DailyRejudge.class);

    private final HealthEvaluation evaluation;

    DailyRejudge(HealthEvaluation evaluation) {
        this.evaluation = evaluation;
    }

    @Scheduled(cron = "${golive.tracking.daily-rejudge:0 5 0 * * *}", zone = "${golive.tracking.time-zone:UTC}")
    public void run() {
        long started = System.nanoTime();
        int rollouts = evaluation.reevaluateAll();
        log.info("Daily re-judge: {} rollouts in {} ms", rollouts, (System.nanoTime() - started) / 1_000_000);
    }
}
