package org.briefing.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTests {

    @Test
    void aNameInLowerCaseMatchesCapitalisedOnlyWhereASentenceOpens() {
        Names names = Names.of(List.of("data centres", "canal", "US"));

        assertThat(names.in("Data centres used 176 TWh in 2023.")).isTrue();
        assertThat(names.in("\"Canal traffic is down,\" he said.")).isTrue();
        assertThat(names.in("Germany's Kiel Canal carried some 25,000 ships.")).isFalse();
        assertThat(names.in("Let us go.")).isFalse();
        assertThat(names.in("The US said so.")).isTrue();
    }
}
