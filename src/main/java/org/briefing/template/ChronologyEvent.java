package org.briefing.template;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A dated event of the subject's chronology. When every cue is in one sentence of an article, the
 * sentence speaks of this event, which anchors the year of undated mentions ("since August 6").
 */
public record ChronologyEvent(LocalDate date, String label, List<String> cues) {

    public ChronologyEvent {
        Objects.requireNonNull(date, "event date");
        Objects.requireNonNull(label, "event label");
        cues = (cues == null) ? List.of() : List.copyOf(cues);
        if (cues.isEmpty()) {
            throw new IllegalArgumentException("event '" + label + "' needs at least one cue");
        }
    }
}
