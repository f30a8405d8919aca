package org.briefing.ingest;

import org.briefing.RandomTexts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BlocksTests {

    @Test
    void oneLineMakesEachRunOfWhiteSpaceOneSpaceAndTrims() {
        assertThat(Blocks.oneLine("  Published:\n\t Dec\u00A018,  2024 \r\n")).isEqualTo("Published: Dec 18, 2024");
        assertThat(Blocks.oneLine("\u0001 a \u0001")).isEqualTo("a");
        assertThat(Blocks.oneLine(" \n ")).isEmpty();
    }

    @Test
    void wordsAreCountedUpToOneMoreThanTheLimit() {
        assertThat(Blocks.words("North Korea's 11,000 troops", 10)).isEqualTo(6); // letters and digits: "s", "11", "000"
        assertThat(Blocks.words("one two three four five six", 4)).isEqualTo(5);
        assertThat(Blocks.words("one two three four", 4)).isEqualTo(4);
        assertThat(Blocks.words(" — ", 4)).isZero();
    }

    /** The loop gives what the pattern it replaced gave. */
    @Test
    void oneLineIsThePatternItReplacedOnRandomText() {
        String[] pieces = { " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0", "\u2003", "\u0001", "a", "Bc", ".",
                "é", "\u001F" };
        for (String input : RandomTexts.of(7, 20_000, 10, pieces)) {
            assertThat(Blocks.oneLine(input)).as(input).isEqualTo(input.replaceAll("[\\s\\u00A0]+", " ").trim());
        }
    }
}
