package org.briefing.app;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The schedule on a fake clock: no test here waits for real time. */
class ScheduledRunsTests {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Nested
    class Expressions {

        @Test
        void acceptSpringsSixFields() {
            assertThat(Schedule.parse("0 30 6 * * *").next(at("2024-11-01T05:00"))).isEqualTo(at("2024-11-01T06:30"));
        }

        @Test
        void acceptCrontabsFiveFieldsAtSecondZero() {
            assertThat(Schedule.parse("30 6 * * 1-5").next(at("2024-11-01T07:00"))).isEqualTo(at("2024-11-04T06:30"));
        }

        @Test
        void acceptMacros() {
            assertThat(Schedule.parse("@daily").next(at("2024-11-01T07:00"))).isEqualTo(at("2024-11-02T00:00"));
        }

        @Test
        void rejectNonsenseWithAnExample() {
            assertThatThrownBy(() -> Schedule.parse("every morning")).isInstanceOf(BadArgumentsException.class)
                .hasMessage("not a cron expression: briefing.schedule=every morning"
                        + " (use e.g. '0 0 6 * * *' or '0 6 * * *' for 06:00 every day)");
        }
    }

    @Nested
    class Ticks {

        private final FakeClock clock = new FakeClock(at("2024-11-01T05:00"));

        private final List<LocalDate> runs = new ArrayList<>();

        @Test
        void startARunAtEachTickWithTheTicksDayAsAsOf() {
            ScheduledRuns scheduled = new ScheduledRuns(Schedule.parse("0 0 6 * * *"), this.clock, this.clock);

            scheduled.run((day) -> {
                this.runs.add(day);
                this.clock.advanceMinutes(5);
                if (this.runs.size() == 3) {
                    scheduled.stop();
                }
                return 0;
            });

            assertThat(this.runs).containsExactly(LocalDate.parse("2024-11-01"), LocalDate.parse("2024-11-02"),
                    LocalDate.parse("2024-11-03"));
            assertThat(this.clock.sleptUntil).containsExactly(at("2024-11-01T06:00"), at("2024-11-02T06:00"),
                    at("2024-11-03T06:00"));
        }

        @Test
        void skipTicksMissedByALongRunInsteadOfRunningThemInABurst() {
            ScheduledRuns scheduled = new ScheduledRuns(Schedule.parse("0 0 * * * *"), this.clock, this.clock);

            scheduled.run((day) -> {
                this.runs.add(day);
                this.clock.advanceMinutes(150);
                if (this.runs.size() == 2) {
                    scheduled.stop();
                }
                return 0;
            });

            assertThat(this.clock.sleptUntil).containsExactly(at("2024-11-01T06:00"), at("2024-11-01T09:00"));
        }

        @Test
        void goOnAfterAFailedRunAndReportTheLastExitCode() {
            ScheduledRuns scheduled = new ScheduledRuns(Schedule.parse("0 0 6 * * *"), this.clock, this.clock);

            int last = scheduled.run((day) -> {
                this.runs.add(day);
                if (this.runs.size() == 2) {
                    scheduled.stop();
                    return 1;
                }
                return 0;
            });

            assertThat(this.runs).hasSize(2);
            assertThat(last).isEqualTo(1);
        }

        @Test
        void stopWhenInterrupted() {
            ScheduledRuns scheduled = new ScheduledRuns(Schedule.parse("0 0 6 * * *"), this.clock, (time, clock) -> {
                throw new InterruptedException();
            });

            int last = scheduled.run((day) -> {
                this.runs.add(day);
                return 0;
            });

            assertThat(Thread.interrupted()).isTrue();
            assertThat(this.runs).isEmpty();
            assertThat(last).isZero();
        }
    }

    private static ZonedDateTime at(String local) {
        return java.time.LocalDateTime.parse(local).atZone(ZONE);
    }

    /** A clock that only moves when told, and a sleeper that moves it. */
    static final class FakeClock extends Clock implements ScheduledRuns.Sleeper {

        private Instant now;

        final List<ZonedDateTime> sleptUntil = new ArrayList<>();

        FakeClock(ZonedDateTime start) {
            this.now = start.toInstant();
        }

        void advanceMinutes(long minutes) {
            this.now = this.now.plusSeconds(60 * minutes);
        }

        @Override
        public void sleepUntil(ZonedDateTime time, Clock clock) {
            this.sleptUntil.add(time);
            if (time.toInstant().isAfter(this.now)) {
                this.now = time.toInstant();
            }
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return this.now;
        }
    }
}
