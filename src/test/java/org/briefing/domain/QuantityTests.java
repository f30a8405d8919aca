package org.briefing.domain;

import java.math.BigDecimal;

import org.briefing.store.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class QuantityTests {

    @Test
    void equalFiguresAreEqualWhateverTheirTrailingZeros() {
        Quantity written = new Quantity(new BigDecimal("21.70"), new BigDecimal("2.17E+1"), Qualifier.EXACT, "tonnes", null,
                null);

        assertThat(written).isEqualTo(new Quantity(new BigDecimal("21.7"), new BigDecimal("21.7"), Qualifier.EXACT, "tonnes",
                null, null));
        assertThat(new Quantity(new BigDecimal("3E+2"), null, Qualifier.AT_LEAST, "persons", null, null).low())
            .hasToString("300");
        assertThat(written.wholeLow()).isEqualTo(22L);
    }

    @Test
    void decimalsSurviveTheStoreAndAreWrittenPlainly() {
        Quantity decimal = new Quantity(new BigDecimal("0.8"), new BigDecimal("14.6"), Qualifier.RANGE, "tonnes", null, null);
        Quantity money = new Quantity(1_500_000_000L, 1_500_000_000L, Qualifier.EXACT, "RUB", null, "RUB");

        assertThat(Json.read(Json.write(decimal), Quantity.class)).isEqualTo(decimal);
        assertThat(Json.write(money)).contains("\"low\":1500000000").doesNotContain("E+");
        assertThat(Json.write(decimal)).contains("\"low\":0.8", "\"high\":14.6");
    }

    @Test
    void comparesDecimalBoundsByValue() {
        Quantity small = new Quantity(new BigDecimal("2.5"), new BigDecimal("3.5"), Qualifier.RANGE, "tonnes", null, null);

        assertThat(small.overlaps(new Quantity(new BigDecimal("3.5"), null, Qualifier.AT_LEAST, "tonnes", null, null))).isTrue();
        assertThat(small.overlaps(new Quantity(new BigDecimal("3.51"), null, Qualifier.AT_LEAST, "tonnes", null, null))).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new Quantity(new BigDecimal("3.6"), new BigDecimal("3.5"),
                Qualifier.RANGE, "tonnes", null, null));
    }
}
