package org.briefing.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.briefing.RandomTexts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class WordStartsTests {

    private static final Pattern COMBAT = Pattern.compile(
            "(?i)\\b(fight\\w*|combat|hostilities|battle\\w*|engag\\w+|front\\s?lines?|killed|died|casualt\\w+|wounded|shelled)\\b");

    private static final WordStarts.Words COMBAT_FIRST = WordStarts.words("fight*", "combat", "hostilities", "battle*", "engag*",
            "front*", "killed", "died", "casualt*", "wounded", "shelled");

    private static final Pattern REPORTED_BY = Pattern.compile(
            "(?i)\\b(?:as |first |originally )?(?:reported|published|revealed) (?:first )?by[\\s\\u00A0]+");

    private static final WordStarts.Words REPORTED_FIRST = WordStarts.words("as", "first", "originally", "reported", "published",
            "revealed");

    private static List<String> byFind(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.start() + ":" + m.group());
        }
        return found;
    }

    private static List<String> byWordStarts(Pattern pattern, String text, WordStarts.Words first) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        for (int from = 0; WordStarts.find(m, text, from, text.length(), first, true); from = m.end()) {
            found.add(m.start() + ":" + m.group());
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 2, 3 })
    void findsWhatFindFindsOnRandomText(int seed) {
        String[] pieces = { "fight", "Fighting", "combat", "front line", "frontlines", "FRONT", "killed", "xkilled",
                "engag", "engaged", "casualties", "reported by", "As reported by", "first", "by", "published first by",
                "revealed", " ", ", ", ".", "_", "9", "-", "\u00A0", "Ünited", "ö" };
        for (String sentence : RandomTexts.of(seed, 5_000, 15, pieces)) {
            assertThat(byWordStarts(COMBAT, sentence, COMBAT_FIRST)).as(sentence).isEqualTo(byFind(COMBAT, sentence));
            assertThat(byWordStarts(REPORTED_BY, sentence, REPORTED_FIRST)).as(sentence)
                .isEqualTo(byFind(REPORTED_BY, sentence));
        }
    }

    @org.junit.jupiter.api.Test
    void wordsAreLowerCaseAscii() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WordStarts.words("According"))
            .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WordStarts.words("über"))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void aPrefixEndsAnywhereAndAWordOnlyBeforeANonLetter() {
        Pattern fabricated = Pattern.compile("(?i)\\b(fabricat\\w*|fake)\\b");
        WordStarts.Words first = WordStarts.words("fabricat*", "fake");
        assertThat(byWordStarts(fabricated, "Fabrications, fakes and FAKE news", first))
            .containsExactly("0:Fabrications", "24:FAKE");
    }
}
