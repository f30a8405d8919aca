package org.briefing.template;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.briefing.TestTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateLoaderTests {

    @TempDir
    Path work;

    @Test
    void readsTheStartOfTheTemplatesPeriod() {
        Template template = new TemplateLoader().load("dprk-russia");

        assertThat(template.since()).isEqualTo(LocalDate.of(2022, 2, 24));
    }

    @Test
    void leavesThePeriodOpenWithoutSince() throws IOException {
        Path folder = copyWith("since: 2022-02-24\n", "");

        assertThat(new TemplateLoader().load(folder.toString()).since()).isNull();
    }

    @Test
    void refusesASinceThatIsNotADate() throws IOException {
        Path folder = copyWith("since: 2022-02-24", "since: last spring");

        assertThatThrownBy(() -> new TemplateLoader().load(folder.toString())).isInstanceOf(TemplateException.class)
            .hasMessageContaining("last spring");
    }

    @Test
    void saysWhereAValueWasCutAtAComma() throws IOException {
        // unquoted inside { }, "Ministry of Economy, Environment and Agriculture" is a name and an unknown key
        Path folder = copyWith("sources:\n", "sources:\n  - {name: Ministry of Economy, Environment and Agriculture, kind: government}\n");

        assertThatThrownBy(() -> new TemplateLoader().load(folder.toString())).isInstanceOf(TemplateException.class)
            .hasMessageContaining("at line ")
            .hasMessageContaining("unknown key \"Environment and Agriculture\"")
            .hasMessageContaining("quote a value that holds a comma");
    }

    @Test
    void aBackgroundMetricNeedsAMetricDerivedFromIt() throws IOException {
        Path folder = copyWith("  - name: units\n", "  - name: units\n    background: true\n");

        assertThatThrownBy(() -> new TemplateLoader().load(folder.toString())).isInstanceOf(TemplateException.class)
            .hasMessageContaining("metric units is background, but no metric is derived from it");
    }

    @Test
    void keepsAMetricsKindsInTheTemplatesOrder() {
        // the first kind whose cue matches names a figure: the order must not change between runs
        java.util.Map<String, java.util.List<String>> kinds = new java.util.LinkedHashMap<>();
        for (String kind : java.util.List.of("killed", "wounded", "captured", "missing", "deserted", "injured", "dead",
                "executed", "drowned", "frozen")) {
            kinds.put(kind, java.util.List.of(kind));
        }

        MetricSpec spec = new MetricSpec("casualties", null, null, null, "personnel", kinds, false, null, false);

        assertThat(spec.kinds().keySet()).containsExactlyElementsOf(kinds.keySet());
    }

    private Path copyWith(String text, String replacement) throws IOException {
        return TestTemplates.dprkRussiaWith(this.work.resolve("copy"), text, replacement);
    }
}
