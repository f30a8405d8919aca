package org.briefing.extract;

import java.util.List;

import java.math.BigDecimal;

import org.briefing.domain.Qualifier;
import org.briefing.domain.Quantity;
import org.junit.jupiter.api.Nested;
import org.briefing.TestTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FigureFinderTests {

    private final FigureFinder finder = new FigureFinder();

    @Test
    void poundsAreAWeightWhereTheTemplateWeighsInPoundsAndMoneyElsewhere() {
        String sentence = "Officers seized about 310 pounds of fentanyl at Nogales.";

        assertThat(this.finder.find(sentence, List.of())).singleElement()
            .satisfies((figure) -> assertThat(figure.currency()).isEqualTo("GBP"));
        assertThat(new FigureFinder(java.util.Set.of("pounds")).find(sentence, List.of())).singleElement()
            .satisfies((figure) -> assertThat(figure.currency()).isNull());
        assertThat(new FigureFinder(java.util.Set.of("pounds")).find("It cost 310 pounds sterling.", List.of())).singleElement()
            .satisfies((figure) -> assertThat(figure.currency()).isEqualTo("GBP"));
    }

    @Test
    void aBritishAndInsideASpelledNumberJoinsItsParts() {
        assertThat(this.finder.find("Kingsbridge have bid a hundred and twenty million euros for him.", List.of()))
            .extracting((f) -> f.low() + " " + f.currency())
            .containsExactly("120000000 EUR");
        assertThat(this.finder.find("They sent two hundred and fifty thousand workers.", List.of()))
            .extracting((f) -> f.low().toString())
            .containsExactly("250000");
    }

    @Test
    void aNegationTurnsAComparativeHedgeRound() {
        assertThat(this.finder.find("Almenara will not sell for less than €75m.", List.of()))
            .extracting((f) -> f.qualifier() + " " + f.low() + ".." + f.high()).containsExactly("at_least 75000000..null");
        assertThat(this.finder.find("There have never been more than 100 Russian instructors.", List.of()))
            .extracting((f) -> f.qualifier() + " " + f.low() + ".." + f.high()).containsExactly("up_to null..100");
        assertThat(this.finder.find("It is not clear whether more than 300 died.", List.of()))
            .extracting((f) -> f.qualifier().toString()).containsExactly("at_least");
    }

    @Test
    void aChangeFromOneFigureToAnotherIsTwoFiguresNotARange() {
        assertThat(this.finder.find("The council will raise its surcharge from €4 to €5 per night.", List.of()))
            .extracting((f) -> f.qualifier() + " " + f.low())
            .containsExactly("exact 4", "exact 5");
        assertThat(this.finder.find("The NIS revised its estimate from 10,000 to 12,000 troops.", List.of())).hasSize(2);
        assertThat(this.finder.find("Pyongyang has moved from three to four thousand more servicemen.", List.of()))
            .singleElement().satisfies((f) -> assertThat(f.qualifier()).isEqualTo(org.briefing.domain.Qualifier.RANGE));
        assertThat(this.finder.find("It costs from €4 to €5 per night.", List.of())).hasSize(1);
    }

    @Test
    void aQuantityAfterANameIsNoDesignationButAUnitsNumberIs() {
        assertThat(this.finder.find("Russia paid North Korea a hundred million dollars.", List.of())).hasSize(1);
        assertThat(this.finder.find("Russia paid North Korea 100 million dollars.", List.of())).hasSize(1);
        assertThat(this.finder.find("Russia sent Pyongyang 12,000 tonnes of oil.", List.of())).hasSize(1);
        assertThat(this.finder.find("The Hwasong 19 flew far.", List.of())).isEmpty();
    }

    @Test
    void percentagesAreFiguresOnlyWhereTheTemplateCountsThem() {
        String sentence = "They could use 6.7% to 12% of the country's electricity, up from about 4.4 percent.";

        assertThat(this.finder.find(sentence, List.of())).isEmpty();
        assertThat(new FigureFinder(java.util.Set.of("percent")).find(sentence, List.of()))
            .extracting((f) -> f.low() + ".." + f.high())
            .containsExactly("6.7..12", "4.4..4.4");
    }

    @Test
    void aFigureAfterUpDownOrRoseByIsAChangeNotALevel() {
        assertThat(this.finder.find("The contract was up 1.48 euros at 36.85 euros.", List.of()))
            .extracting((f) -> f.low().toPlainString()).containsExactly("36.85");
        assertThat(this.finder.find("Troop numbers rose by 1,000 to 12,000.", List.of()))
            .extracting((f) -> f.low().toPlainString()).containsExactly("12000");
        assertThat(this.finder.find("Up to 1,000 troops went.", List.of())).hasSize(1);
    }

    @Test
    void theTemplatesUnitOrNounsSayWhetherItCountsPercentages() {
        assertThat(FigureFinder.measuresCounted(TestTemplates.dprkRussia())).doesNotContain("percent");
        assertThat(FigureFinder.measuresCounted(new org.briefing.template.TemplateLoader()
            .load("src/test/resources/fixtures/holdout52/datacenter-power/template"))).contains("percent");
    }

    private Figure only(String sentence) {
        List<Figure> figures = this.finder.find(sentence, List.of());
        assertThat(figures).as("figures in: %s", sentence).hasSize(1);
        return figures.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            sent 2,600 soldiers                     | 2600    | 2600    | exact
            sent 10 000 soldiers                    | 10000   | 10000   | exact
            has sent 12 mil. shells                 | 12000000 | 12000000 | exact
            about 100 240mm rocket launchers        | 100     | 100     | approx
            intends to send 300-500 men             | 300     | 500     | range
            intends to send 300–500 men             | 300     | 500     | range
            between 10,000 and 12,000 troops        | 10000   | 12000   | range
            from 10,000 to 12,000 troops            | 10000   | 12000   | range
            sends three to four brigades            | 3       | 4       | range
            three or four brigades                  | 3       | 4       | range
            10-12 thousand troops                   | 10000   | 12000   | range
            three to four thousand troops           | 3000    | 4000    | range
            two to three million shells             | 2000000 | 3000000 | range
            between two and three thousand troops   | 2000    | 3000    | range
            one hundred and five troops             | 105     | 105     | exact
            between five thousand and six thousand troops | 5000 | 6000 | range
            almost 11,000 troops                    | 11000   | 11000   | approx
            about 10,000 troops                     | 10000   | 10000   | approx
            some 100,000 volunteers                 | 100000  | 100000  | approx
            an estimated 18 soldiers                | 18      | 18      | approx
            roughly 1,500 troops                    | 1500    | 1500    | approx
            up to 5,000 workers                     | null    | 5000    | up_to
            as many as 5,000 workers                | null    | 5000    | up_to
            fewer than 200 soldiers                 | null    | 200     | up_to
            at least 300 killed                     | 300     | null    | at_least
            more than 1,000 troops                  | 1000    | null    | at_least
            is now above $6.75 billion              | 6750000000 | null | at_least
            kept below 500 troops                   | null    | 500     | up_to
            over 3,000 workers                      | 3000    | null    | at_least
            12+ engineers                           | 12      | null    | at_least
            ten thousand troops                     | 10000   | 10000   | exact
            twenty-five engineers                   | 25      | 25      | exact
            several thousand soldiers               | 2000    | 9000    | vague
            thousands of soldiers                   | 2000    | 9999    | vague
            tens of thousands of workers            | 20000   | 99999   | vague
            hundreds of workers                     | 200     | 999     | vague
            a few hundred engineers                 | 200     | 500     | vague
            dozens of soldiers                      | 24      | 119     | vague
            a dozen engineers                       | 12      | 12      | approx
            no more than a dozen desertions         | null    | 12      | up_to
            casualties approaching 9,000            | 9000    | 9000    | approx
            losses nearing 2,000                    | 2000    | 2000    | approx
            something like 2 million shells         | 2000000 | 2000000 | approx
            in the order of 500 workers             | 500     | 500     | approx
            perhaps closer to 4 million shells      | 4000000 | 4000000 | approx
            no more than 300 troops                 | null    | 300     | up_to
            not less than 300 troops                | 300     | null    | at_least
            somewhere near $600 million a year      | 600000000 | 600000000 | approx
            near 2,000 workers                      | 2000    | 2000    | approx
            sets aside 1,5 billion rubles           | 1500000000 | 1500000000 | exact
            worth about 3,5 billion euros a month   | 3500000000 | 3500000000 | approx
            just under 300 troops                   | null    | 300     | up_to
            ~300 troops                             | 300     | 300     | approx
            approx. 300 troops                      | 300     | 300     | approx
            Up To 300 troops                        | null    | 300     | up_to
            troops topped 300                       | 300     | null    | at_least
            troops crossed 300                      | 300     | null    | at_least
            pay starts at 204,000 roubles           | 204000  | null    | at_least
            a few hundred million rounds            | 200000000 | 500000000 | vague
            several thousand million rounds         | 2000000000 | 9000000000 | vague
            """)
    void readsCountsAsRanges(String sentence, Long low, Long high, String qualifier) {
        Figure figure = only(sentence);

        assertThat(Quantity.whole(figure.low())).isEqualTo(low);
        assertThat(Quantity.whole(figure.high())).isEqualTo(high);
        assertThat(figure.qualifier()).hasToString(qualifier);
    }

    @Test
    void boundsASumsConversionInBracketsAsTheSum() {
        List<Figure> atLeast = this.finder.find("at least 1 trillion won ($700 million) in hard currency", List.of());
        List<Figure> atMost = this.finder.find("as much as 28 trillion won ($20.3 billion) since 2024", List.of());

        assertThat(atLeast).extracting(Figure::qualifier).containsExactly(Qualifier.AT_LEAST, Qualifier.AT_LEAST);
        assertThat(atLeast.get(1).high()).isNull();
        assertThat(atMost).extracting(Figure::qualifier).containsExactly(Qualifier.UP_TO, Qualifier.UP_TO);
        assertThat(atMost.get(1).low()).isNull();
        assertThat(only("perhaps 40,000 workers").qualifier()).isEqualTo(Qualifier.APPROX);
    }

    @Test
    void readsTheStrengthOfAForceAsACountOfItsMembers() {
        String sentence = "a 10,000-strong force";
        Figure figure = only(sentence);

        assertThat(Quantity.whole(figure.low())).isEqualTo(10_000L);
        assertThat(sentence.substring(figure.nounFrom()).strip()).isEqualTo("force");
        assertThat(FigureFinderTests.this.finder.find("a 10,000-stronghold", List.of())).isEmpty();
    }

    @Nested
    class Money {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
                could receive up to 115 million dollars every year | null       | 115000000   | USD
                paid $2bn                                          | 2000000000 | 2000000000  | USD
                paid US$1.5 billion                                | 1500000000 | 1500000000  | USD
                paid USD 20 million                                | 20000000   | 20000000    | USD
                worth €300m                                        | 300000000  | 300000000   | EUR
                earned 1.5 billion rubles                          | 1500000000 | 1500000000  | RUB
                received 3 trillion won                            | 3000000000000 | 3000000000000 | KRW
                paid 2,000 North Korean won                        | 2000       | 2000        | KPW
                worth half a billion dollars                       | 500000000  | 500000000   | USD
                worth 500 million U.S. dollars                     | 500000000  | 500000000   | USD
                earns a few hundred million dollars a year         | 200000000  | 500000000   | USD
                earned hundreds of millions of dollars             | 200000000  | 999999999   | USD
                pays several hundred dollars a month               | 200        | 900         | USD
                were promised 2 lakh rupees a month                | 200000     | 200000      | INR
                paid 9 lakh Nepali rupees                          | 900000     | 900000      | NPR
                paid NPR 900,000                                   | 900000     | 900000      | NPR
                paid Rs. 5 crore                                   | 50000000   | 50000000    | INR
                paid ₹40,000                                       | 40000      | 40000       | INR
                fined 3,000 Cuban pesos                            | 3000       | 3000        | CUP
                paid LKR 2 million                                 | 2000000    | 2000000     | LKR
                paid 500 Turkish lira                              | 500        | 500         | TRY
                raised spending to NT$949.5 billion                | 949500000000 | 949500000000 | TWD
                set aside 2 billion New Taiwan dollars             | 2000000000 | 2000000000  | TWD
                were promised 500,000 Sudanese pounds a month      | 500000     | 500000      | SDG
                paid HK$2 billion                                  | 2000000000 | 2000000000  | HKD
                fined ₪40,000                                      | 40000      | 40000       | ILS
                paid 300 million naira                             | 300000000  | 300000000   | NGN
                paid 3,000 Swiss francs                            | 3000       | 3000        | CHF
                paid 3,000 dinars                                  | 3000       | 3000        | null
                paid 400 US dollars                                | 400        | 400         | USD
                paid 400 U.S. dollars                              | 400        | 400         | USD
                paid 1,000 pounds sterling                         | 1000       | 1000        | GBP
                paid 1,000 Russian roubles                         | 1000       | 1000        | RUB
                fined him R750,000                                 | 750000     | 750000      | ZAR
                a street value of R9.6 million                     | 9600000    | 9600000     | ZAR
                fined a trafficker N$1.2 million                   | 1200000    | 1200000     | NAD
                set aside KSh 1.2 billion                          | 1200000000 | 1200000000  | KES
                valued the haul at 38 million meticais             | 38000000   | 38000000    | MZN
                """)
        void readsCurrencyAndScale(String sentence, Long low, Long high, String currency) {
            Figure figure = only(sentence);

            assertThat(Quantity.whole(figure.low())).isEqualTo(low);
            assertThat(Quantity.whole(figure.high())).isEqualTo(high);
            assertThat(figure.currency()).isEqualTo(currency);
        }
    }

    @Nested
    class NotFigures {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                the KN-23 ballistic missiles
                F-16 fighters
                the 2nd Corps
                Article 5 of the treaty
                corrects the number of deminers in paragraph 5
                see page 12 for the sappers
                One of the dead was a woman of 71.
                General Bureau 7 of the ministry
                an 18% rise
                at 23:47 local time
                a 19-year-old soldier
                the number 1e400 is absurd
                one of the soldiers
                a hundred-odd
                the 2023 shipments
                its 2024 exports
                see page 12
                Resolution No. 5
                order #5
                the unit5# 7 above
                AGED 19
                a first dose at 12 months
                the first at 12 to 15 months of age
                between 4 and 6 years
                sentenced to 9 years in prison
                quarantined for 21 days
                """)
        void ignoresDesignationsPercentagesAndTimes(String sentence) {
            List<Figure> figures = FigureFinderTests.this.finder.find(sentence, List.of());

            assertThat(figures).filteredOn((f) -> !f.rule().startsWith("vague")).isEmpty();
        }

        @Test
        void takesNoShareForACountOfItsWhole() {
            assertThat(FigureFinderTests.this.finder.find("up to nine in 10 unvaccinated people", List.of()))
                .extracting((f) -> Quantity.whole(f.low())).doesNotContain(10L);
            assertThat(FigureFinderTests.this.finder.find("about 3 out of 4 recruits", List.of()))
                .extracting((f) -> Quantity.whole(f.low())).doesNotContain(4L);
        }

        @Test
        void readsACountThatAddedUpToAFigureAsTheFigureAndNumbersAsDesignations() {
            assertThat(FigureFinderTests.this.finder.find("The reports added up to 5,347 aircraft", List.of()))
                .extracting(Figure::qualifier).containsExactly(Qualifier.EXACT);
            assertThat(FigureFinderTests.this.finder.find("the detour adds up to $1 million", List.of()))
                .extracting(Figure::qualifier).containsExactly(Qualifier.UP_TO);
            assertThat(FigureFinderTests.this.finder.find("four ships with hull numbers 14609 and 14529", List.of()))
                .extracting((f) -> Quantity.whole(f.low())).doesNotContain(14609L);
        }

        @Test
        void takesNoRatesBaseForACount() {
            assertThat(FigureFinderTests.this.finder.find("two deaths per 10,000 people per day", List.of()))
                .extracting((f) -> Quantity.whole(f.low())).containsExactly(2L);
            assertThat(FigureFinderTests.this.finder.find("one latrine for every 90 people, and 300 tents", List.of()))
                .extracting((f) -> Quantity.whole(f.low())).containsExactly(300L);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                NATO 300 troops
                ALL 300 troops
                the UAE 300 troops
                the R2 class of 300 pupils
                """)
        void takesOnlyCurrencyCodesForCurrencies(String sentence) {
            assertThat(FigureFinderTests.this.finder.find(sentence, List.of())).extracting(Figure::currency).containsOnlyNulls();
        }

        @Test
        void ignoresAgesAfterAged() {
            List<Figure> figures = FigureFinderTests.this.finder.find("300-500 men aged 19 to 27", List.of());

            assertThat(figures).extracting((f) -> Quantity.whole(f.low())).containsExactly(300L);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                300 adults with a body mass index of 40 or more
                300 patients in a trial of 3,400 patients
                300 users in a survey of 2,000 adults
                300 dead in an earthquake of magnitude 7.7
                """)
        void aMeasuresValueOrASamplesSizeIsNoCount(String sentence) {
            assertThat(FigureFinderTests.this.finder.find(sentence, List.of())).extracting((f) -> Quantity.whole(f.low()))
                .containsExactly(300L);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                300 men aged 19 and 27
                300 men aged 19-27
                300 men aged 19 – 27
                300 men, aged 19to 27
                """)
        void ignoresTheSecondAgeOfARange(String sentence) {
            List<Figure> figures = FigureFinderTests.this.finder.find(sentence, List.of());

            assertThat(figures).extracting((f) -> Quantity.whole(f.low())).containsExactly(300L);
        }

        @Test
        void aHedgeNeedsNoLetterBeforeIt() {
            Figure figure = only("moreover 300 troops"); // "over" is not a hedge inside a word

            assertThat(figure.qualifier()).isEqualTo(Qualifier.EXACT);
        }

        @Test
        void dropsNumbersTooLargeToBeCounts() {
            List<Figure> figures = FigureFinderTests.this.finder.find("99999999999999999999999 troops", List.of());

            assertThat(figures).isEmpty();
        }
    }

    @Test
    void keepsQualifierOfRangeWhenHedged() {
        Figure figure = only("about 10,000-12,000 troops");

        assertThat(figure.qualifier()).isEqualTo(Qualifier.RANGE);
    }

    @org.junit.jupiter.api.Test
    void aNumberBeforeASingularUnitOfMeasureIsASizeNotACount() {
        assertThat(this.finder.find("the 74,035 deadweight-tonne vessel had no insurance", List.of())).isEmpty();
        assertThat(this.finder.find("a 300 dwt barge", List.of())).isEmpty();
        assertThat(Quantity.whole(only("carrying about 35,000 tonnes of petrol").low())).isEqualTo(35_000L);
        assertThat(Quantity.whole(only("it shipped 1 tonne of gold").low())).isEqualTo(1L);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            seized 21.7 tonnes of cocaine              | 21.7 | 21.7 | exact
            between 2.5 and 3.5 tonnes                 | 2.5  | 3.5  | range
            about 0.8 tonnes                           | 0.8  | 0.8  | approx
            more than 14.60 tonnes                     | 14.6 |      | at_least
            1.5 million people                         | 1500000 | 1500000 | exact
            """)
    void keepsTheDecimalsOfAFigureAsWritten(String sentence, BigDecimal low, BigDecimal high, String qualifier) {
        Figure figure = only(sentence);

        assertThat(figure.low()).isEqualByComparingTo(low);
        assertThat(figure.high() == null ? null : figure.high().stripTrailingZeros())
            .isEqualTo(high == null ? null : high.stripTrailingZeros());
        assertThat(figure.qualifier()).hasToString(qualifier);
    }

    @org.junit.jupiter.api.Test
    void aCommaBeforeOneOrTwoDigitsIsADecimalCommaOnlyBeforeAScaleWord() {
        assertThat(this.finder.find("rooms 1,5 and 7", List.of())).extracting((f) -> Quantity.whole(f.low())).doesNotContain(1_500_000_000L, 15L, 2L);
        assertThat(Quantity.whole(only("3,5 million people").low())).isEqualTo(3_500_000L);
    }
}
