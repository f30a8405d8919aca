package org.briefing.render;

import java.math.BigDecimal;

import org.briefing.domain.Qualifier;
import org.briefing.domain.Quantity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FigureFormatTests {

    @Test
    void writesCountsForReaders() {
        assertThat(FigureFormat.figure(new Quantity(11000L, 11000L, Qualifier.APPROX, "persons", null, null)))
            .isEqualTo("about 11,000");
        assertThat(FigureFormat.figure(new Quantity(10000L, 12000L, Qualifier.RANGE, "persons", null, null)))
            .isEqualTo("10,000–12,000");
        assertThat(FigureFormat.figure(new Quantity(3L, 4L, Qualifier.RANGE, "brigades", null, null)))
            .isEqualTo("3–4 brigades");
        assertThat(FigureFormat.figure(new Quantity(2000L, 9000L, Qualifier.VAGUE, "persons", null, null)))
            .isEqualTo("2,000–9,000 (vague)");
    }

    @Test
    void writesDecimalsAsTheArticleDid() {
        assertThat(FigureFormat.figure(new Quantity(new BigDecimal("21.7"), new BigDecimal("21.70"), Qualifier.EXACT,
                "tonnes", null, null))).isEqualTo("21.7 tonnes");
        assertThat(FigureFormat.figure(new Quantity(new BigDecimal("1250.5"), new BigDecimal("2000"), Qualifier.RANGE,
                "tonnes", null, null))).isEqualTo("1,250.5–2,000 tonnes");
    }

    @Test
    void writesMoneyWithItsCodeScaleAndPeriod() {
        assertThat(FigureFormat.figure(new Quantity(null, 115_000_000L, Qualifier.UP_TO, "USD", "year", "USD")))
            .isEqualTo("up to USD 115 million a year");
        assertThat(FigureFormat.figure(new Quantity(1_500_000_000L, 1_500_000_000L, Qualifier.EXACT, "RUB", null, "RUB")))
            .isEqualTo("RUB 1.5 billion");
    }
}
