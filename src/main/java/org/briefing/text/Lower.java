package org.briefing.text;

import java.util.Locale;

/**
 * A text in lower case ({@link Locale#ROOT}), remembered for the last text asked for on this
 * thread: the rules that read one sentence each ask for it, and a sentence is made lower case once.
 */
public final class Lower {

    private static final ThreadLocal<String[]> LAST = ThreadLocal.withInitial(() -> new String[2]);

    private Lower() {
    }

    public static String of(String text) {
        String[] last = LAST.get();
        if (last[0] != text) { // the same instance: equal texts are compared by reference on purpose
            last[1] = text.toLowerCase(Locale.ROOT);
            last[0] = text;
        }
        return last[1];
    }

    /**
     * Whether the text contains one of the strings: the cheap check a rule makes before it runs a
     * pattern that needs one of them.
     */
    public static boolean containsAny(String text, String... words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
