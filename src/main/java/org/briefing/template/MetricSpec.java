package org.briefing.template;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A tracked metric: what is counted and the words that name it.
 *
 * @param name the metric's name in claims: personnel, casualties, payment…
 * @param label how the briefing names it
 * @param unit the unit of its figures ({@code persons}, {@code brigades}); ignored for money
 * @param nouns counted nouns that name this metric directly ("troops", "brigades")
 * @param from another metric whose nouns become this one when a cue is near ("soldiers … killed"
 * is casualties), or {@code null}
 * @param kinds finer kinds and their cue words; a figure of a {@code from} metric becomes this
 * metric when one of the cues is in its clause
 * @param money whether figures are amounts of money (a currency makes the unit)
 * @param cues for money metrics, words that must be in the clause ("paid", "receive")
 * @param background whether the metric's own figures are context rather than claims ("a workforce of 2.4 million"):
 * it is there for the metrics derived from it, whose figures are claims
 */
public record MetricSpec(String name, String label, String unit, List<String> nouns, String from,
        Map<String, List<String>> kinds, boolean money, List<String> cues, boolean background) {

    public MetricSpec {
        Objects.requireNonNull(name, "metric name");
        label = (label == null) ? name : label;
        unit = (unit == null) ? name : unit;
        nouns = (nouns == null) ? List.of() : List.copyOf(nouns);
        // in the template's order, which decides the first matching kind: Map.copyOf's order changes from run to run
        kinds = (kinds == null) ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(kinds));
        cues = (cues == null) ? List.of() : List.copyOf(cues);
    }
}
