package org.briefing.app;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a step stands: items done of the total (those done by an earlier attempt or an earlier
 * run included), and how long this attempt has taken for the items it did itself.
 *
 * @param step the step's name
 * @param total the items the step has to account for; 0 when unknown
 * @param doneBefore items already done when this attempt started
 * @param doneNow items done by this attempt
 * @param elapsed time this attempt has taken
 */
record Progress(String step, long total, long doneBefore, long doneNow, Duration elapsed) {

    long done() {
        return this.doneBefore + this.doneNow;
    }

    int percent() {
        return (this.total <= 0) ? 100 : (int) Math.min(100, (100 * done()) / this.total);
    }

    /** Remaining time at this attempt's pace; empty until there is a pace to go by. */
    Optional<Duration> eta() {
        long remaining = Math.max(0, this.total - done());
        if (remaining == 0) {
            return Optional.of(Duration.ZERO);
        }
        if (this.doneNow == 0 || this.elapsed.isZero()) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos((long) ((double) this.elapsed.toNanos() / this.doneNow * remaining)));
    }

    static String clock(Duration duration) {
        long seconds = (duration.toMillis() + 999) / 1000;
        if (seconds >= 3600) {
            return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, (seconds / 60) % 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    String counts() {
        return done() + "/" + this.total;
    }

    String etaText() {
        return eta().map(Progress::clock).orElse("--:--");
    }
}
