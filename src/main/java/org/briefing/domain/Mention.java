package org.briefing.domain;

import java.util.Objects;

/** One place in an article where a claim's figure is stated: the sentence and its offsets. */
public record Mention(String quote, int start, int end) {

    public Mention {
        Objects.requireNonNull(quote, "quote");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad mention span " + start + ".." + end);
        }
    }
}
