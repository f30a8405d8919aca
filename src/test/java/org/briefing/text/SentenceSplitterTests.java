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
    void readsAParagraphWrappedAtAFixedWidthAsRunningTextButKeepsTheBreaksOfAListOrATranscript() {
        String wrapped = "Wharfedale United want north of £70m for Jonah Okafor-Reid, according to\n"
                + "people at the club. They turned down £45m from Ravensworth Athletic in July\n"
                + "and have heard nothing acceptable since then from any of the other clubs.";
        assertThat(split(wrapped)).containsExactly(
                "Wharfedale United want north of £70m for Jonah Okafor-Reid, according to\npeople at the club.",
                "They turned down £45m from Ravensworth Athletic in July\nand have heard nothing acceptable since then from any of the other clubs.");
        String headlines = "NIS briefs Intelligence Committee: \"some 6,000\" workers and builders sent in first quarter\n"
                + "KCNA calls South Korean reports \"a sheer fabrication\"\n\n"
                + "Some 6,000 workers and military builders were also dispatched in the first quarter of this year, the NIS added, "
                + "bringing the number of North Korean labour personnel in Russia to an estimated 35,000.";
        assertThat(new SentenceSplitter().split(headlines, 0, headlines.indexOf("\n\n"))).hasSize(2);
        assertThat(split("Key figures for the whole of the country, as of 13 August\n612 people killed\n1,004 people injured"))
            .hasSize(3);
        assertThat(split("KIM: We sent about four thousand of them across in January, I believe.\n"
                + "REYES: And how many came back from the front line by the end of March?")).hasSize(2);
    }

    @Test
    void readsAListsFigureLineWithTheLineUnderItButKeepsOtherBreaks() {
        // before: "352" and its explanation were two sentences, and the figure had no noun
        assertThat(split("352\nThat is how many rhinos were poached in 2025.")).containsExactly("352\nThat is how many rhinos were poached in 2025.");
        assertThat(split("R9.6 million\nThe street value police put on it.")).containsExactly("R9.6 million\nThe street value police put on it.");
        assertThat(split("179 and 46\nArrests and convictions.")).containsExactly("179 and 46\nArrests and convictions.");
        // a timestamp, a numbered heading or a line that ends a sentence keeps its break
        assertThat(split("[00:14:32]\nDAN: Sixty million.")).containsExactly("[00:14:32]", "DAN: Sixty million.");
        assertThat(split("2. Romania\nAn epidemic.")).doesNotContain("Romania\nAn epidemic.").contains("An epidemic.");
        assertThat(split("Around 16,000.\nThat is all.")).containsExactly("Around 16,000.", "That is all.");
    }

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
