package org.briefing.domain;

import java.util.List;
import java.util.Objects;

/**
 * What changed since the previous briefing in the output folder.
 *
 * @param kind {@code new-claim}, {@code new-consensus}, {@code revised-consensus},
 * {@code new-contradiction}
 */
public record Change(String kind, String text, List<String> ids) {

    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        ids = List.copyOf(ids);
    }
}
