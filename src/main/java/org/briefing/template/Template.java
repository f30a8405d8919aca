package org.briefing.template;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.briefing.domain.Source;

/**
 * A report template: the subject knowledge and the layout of one kind of briefing.
 *
 * @param name the template's name (its folder's name)
 * @param handling the handling label printed on every page, such as {@code TLP:CLEAR}
 * @param language the language of the articles, as a BCP 47 tag
 * @param subject the actor the briefing is about
 * @param actors other actors, so that their figures are not taken for the subject's
 * @param metrics the tracked metrics
 * @param statuses the statuses of counted groups, in order of precedence
 * @param sources the source registry
 * @param events the subject's chronology
 * @param fonts the fonts to embed; the first family is the body face
 * @param charts which metrics the charts show
 * @param files where the template's files (layout, fonts) are read from
 */
public record Template(String name, String title, String subtitle, String handling, String language, Actor subject,
        java.time.LocalDate since, List<Actor> actors, List<MetricSpec> metrics, List<StatusSpec> statuses,
        List<Source> sources, List<ChronologyEvent> events, List<FontSpec> fonts, ChartSpec charts, TemplateFiles files) {

    public Template {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(subject, "subject");
        title = (title == null) ? subject.name() : title;
        subtitle = (subtitle == null) ? "" : subtitle;
        handling = (handling == null) ? "TLP:CLEAR" : handling;
        language = (language == null) ? "en" : language;
        actors = (actors == null) ? List.of() : List.copyOf(actors);
        metrics = (metrics == null) ? List.of() : List.copyOf(metrics);
        statuses = (statuses == null) ? List.of() : List.copyOf(statuses);
        sources = (sources == null) ? List.of() : List.copyOf(sources);
        events = (events == null) ? List.of() : List.copyOf(events);
        fonts = (fonts == null) ? List.of() : List.copyOf(fonts);
        charts = (charts == null) ? ChartSpec.DEFAULT : charts;
        if (metrics.isEmpty()) {
            throw new IllegalArgumentException("template " + name + " tracks no metrics");
        }
        for (MetricSpec metric : metrics) {
            if (metric.background() && metrics.stream().noneMatch((derived) -> metric.name().equals(derived.from()))) {
                throw new IllegalArgumentException("metric " + metric.name() + " is background, but no metric is derived "
                        + "from it (from: " + metric.name() + "): it would count nothing");
            }
        }
    }

    public Optional<MetricSpec> metric(String metricName) {
        return this.metrics.stream().filter((metric) -> metric.name().equals(metricName)).findFirst();
    }

    public SourceRegistry registry() {
        return new SourceRegistry(this.sources);
    }
}
