package org.briefing.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TailsTests {

    private final Tails hedges = Tails.afterNonLetter(List.of("more than", "no more than", "over"));

    @Test
    void findsThePhraseThatStartsFurthestLeft() {
        String text = "there were no more than ";

        assertThat(this.hedges.phrase(this.hedges.longest(text, text.length() - 1))).isEqualTo("no more than");
    }

    @Test
    void ignoresCaseInAsciiOnly() {
        assertThat(this.hedges.longest("MORE THAN", 9)).isEqualTo(0);
        assertThat(Tails.endsWith("\u212Aey", 3, "key")).isFalse(); // the Kelvin sign is not "k" to (?i)
    }

    @Test
    void needsNoLetterBeforeThePhrase() {
        assertThat(this.hedges.longest("moreover", 8)).isEqualTo(-1);
        assertThat(this.hedges.longest("5over", 5)).isEqualTo(2);
    }

    @Test
    void atWordStartAlsoRefusesADigitOrUnderscoreBefore() {
        Tails words = Tails.atWordStart(List.of("aged"));

        assertThat(words.longest("5aged", 5)).isEqualTo(-1);
        assertThat(words.longest("_aged", 5)).isEqualTo(-1);
        assertThat(words.longest("(aged", 5)).isEqualTo(0);
        assertThat(words.longest("aged", 4)).isEqualTo(0);
    }

    @Test
    void spaceBeforeReadsAsciiWhiteSpaceAndTheNoBreakSpace() {
        assertThat(Tails.spaceBefore("up to \u00A0\t", 8)).isEqualTo(5);
        assertThat(Tails.spaceBefore("up to\u2009", 6)).isEqualTo(6);
    }
}
