package org.briefing.template;

import java.util.List;
import java.util.Objects;

/**
 * A status a counted group can be in (planned, training, deployed…) and the cue words that put a
 * figure in it. Statuses are tried in the order the template lists them.
 */
public record StatusSpec(String name, String label, List<String> cues) {

    public StatusSpec {
        Objects.requireNonNull(name, "status name");
        label = (label == null) ? name : label;
        cues = (cues == null) ? List.of() : List.copyOf(cues);
    }
}
