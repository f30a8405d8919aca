package org.briefing.template;

import java.util.List;
import java.util.Objects;

/**
 * A status a counted group can be in (planned, training, deployed…) and the cue words that put a
 * figure in it. Statuses are tried in the order the template lists them.
 *
 * @param group statuses of one group answer the same question in reconciliation ("how many are
 * in Russia or on the way": planned, training, deployed); defaults to the status's own name
 * @param consensus whether figures of this status count towards a consensus (a hypothetical "if it
 * sends three brigades" does not); defaults to true
 */
public record StatusSpec(String name, String label, List<String> cues, String group, Boolean consensus) {

    public StatusSpec {
        Objects.requireNonNull(name, "status name");
        label = (label == null) ? name : label;
        cues = (cues == null) ? List.of() : List.copyOf(cues);
        group = (group == null) ? name : group;
        consensus = (consensus == null) ? Boolean.TRUE : consensus;
    }

    public StatusSpec(String name, String label, List<String> cues) {
        this(name, label, cues, null, null);
    }
}
