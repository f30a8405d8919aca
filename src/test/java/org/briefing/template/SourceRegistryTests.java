package org.briefing.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.briefing.domain.Source;
import org.junit.jupiter.api.Test;

class SourceRegistryTests {

    @Test
    void aMiddleInitialNamesNobodyElse() {
        assertThat(SourceRegistry.key("Raymond T. Acosta")).isEqualTo(SourceRegistry.key("Raymond Acosta"));
        assertThat(SourceRegistry.key("the U.S. Army")).isEqualTo("us army");
        assertThat(SourceRegistry.key("Gen. T. Acosta")).isNotEqualTo(SourceRegistry.key("Gen. Acosta"));
    }

    @Test
    void findsAPersonNamedWithAMiddleInitial() {
        Source acosta = new Source("Raymond Acosta", List.of(), "official", "US", "B", "US Forces Korea");
        SourceRegistry registry = new SourceRegistry(List.of(acosta));

        assertThat(registry.find("said Gen. Raymond T. Acosta, the commander")).contains(acosta);
    }
}
