package org.briefing.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTests {

    @Nested
    class Eta {

        @Test
        void extrapolatesThisAttemptsPaceOverWhatRemains() {
            Progress progress = new Progress("extractStep", 100, 0, 25, Duration.ofSeconds(10));

            assertThat(progress.eta()).contains(Duration.ofSeconds(30));
        }

        @Test
        void countsWorkDoneByAnEarlierAttemptAsDoneButNotInThePace() {
            Progress progress = new Progress("extractStep", 100, 50, 10, Duration.ofSeconds(10));

            assertThat(progress.done()).isEqualTo(60);
            assertThat(progress.percent()).isEqualTo(60);
            assertThat(progress.eta()).contains(Duration.ofSeconds(40));
        }

        @Test
        void isUnknownBeforeTheFirstChunk() {
            assertThat(new Progress("ingestStep", 100, 0, 0, Duration.ofSeconds(3)).etaText()).isEqualTo("--:--");
        }

        @Test
        void isZeroWhenNothingRemains() {
            assertThat(new Progress("ingestStep", 10, 10, 0, Duration.ZERO).eta()).contains(Duration.ZERO);
        }

        @Test
        void readsAsMinutesAndSecondsOrHours() {
            assertThat(Progress.clock(Duration.ofSeconds(75))).isEqualTo("1:15");
            assertThat(Progress.clock(Duration.ofSeconds(3725))).isEqualTo("1:02:05");
        }
    }

    @Nested
    class OnATerminal {

        @Test
        void redrawsOneLinePerStepAndEndsItWhenTheStepIsDone() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ProgressView bar = new ProgressView.Bar(new PrintStream(bytes, true, StandardCharsets.UTF_8));

            bar.advanced(new Progress("extractStep", 40, 0, 10, Duration.ofSeconds(2)));
            bar.finished(new Progress("extractStep", 40, 0, 40, Duration.ofSeconds(8)));

            String shown = bytes.toString(StandardCharsets.UTF_8);
            assertThat(shown).startsWith("\rextractStep    [#######.......................]         10/40  25%  ETA 0:06");
            assertThat(shown).contains("\rextractStep    [##############################]         40/40 100%  done in 0:08");
            assertThat(shown).endsWith(System.lineSeparator());
        }
    }

    @Test
    void anUnknownDisplayIsABadArgument() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProgressView.of("fancy"))
            .isInstanceOf(BadArgumentsException.class)
            .hasMessage("briefing.progress must be auto, bar, log or none: fancy");
    }
}
