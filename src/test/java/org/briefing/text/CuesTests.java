package org.briefing.text;

import java.util.List;

import org.briefing.RandomTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CuesTests {

    @Test
    void matchesWholeWordsIgnoringCaseWithPrefixesAndPhrases() {
        Cues cues = Cues.of("recogni*", "entered into force|took effect", "DPRK's");

        assertThat(cues.find("Pyongyang RECOGNISED them").map(Span::text)).hasValue("RECOGNISED");
        assertThat(cues.find("the treaty took\n effect").map(Span::text)).hasValue("took\n effect");
        assertThat(cues.find("the DPRK’s army").map(Span::text)).hasValue("DPRK’s");
        assertThat(cues.in("unrecognised, it took effects")).isFalse();
    }

    @Test
    void signsTheCueWritesMustStandInTheTextToo() {
        Cues cues = Cues.of("60%", "3.67% material", "U.S. officials", "1,000");

        assertThat(cues.find("uranium enriched to up to 60% purity").map(Span::text)).hasValue("60%");
        assertThat(cues.find("enriched to 60 % or more").map(Span::text)).hasValue("60 %");
        assertThat(cues.find("enriched to 60 percent")).isEmpty();
        assertThat(cues.find("enriched to 600%")).isEmpty();
        assertThat(cues.find("its 3.67% material").map(Span::text)).hasValue("3.67% material");
        assertThat(cues.find("3,67% material")).isEmpty();
        assertThat(cues.find("as U.S. officials said").map(Span::text)).hasValue("U.S. officials");
        assertThat(cues.find("as US officials said")).isEmpty();
        assertThat(cues.find("some 1,000 men").map(Span::text)).hasValue("1,000");
        assertThat(Cues.of("%", "-").isEmpty()).isTrue();
    }

    @Test
    void aTextWithoutTheStartOfAnyCueIsPassedByTheSubstringCheck() {
        Cues cues = Cues.of("Kursk", "incursion*");

        assertThat(cues.mayBeIn(Lower.of("Troops in KURSK."))).isTrue();
        assertThat(cues.mayBeIn(Lower.of("Troops in Donetsk."))).isFalse();
        assertThat(Cues.of().mayBeIn("anything")).isFalse();
    }

    /** The substring check may say yes wrongly, never no: a text it passes holds no cue. */
    @ParameterizedTest
    @ValueSource(ints = { 1, 2, 3 })
    void neverPassesATextThatHoldsACue(int seed) {
        List<Cues> lists = List.of(Cues.of("Kursk", "incursion"), Cues.of("recogni*", "DPR|LPR"),
                Cues.of("entered into force|took effect"), Cues.of("DPRK's", "o'clock*"), Cues.of("İstanbul", "Straße"),
                Cues.of("'quoted"));
        String[] pieces = { "kursk", "KURSK", "Kursk's", "incursions", "incursion", "recognise", "Recognition", "dpr",
                "LPR", "entered", "into", "force", "took", "effect", "DPRK’s", "DPRK's", "O’CLOCK", "İSTANBUL", "STRASSE",
                "straße", "'quoted", " ", "  ", "\n", ",", ".", "-", "'", "’", "K", "\u212A", "ursk" };
        for (String sentence : RandomTexts.of(seed, 20_000, 12, pieces)) {
            for (Cues cues : lists) {
                if (cues.in(sentence)) {
                    assertThat(cues.mayBeIn(Lower.of(sentence))).as(sentence).isTrue();
                }
            }
        }
    }
}
