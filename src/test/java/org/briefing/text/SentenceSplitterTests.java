package org.briefing.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTests {

    private static List<String> split(String text) {
        return new SentenceSplitter().split(text, 0, text.length()).stream().map(Span::text).toList();
    }

    @Test
    void doesNotBreakAfterATitleAnInitialOrAnAbbreviation() {
        assertThat(split("He met Lt. Gen. Budanov in Kyiv. Then J. Smith spoke. The U.S. Army agreed."))
            .containsExactly("He met Lt. Gen. Budanov in Kyiv.", "Then J. Smith spoke.", "The U.S. Army agreed.");
    }

    /** ICU's filter had matched an abbreviation at the end of any word ("est.", "S."). */
    @Test
    void breaksAfterAWordThatOnlyEndsLikeAnAbbreviation() {
        assertThat(split("The figure came from the NIS. The agency said so. Prices were the highest. They fell."))
            .containsExactly("The figure came from the NIS.", "The agency said so.", "Prices were the highest.", "They fell.");
    }

    @Test
    void keepsADatelineInCapitalsWithItsSentence() {
        assertThat(split("SKAGEN. Since February, the authority has checked 1 087 tankers. It said so."))
            .containsExactly("SKAGEN. Since February, the authority has checked 1 087 tankers.", "It said so.");
    }

    @Test
    void keepsOffsetsIntoTheWholeText() {
        String text = "Intro. He met Lt. Gen. Budanov.";
        List<Span> spans = new SentenceSplitter().split(text, 7, text.length());

        assertThat(spans).singleElement().satisfies((span) -> {
            assertThat(span.start()).isEqualTo(7);
            assertThat(text.substring(span.start(), span.end())).isEqualTo("He met Lt. Gen. Budanov.");
        });
    }
}
