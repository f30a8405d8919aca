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

    @Test
    void anotherFiguresNounIsNoCueOfThisFigure() {
        assertThat(MetricMatcher.withoutOtherFigures(" and six deaths.")).isEqualTo(" and .");
        assertThat(MetricMatcher.withoutOtherFigures(", 99 hospitalizations and two deaths.")).isEqualTo(",  .");
        // a verb the two figures share stays: "47 mercenaries and 24 Malian soldiers were killed"
        assertThat(MetricMatcher.withoutOtherFigures(" and 24 Malian soldiers were killed")).isEqualTo(" and  were killed");
        // a figure after a preposition is where the counted things are: its noun stays
        assertThat(MetricMatcher.withoutOtherFigures(" had passed through 43 camps")).isEqualTo(" had passed through 43 camps");
        assertThat(MetricMatcher.withoutOtherFigures(" who were killed")).isEqualTo(" who were killed");
        assertThat(MetricMatcher.withoutOtherFigures(" of whom one died")).isEqualTo(" of whom one died");
        // a percentage names a kind ("60% material"), not another count
        assertThat(MetricMatcher.withoutOtherFigures(" of the 60% stock is believed")).isEqualTo(" of the 60% stock is believed");
        assertThat(MetricMatcher.withoutOtherFigures(" of 20 percent material")).isEqualTo(" of 20 percent material");
    }
}
