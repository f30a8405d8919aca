package org.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random texts made of given pieces, for the property tests that compare a fast check with the
 * pattern it replaced or stands guard for: pieces near the rule's words find its edge cases.
 */
public final class RandomTexts {

    private RandomTexts() {
    }

    /** {@code count} texts of 1 to {@code maxPieces} pieces each; the same seed gives the same texts. */
    public static List<String> of(long seed, int count, int maxPieces, String... pieces) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(maxPieces); k >= 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            texts.add(text.toString());
        }
        return texts;
    }
}
