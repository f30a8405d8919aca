package org.briefing.text;

import com.ibm.icu.lang.UScript;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptsTests {

    @Test
    void everyAsciiLetterIsLatinForIcuAsTheShortcutAssumes() {
        for (char c = 0; c < 0x80; c++) {
            if (Character.isLetter(c)) {
                assertThat(UScript.getScript(c)).as("'%s'", c).isEqualTo(UScript.LATIN);
            }
        }
    }

    @Test
    void theDominantScriptIsThatOfMostLetters() {
        assertThat(Scripts.dominant("Пхеньян sent troops")).isEqualTo(UScript.LATIN);
        assertThat(Scripts.dominant("Пхеньян отправил troops")).isEqualTo(UScript.CYRILLIC);
        assertThat(Scripts.dominant("2024 — 11,000")).isEqualTo(UScript.COMMON);
        assertThat(Scripts.share("평양 Seoul", UScript.HANGUL)).isEqualTo(2 / 7.0);
    }
}
