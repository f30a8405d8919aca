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
    void aVerbBeforeAnotherFigureAndItsNounIsNotThisFiguresVerb() {
        // "found 20 bodies and rescued 60 survivors": the 60 were rescued, not found dead
        assertThat(MetricMatcher.afterOtherFigure("The coastguard said it had found 20 bodies and rescued ")).isEqualTo("rescued ");
        // a verb both objects share stays: "seized 1,184 firearms and some 212,000 rounds"
        assertThat(MetricMatcher.afterOtherFigure("customs seized 1,184 firearms and some ")).isEqualTo("customs seized 1,184 firearms and some ");
        // a date or a year is no figure with a noun
        assertThat(MetricMatcher.afterOtherFigure("she found the unprotected server on Dec. 9 and that it held "))
            .isEqualTo("she found the unprotected server on Dec. 9 and that it held ");
        assertThat(MetricMatcher.afterOtherFigure("leaked in 2024 and exposed ")).isEqualTo("leaked in 2024 and exposed ");
        assertThat(MetricMatcher.afterOtherFigure("the ministry said it had exposed ")).isEqualTo("the ministry said it had exposed ");
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
