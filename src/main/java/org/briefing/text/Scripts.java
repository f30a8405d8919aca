package org.briefing.text;

import com.ibm.icu.lang.UScript;

/** Which writing system a text is mostly in, by ICU4J's script property of its letters. */
public final class Scripts {

    private Scripts() {
    }

    /**
     * The ICU script code of most letters in the text, or {@link UScript#COMMON} when it has none.
     */
    public static int dominant(CharSequence text) {
        int[] counts = new int[UScript.CODE_LIMIT];
        int best = UScript.COMMON;
        int bestCount = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            int script = scriptOf(c);
            if (script == UScript.COMMON || script == UScript.INHERITED) {
                continue;
            }
            int count = ++counts[script];
            if (count > bestCount) {
                best = script;
                bestCount = count;
            }
        }
        return best;
    }

    /** The share of the text's letters that belong to the given script. */
    public static double share(CharSequence text, int script) {
        int letters = 0;
        int inScript = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (scriptOf(c) == script) {
                    inScript++;
                }
            }
        }
        return (letters == 0) ? 0 : (double) inScript / letters;
    }

    /** ICU's script of a letter; an ASCII letter is Latin without asking ICU (most letters of most texts are). */
    private static int scriptOf(char letter) {
        return (letter < 0x80) ? UScript.LATIN : UScript.getScript(letter);
    }
}
