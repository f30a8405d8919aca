package org.briefing.extract;

import java.util.List;

import org.briefing.text.Cues;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MetricMatcherTests {

    private final Cues listed = Cues.of(List.of("list", "listed", "sanction*"));

    @Test
    void aKindCueThatIsAWordOfANameDoesNotCount() {
        assertThat(MetricMatcher.cueOutsideNames(this.listed,
                "Lloyd's List Intelligence estimates that about 600 tankers now trade")).isFalse();
        assertThat(MetricMatcher.cueOutsideNames(this.listed, "the Sanctions Monitoring Unit counted 600 tankers")).isFalse();
    }

    @Test
    void aKindCueInTheTextCounts() {
        assertThat(MetricMatcher.cueOutsideNames(this.listed, "The EU has listed 79 tankers")).isTrue();
        assertThat(MetricMatcher.cueOutsideNames(this.listed, "Listed: 79 tankers")).isTrue();
        assertThat(MetricMatcher.cueOutsideNames(this.listed, "Lloyd's List says 79 tankers were sanctioned")).isTrue();
    }
}
