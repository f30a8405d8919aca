package org.briefing.extract;

import java.math.BigDecimal;
import java.util.List;

import org.briefing.domain.Claim;
import org.briefing.domain.PartialDate;
import org.briefing.template.TemplateLoader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnitsTests {

    @Test
    void convertsBetweenPrefixesOfOneKindOfUnitOnly() {
        assertThat(Units.factor("GW", "MW")).isEqualByComparingTo("1000");
        assertThat(Units.factor("kilowatts", "MW")).isEqualByComparingTo("0.001");
        assertThat(Units.factor("kilograms", "tonnes")).isEqualByComparingTo("0.001");
        assertThat(Units.factor("MW", "MW")).isNull();
        assertThat(Units.factor("GWh", "MW")).isNull(); // energy is not power
        assertThat(Units.factor("drones", "MW")).isNull();
    }

    @Test
    void aMeasureTheTemplateCountsIsAFigureOfItsMetric() {
        ClaimExtractor extractor = new ClaimExtractor(
                new TemplateLoader().load("src/test/resources/fixtures/holdout23/canada-wildfires/template"));

        List<Claim> claims = extractor.extract(ClaimExtractorTests.article("Example Wire", new PartialDate(2025, 5, 29),
                "About 1.3 million hectares had burned in the wildfires since January, the centre said."));

        assertThat(claims).extracting(Claim::metric).containsExactly("area");
        assertThat(claims.get(0).quantity().low()).isEqualByComparingTo("1300000");
    }

    @Test
    void aShipsSizeIsNeitherACargoNorACountOfShips() {
        ClaimExtractor extractor = new ClaimExtractor(
                new TemplateLoader().load("src/test/resources/fixtures/holdout33/black-sea-grain/template"));

        List<Claim> claims = extractor.extract(ClaimExtractorTests.article("Example Wire", new PartialDate(2026, 1, 2),
                "Ukraine shipped 3.9 million tonnes of grain in December on bulk carriers of 58,000 deadweight tonnes, "
                        + "Panamax ships of 70,000 to 80,000 dwt and a 74,035 deadweight-tonne vessel, the ministry said. "
                        + "One Ukrainian bulk carrier, of 45,000 tonnes deadweight, was hit."));

        assertThat(claims).extracting((c) -> c.quantity().low().stripTrailingZeros().toPlainString())
            .containsExactly("3900000");
    }

    @Test
    void aMeasureTakesTheDerivedMetricItsCueGives() {
        ClaimExtractor extractor = new ClaimExtractor(
                new TemplateLoader().load("src/test/resources/fixtures/holdout25/panama-canal/template"));

        List<Claim> claims = extractor.extract(ClaimExtractorTests.article("Example Wire", new PartialDate(2025, 10, 7),
                "The Panama Canal allowed a maximum draft of 50 feet, while Gatun Lake stood at 85.6 feet, the authority said."));

        assertThat(claims).extracting((c) -> c.metric() + " " + c.kind() + " " + c.quantity().low().stripTrailingZeros().toPlainString())
            .containsExactly("draft draft 50", "water-level null 85.6");
    }

    @Test
    void aSumTakesTheKindItsPurposeGivesAfterAnInfinitive() {
        ClaimExtractor extractor = new ClaimExtractor(
                new TemplateLoader().load("src/test/resources/fixtures/holdout26/h5n1-dairy/template"));

        List<Claim> claims = extractor.extract(ClaimExtractorTests.article("Example Wire", new PartialDate(2025, 6, 1),
                "USDA has paid $41.3 million to dairy producers to compensate them for milk lost to H5N1, a spokesperson said."));

        assertThat(claims).extracting((c) -> c.metric() + " " + c.kind()).containsExactly("compensation indemnity");
    }

    @Test
    void aSumTakesTheStageItsSentenceGivesAndItsConversionTheSame() {
        ClaimExtractor extractor = new ClaimExtractor(
                new TemplateLoader().load("src/test/resources/fixtures/holdout24/ukraine-aid-pledges/template"));

        List<Claim> claims = extractor.extract(ClaimExtractorTests.article("Example Wire", new PartialDate(2026, 4, 15),
                "Germany pledged 1.9 billion euros ($2.2 billion) in military aid to Ukraine, the defence ministry said."));

        assertThat(claims).extracting((c) -> c.metric() + " " + c.kind() + " " + c.quantity().unit())
            .containsExactly("aid pledged EUR", "aid pledged USD");
    }

    @Test
    void aFigureInAnotherPrefixIsCountedInItsMetricsUnit() {
        ClaimExtractor extractor = new ClaimExtractor(
                new TemplateLoader().load("src/test/resources/fixtures/holdout22/ukraine-air-attacks/template"));

        List<Claim> claims = extractor.extract(ClaimExtractorTests.article("Example Wire", new PartialDate(2026, 3, 2),
                "Russian strikes have knocked out about 8 GW of generating capacity, the energy ministry said."));

        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).quantity().low()).isEqualTo(new BigDecimal("8000"));
        assertThat(claims.get(0).quantity().unit()).isEqualTo("MW");
    }
}
