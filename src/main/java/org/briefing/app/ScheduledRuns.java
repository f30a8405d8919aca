package org.briefing.app;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.function.ToIntFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the process alive and starts a run at each tick of the schedule, with the tick's date as
 * the default as-of date. Runs never overlap: a run that outlasts the next tick delays it, and
 * missed ticks are skipped rather than run in a burst. A failed run is logged and the next tick
 * restarts it (same inputs, same run). Time comes from a {@link Clock} and waiting from a
 * {@link Sleeper}, so that tests need not wait.
 */
final class ScheduledRuns {

    /** Waits until a time on the clock. */
    interface Sleeper {

        void sleepUntil(ZonedDateTime time, Clock clock) throws InterruptedException;

        /** Sleeps a minute at most at a time, so that a changed wall clock is noticed. */
        static Sleeper real() {
            return (time, clock) -> {
                while (true) {
                    Duration left = Duration.between(ZonedDateTime.now(clock), time);
                    if (left.isNegative() || left.isZero()) {
                        return;
                    }
                    Thread.sleep(Math.max(1, Math.min(left.toMillis(), Duration.ofMinutes(1).toMillis())));
                }
            };
        }
    }

    private static final Logger logger = LoggerFactory.getLogger(ScheduledRuns.class);

    private final Schedule schedule;

    private final Clock clock;

    private final Sleeper sleeper;

    private volatile boolean stopped;

    ScheduledRuns(Schedule schedule, Clock clock, Sleeper sleeper) {
        this.schedule = schedule;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Runs {@code run} at every tick until stopped or interrupted; returns the last exit code. */
    int run(ToIntFunction<LocalDate> run) {
        int last = ExitCodes.DONE;
        ZonedDateTime next = this.schedule.next(ZonedDateTime.now(this.clock));
        logger.info("briefing: scheduled '{}'; first run at {}", this.schedule, next.toOffsetDateTime());
        while (!this.stopped) {
            try {
                this.sleeper.sleepUntil(next, this.clock);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                logger.info("briefing: schedule interrupted; stopping");
                return last;
            }
            last = run.applyAsInt(next.toLocalDate());
            ZonedDateTime tick = next;
            next = this.schedule.next(ZonedDateTime.now(this.clock));
            logger.info("briefing: tick {} ended with exit code {}; next run at {}", tick.toOffsetDateTime(), last,
                    next.toOffsetDateTime());
        }
        return last;
    }

    void stop() {
        this.stopped = true;
    }
}
