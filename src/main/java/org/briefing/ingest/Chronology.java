package org.briefing.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.briefing.template.ChronologyEvent;
import org.briefing.text.Cues;
import org.briefing.text.Lower;

/** The template's dated events, matched against sentences: every cue of an event must be present. */
final class Chronology {

    private record Compiled(ChronologyEvent event, List<Cues> cues) {
    }

    private final List<Compiled> events = new ArrayList<>();

    Chronology(List<ChronologyEvent> events) {
        for (ChronologyEvent event : events) {
            this.events.add(new Compiled(event, event.cues().stream().map(Cues::of).toList()));
        }
    }

    /** The latest event the sentence speaks of. */
    Optional<ChronologyEvent> match(String sentence) {
        ChronologyEvent best = null;
        String lower = Lower.of(sentence);
        for (Compiled compiled : this.events) {
            boolean all = compiled.cues().stream().allMatch((cues) -> cues.mayBeIn(lower) && cues.in(sentence));
            if (all && (best == null || compiled.event().date().isAfter(best.date()))) {
                best = compiled.event();
            }
        }
        return Optional.ofNullable(best);
    }
}
