package org.briefing.extract;

import java.util.List;

import org.briefing.TestTemplates;
import org.briefing.domain.Article;
import org.briefing.domain.Block;
import org.briefing.domain.BlockKind;
import org.briefing.domain.Claim;
import org.briefing.domain.Modality;
import org.briefing.domain.PartialDate;
import org.briefing.template.TemplateLoader;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.briefing.template.Template;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimExtractorTests {

    private final ClaimExtractor extractor = new ClaimExtractor(TestTemplates.dprkRussia());

    /** An article of one title block and body paragraphs separated by blank lines. */
    static Article article(String publisher, PartialDate published, String... paragraphs) {
        StringBuilder text = new StringBuilder("Headline without figures");
        List<Block> blocks = new java.util.ArrayList<>();
        blocks.add(Block.content(0, text.length(), BlockKind.TITLE));
        for (String paragraph : paragraphs) {
            text.append("\n\n");
            int start = text.length();
            text.append(paragraph);
            blocks.add(Block.content(start, text.length(), BlockKind.BODY));
        }
        return new Article("0123456789abcdef", "test.txt", "text", "Headline without figures", publisher, "test",
                published, "test", null, text.toString(), blocks);
    }

    private List<Claim> claims(String... paragraphs) {
        return this.extractor.extract(article("Example Wire", new PartialDate(2024, 10, 23), paragraphs));
    }

    @Test
    void aQualifierBeforeTwoCoordinatedFiguresGovernsBoth() {
        List<Claim> claims = claims("At least 300 North Korean soldiers were killed and 2,700 wounded in Kursk, the NIS said.",
                "Up to 100 North Korean soldiers were captured and 40 wounded, the NIS said.",
                "Some 1,000 North Korean workers arrived in May, and 2,000 more are expected, the NIS said.");

        assertThat(claims).extracting((c) -> c.quantity().qualifier() + " " + c.quantity().low() + ".." + c.quantity().high())
            .containsExactly("at_least 300..null", "at_least 2700..null", "up_to null..100", "up_to null..40", "approx 1000..1000",
                    "exact 2000..2000");
    }

    @Test
    void aListsFigureLineCountsWhatTheLineUnderItSaysItIsHowManyOf() {
        List<Claim> claims = claims("North Korea's deployment, by the numbers.",
                "11,000\nThat is how many North Korean troops were sent to Kursk, according to the NIS.",
                "1,500\nNorth Korean workers sent to Russia's Far East, the NIS says.");

        // before: the figure line was a sentence of its own, and "That is how many" stood between the figure and its noun
        assertThat(claims).extracting((c) -> c.metric() + " " + c.quantity().wholeLow() + " " + c.source())
            .containsExactly("personnel 11000 National Intelligence Service (South Korea)",
                    "personnel 1500 National Intelligence Service (South Korea)");
    }

    @Test
    void anOutletCarryingAnAgencysCopyRelaysItsSpeakersThroughTheAgency() {
        Article carried = article("Khyber Courier", new PartialDate(2025, 8, 17),
                "North Korea has sent 1,500 workers to Russia, the NIS said.", "— AFP");
        Article own = article("Khyber Courier", new PartialDate(2025, 8, 17),
                "North Korea has sent 1,500 workers to Russia, the NIS said.");

        assertThat(this.extractor.extract(carried)).singleElement()
            .satisfies((claim) -> assertThat(claim.via()).containsExactly("AFP", "Khyber Courier"));
        assertThat(this.extractor.extract(own)).singleElement()
            .satisfies((claim) -> assertThat(claim.via()).containsExactly("Khyber Courier"));
        assertThat(ClaimExtractor.agencyCredit(article("Khyber Courier", null, "AFP | Published August 17, 2025 01:42pm",
                "At least 328 people were killed.")))
            .isEqualTo("AFP");
        assertThat(ClaimExtractor.agencyCredit(article("Khyber Courier", null,
                "PESHAWAR, Aug 17 (AFP) - At least 328 people were killed.")))
            .isEqualTo("AFP");
    }

    @Test
    void anOutletNamedAfterTheFirstSpeakerAtTheSentencesEndRelaysThatSpeaker() {
        List<Claim> claims = claims("North Korea sent about 4,000 fresh troops to Russia in January, South Korea's spy agency told "
                + "lawmakers on Thursday, Yonhap news agency reported.",
                "North Korea lost 300 soldiers, the NIS said, and 2,700 were wounded, Ukraine's military intelligence said.");

        assertThat(claims).extracting((c) -> c.source() + " " + c.via())
            .containsExactly("National Intelligence Service (South Korea) [Yonhap, Example Wire]",
                    "National Intelligence Service (South Korea) [Example Wire]", "Defence Intelligence of Ukraine (HUR) [Example Wire]");
    }

    @Test
    void aCreditLineAboveAListGivesItsItemsTheirSourceButAStatementDoesNot() {
        List<Claim> listed = claims("Key figures on North Korea's deployment.",
                "Figures from the National Intelligence Service (NIS) as of 13 August unless stated otherwise.",
                "11,000 North Korean troops in Russia", "15,000 North Korean workers in Russia",
                "Analysts expect more North Korean troops to follow in the autumn, and the war to go on.");
        List<Claim> stated = claims("Figures from the National Intelligence Service show that the deployment continues.",
                "North Korea has 11,000 troops in Russia.");

        assertThat(listed).extracting((c) -> c.quantity().low() + " " + c.source())
            .containsExactly("11000 National Intelligence Service (South Korea)", "15000 National Intelligence Service (South Korea)");
        assertThat(stated).extracting(Claim::source).containsOnlyNulls();
    }

    @Test
    void aFigureOfferedAsAYardstickIsNoClaim() {
        List<Claim> claims = claims("North Korea has sent 11,000 troops to Russia, the NIS said.",
                "For comparison, North Korean labourers in Russia numbered some 30,000 before the sanctions, the NIS said.",
                "Labour migrants: by contrast, Russia employs 40,000 North Korean workers, the NIS said.",
                "In 1989, for comparison, North Korea had 5,000 troops abroad, the NIS said.",
                "Compared with last year, North Korea sent 2,000 more workers to Russia, the NIS said.");

        assertThat(claims).extracting((c) -> c.quantity().wholeLow()).containsExactly(11_000L, 2_000L);
    }

    @Test
    void keepsTheQuoteAndItsOffsets() {
        Article article = article(null, null, "North Korea has sent 1,500 troops to Russia, the NIS said.");

        Claim claim = this.extractor.extract(article).get(0);

        assertThat(claim.quote()).isEqualTo("North Korea has sent 1,500 troops to Russia, the NIS said.");
        assertThat(article.text().substring(claim.start(), claim.end())).isEqualTo(claim.quote());
    }

    @Nested
    class Metrics {

        private final ClaimExtractor iran = new ClaimExtractor(
                new TemplateLoader().load("src/test/resources/fixtures/holdout38/iran-enriched-uranium/template"));

        private final ClaimExtractor sudan = new ClaimExtractor(
                new TemplateLoader().load("src/test/resources/fixtures/holdout43/sudan-displacement/template"));

        @Test
        void aKindsCuePastAShortAsideAfterTheNounCounts() {
            List<Claim> claims = this.sudan.extract(article("Example Wire", new PartialDate(2025, 6, 1),
                    "Nearly 25 million people, about half of Sudan's population, face acute hunger in Sudan, UN agencies say.",
                    "About 300 people, 1,000 cattle and 20 trucks were lost in the Sudan floods, officials said."));

            // before: the eight words after "people" ended at "acute", before the cue "hunger"
            assertThat(claims).extracting((c) -> c.metric() + " " + c.kind() + " " + c.quantity().wholeLow())
                .contains("hunger acute 25000000", "people null 300");
        }

        @Test
        void aLongerCueHoldingAnotherMetricsCueDecides() {
            List<Claim> claims = this.sudan.extract(article("Example Wire", new PartialDate(2025, 6, 1),
                    "Doctors said 200 people have died of hunger in Dilling, Sudan, since December.",
                    "Doctors said 300 people in Sudan face hunger."));

            // before: hunger, listed first, took "died of hunger" by its cue "hunger"
            assertThat(claims).extracting((c) -> c.metric() + " " + c.quantity().wholeLow())
                .containsExactly("deaths 200", "hunger 300");
        }

        @Test
        void aPartOfTheFigureBeforeIsOfTheKindItsOwnWordsGive() {
            ClaimExtractor taiwan = new ClaimExtractor(
                    new TemplateLoader().load("src/test/resources/fixtures/holdout47/taiwan-incursions/template"));
            List<Claim> claims = taiwan.extract(article("Example Wire", new PartialDate(2026, 1, 5),
                    "Taiwan's defence ministry counted 5,347 PLA aircraft around Taiwan in 2025, of which 3,702 entered "
                            + "the air defence identification zone."));

            // before: the part took the whole's metric, aircraft
            assertThat(claims).extracting((c) -> c.metric() + " " + c.quantity().wholeLow())
                .containsExactly("aircraft 5347", "crossings 3702");
        }

        @Test
        void aSentenceOpeningWithOfTheseCountsWhatTheSentenceBeforeCounted() {
            List<Claim> claims = claims("The NIS said 12,000 North Korean troops were sent to Russia last year. "
                    + "Of these, about 2,000 arrived in Kursk in October, the NIS said.");

            // before: "about 2,000" had no noun and was dropped
            assertThat(claims).extracting((c) -> c.metric() + " " + c.quantity().wholeLow())
                .containsExactly("personnel 12000", "personnel 2000");
        }

        @Test
        void aNounThatAMetricAndOneDerivedFromItListIsTheDerivedOnes() {
            List<Claim> claims = this.sudan.extract(article("Example Wire", new PartialDate(2025, 6, 1),
                    "UNHCR said Uganda had registered 258,000 arrivals from Sudan."));

            // before: "arrivals", listed by both people and displaced, was people's, the first metric
            assertThat(claims).extracting(Claim::metric).containsExactly("displaced");
        }

        @Test
        void aSpanOfTimeCountsWhereTheTemplateCountsItButNotWhereItDatesSomethingElse() {
            List<Claim> claims = this.iran.extract(article("Example Wire", new PartialDate(2025, 6, 1),
                    "U.S. officials said Iran's breakout time is now probably one to two weeks.",
                    "Inspectors carried out 41 inspections in Iran during the three months covered by the report.",
                    "Iran has refused access for eight months, and six months after the strikes its stock is unknown."));
            List<Claim> dprk = claims("North Korea could send troops within 2 to 3 weeks, the NIS said.");

            assertThat(claims).extracting((c) -> c.metric() + " " + c.quantity().wholeLow() + ".." + c.quantity().wholeHigh())
                .containsExactly("breakout-time 1..2", "inspections 41..41");
            assertThat(dprk).isEmpty();
        }

        @Test
        void aFigureComparedWithTheOneBeforeIsOfItsKind() {
            List<Claim> claims = this.iran.extract(article("Example Wire", new PartialDate(2025, 6, 1),
                    "The IAEA said Iran held 409.2 kg of uranium enriched to up to 60% as of May 17, up from 275.1 kg in February."));

            assertThat(claims).extracting((c) -> c.metric() + " " + c.kind()).containsExactly("stockpile up-to-60", "stockpile up-to-60");
        }

        @Test
        void aKindCueAfterAnUpperBoundIsInTheFiguresWindow() {
            List<Claim> claims = this.iran.extract(article("Example Wire", new PartialDate(2025, 6, 1),
                    "The IAEA said Iran held 409.2 kg of uranium enriched to up to 60% as of May 17."));

            assertThat(claims).extracting((c) -> c.metric() + " " + c.kind()).containsExactly("stockpile up-to-60");
        }

        @Test
        void aPartOfThoseCountedIsCountedAsTheyAre() {
            ClaimExtractor attacks = new ClaimExtractor(
                    new TemplateLoader().load("src/test/resources/fixtures/holdout22/ukraine-air-attacks/template"));

            List<Claim> claims = attacks.extract(article("Example Wire", new PartialDate(2025, 11, 19),
                    "Some 26 people had been killed in the Russian attack on Ternopil, three of them children."));

            assertThat(claims).extracting((c) -> c.metric() + " " + c.kind() + " " + c.quantity().wholeLow())
                .containsExactly("casualties killed 26", "casualties killed 3");
        }

        @Test
        void aPartNamedAmongThemIsCountedAsTheyAre() {
            ClaimExtractor haiti = new ClaimExtractor(
                    new TemplateLoader().load("src/test/resources/fixtures/holdout35/haiti-gangs/template"));

            List<Claim> claims = haiti.extract(article("Example Wire", new PartialDate(2026, 1, 22),
                    "Gunmen killed 11 people in Liancourt, among them a pastor and two children, the police said."));
            List<Claim> soldiers = claims("North Korea lost 300 soldiers in Kursk in December, including 40 officers, the NIS said.");

            assertThat(claims).extracting((c) -> c.metric() + " " + c.kind() + " " + c.quantity().wholeLow())
                .containsExactly("casualties killed 11", "casualties killed 2");
            assertThat(soldiers).extracting((c) -> c.metric() + " " + c.quantity().wholeLow())
                .containsExactly("casualties 300", "casualties 40");
        }

        @Test
        void thoseAStrikeKilledAreNotTheSubjectsLossesUnlessTheTemplateCountsVictims() {
            String strike = "A missile strike on Kharkiv killed 7 people and injured 31, the regional governor said.";
            List<Claim> claims = claims("North Korea has sent 11,000 soldiers to Kursk, the NIS said.", strike,
                    "Ukrainian drones killed 7,000 North Koreans in a single week, the army claimed.");
            ClaimExtractor attacks = new ClaimExtractor(
                    new TemplateLoader().load("src/test/resources/fixtures/holdout22/ukraine-air-attacks/template"));

            assertThat(claims).extracting((c) -> c.metric() + " " + c.quantity().wholeLow())
                .containsExactly("personnel 11000", "casualties 7000");
            assertThat(attacks.extract(article("Example Wire", new PartialDate(2025, 11, 19), strike)))
                .extracting((c) -> c.metric() + " " + c.kind() + " " + c.quantity().wholeLow())
                .containsExactly("casualties killed 7", "casualties injured 31");
        }

        @Test
        void aCountedNounBeforeOfCountsTheFigureAfterIt() {
            ClaimExtractor swaps = new ClaimExtractor(
                    new TemplateLoader().load("src/test/resources/fixtures/holdout51/ukraine-pow-exchanges/template"));

            List<Claim> claims = swaps.extract(article("Example Wire", new PartialDate(2026, 2, 20),
                    "Ukraine has recovered the bodies of more than 15,000 people from Russia since 2022, the headquarters said."));

            ClaimExtractor dengue = new ClaimExtractor(
                    new TemplateLoader().load("src/test/resources/fixtures/holdout49/dengue-americas/template"));
            List<Claim> incidence = dengue.extract(article("Example Wire", new PartialDate(2025, 6, 20),
                    "PAHO reported dengue in the Americas at a cumulative incidence of 190 cases per 100,000 population."));

            assertThat(claims).extracting((c) -> c.metric() + " " + c.quantity().wholeLow())
                .containsExactly("bodies 15000");
            assertThat(incidence).extracting((c) -> c.metric() + " " + c.quantity().wholeLow())
                .containsExactly("incidence 190");
        }

        @Test
        void aSumAfterAColonTakesTheCueOfTheClauseItSpellsOut() {
            List<Claim> claims = claims("North Korea's earnings from the war are disputed. Only a fraction, KIDA assessed, arrived "
                    + "as hard currency: between 3.1 trillion and 4.4 trillion won.");

            assertThat(claims).extracting((c) -> c.metric() + " " + c.quantity().wholeLow())
                .containsExactly("payment 3100000000000");
        }

        @Test
        void aSumPutAtIsTheSubjectsWhoeverPaysIt() {
            List<Claim> claims = claims("North Korea has sent troops to Russia. The NIS has for more than a year put Russia's "
                    + "payment at $2,000 a month per soldier.", "Ukraine puts Russian losses at 1,000 soldiers a day.");

            assertThat(claims).extracting((c) -> c.metric() + " " + c.quantity().wholeLow())
                .containsExactly("payment 2000");
        }

        @Test
        void aPercentageIsAShareWhereTheTemplateCountsOneButAChangeIsNot() {
            ClaimExtractor power = new ClaimExtractor(
                    new TemplateLoader().load("src/test/resources/fixtures/holdout52/datacenter-power/template"));

            List<Claim> claims = power.extract(article("Example Wire", new PartialDate(2026, 3, 10),
                    "Data centres used 176 TWh in 2023, about 4.4% of US electricity, the laboratory said.",
                    "Data centres' electricity bills rose 21% last year, the laboratory said."));

            assertThat(claims).extracting((c) -> c.metric() + " " + c.quantity().low())
                .containsExactly("energy 176", "share 4.4");
        }

        @Test
        void aPercentageIsALevelOfWhatTheClauseNamesByTheMetricsNameButAChangeIsNot() {
            ClaimExtractor gas = new ClaimExtractor(
                    new TemplateLoader().load("src/test/resources/fixtures/holdout55/eu-gas-storage/template"));

            List<Claim> claims = gas.extract(article("Example Wire", new PartialDate(2026, 3, 10),
                    "Gas storage in the EU stood at 62.5% on Monday, down from 71% on the same day in 2024, the agency said.",
                    "EU storage fell 3.1% in a week, the agency said.",
                    "Gas storage in the EU stood at 58% on Friday, more than at the same point in 2024, the agency said."));

            assertThat(claims).extracting((c) -> c.metric() + " " + c.quantity().low() + " " + c.asOf())
                .containsExactly("storage 62.5 2026-03-09", "storage 58 2026-03-06");
        }

        @Test
        void aBackgroundMetricsOwnFiguresAreContextButThoseDerivedFromItAreClaims() throws java.io.IOException {
            java.nio.file.Path folder = TestTemplates.dprkRussiaWith(java.nio.file.Files.createTempDirectory("background").resolve("t"),
                    "    label: Personnel\n", "    label: Personnel\n    background: true\n");
            ClaimExtractor background = new ClaimExtractor(new TemplateLoader().load(folder.toString()));

            List<Claim> claims = background.extract(article("Example Wire", new PartialDate(2024, 12, 20),
                    "North Korea has 1.2 million soldiers under arms, and about 1,000 North Korean soldiers were killed in "
                            + "Kursk, the NIS said."));

            assertThat(claims).extracting((c) -> c.metric() + " " + c.quantity().wholeLow()).containsExactly("casualties 1000");
        }

        @Test
        void aConfidenceIntervalIsNeitherAShareNorBetweenAFigureAndItsNoun() {
            ClaimExtractor heat = new ClaimExtractor(
                    new TemplateLoader().load("src/test/resources/fixtures/holdout57/europe-heat-deaths/template"));

            List<Claim> claims = heat.extract(article("Example Wire", new PartialDate(2025, 9, 20),
                    "The model gives 4,100 (95% CI 3,300–4,900) heat-related deaths in the cities, the researchers said."));

            assertThat(claims).extracting((c) -> c.metric() + " " + c.quantity().wholeLow()).containsExactly("deaths 4100");
        }

        @Test
        void theKindOfTheNextPartitiveFigureIsNotThisOnes() {
            ClaimExtractor dengue = new ClaimExtractor(
                    new TemplateLoader().load("src/test/resources/fixtures/holdout49/dengue-americas/template"));

            List<Claim> claims = dengue.extract(article("Example Wire", new PartialDate(2024, 4, 3),
                    "Dengue is spreading. Minas Gerais accounts for 812,400 of the probable cases and 287 of the confirmed "
                            + "deaths, the health ministry said."));

            assertThat(claims).extracting((c) -> c.metric() + " " + c.quantity().wholeLow())
                .containsExactly("cases 812400", "deaths 287");
        }

        @Test
        void aPartCountedLaterKeepsItsKindAndItsNounToItself() {
            ClaimExtractor flu = new ClaimExtractor(
                    new TemplateLoader().load("src/test/resources/fixtures/holdout26/h5n1-dairy/template"));

            List<Claim> claims = flu.extract(article("Example Wire", new PartialDate(2026, 1, 15),
                    "Cambodia has recorded 30 human cases of H5N1, 13 of whom have died.",
                    "CDC has confirmed 71 human cases of H5N1, 41 of them linked to dairy cattle and 24 to poultry."));

            assertThat(claims).extracting((c) -> c.metric() + " " + c.kind() + " " + c.quantity().wholeLow())
                .startsWith("cases null 30", "outcomes died 13", "cases null 71", "cases null 41");
        }

        @Test
        void whatTheSentenceSaysOfThoseCountedGivesTheirKind() {
            List<Claim> claims = claims("North Korea sent 1,500 soldiers to Kursk in the autumn; 300 of those soldiers were "
                    + "killed in December, the NIS said.");

            assertThat(claims).extracting((c) -> c.metric() + " " + c.quantity().wholeLow())
                .containsExactly("personnel 1500", "casualties 300");
        }

        @Test
        void countsAContingentOfTroopsAsPersonnel() {
            List<Claim> claims = claims("A new North Korean contingent of roughly 2,000 arrived in Kursk in January.");

            assertThat(claims).singleElement().satisfies((claim) -> {
                assertThat(claim.metric()).isEqualTo("personnel");
                assertThat(claim.quantity().wholeLow()).isEqualTo(2_000L);
            });
        }

        @Test
        void countsWhatFollowsTheNumberOfNotTheLastNounBeforeTheFigure() {
            List<Claim> claims = claims("The number of North Korean soldiers who have carried shells to the front rose to 3,000.",
                    "The total number of North Korean army units in Russia reached 12.");

            assertThat(claims).extracting(Claim::metric).containsExactly("personnel", "units");
        }

        @Test
        void linksAFigureToItsNounAcrossTheTimeThatQualifiesIt() {
            List<Claim> claims = claims("The NIS put North Korean casualties since the first deployment in late 2024 at around 7,000.");

            assertThat(claims).extracting((c) -> c.metric() + " " + c.quantity().wholeLow()).containsExactly("casualties 7000");
        }

        @Test
        void linksAFigureToTheNounBeforeAVerbThatQualifiesIt() {
            Claim claim = claims("The ministry said North Korean casualties had passed 6,000.").get(0);

            assertThat(claim.metric()).isEqualTo("casualties");
            assertThat(claim.quantity().wholeLow()).isEqualTo(6_000L);
            assertThat(claim.quantity().wholeHigh()).isNull();
        }

        @Test
        void doesNotReadANounAgainInsideALongerOne() {
            Claim claim = channelClaims("Small boat crossings rose again, and the average number of people per boat was 53 in 2024.")
                .get(0);

            assertThat(claim.metric()).isEqualTo("occupancy");
        }

        @Test
        void takesTheMoneyMetricWhoseCueIsNearestTheFigure() {
            // the Channel template's funding cues hold commit*, which "Committee" matches; its costs cues cost*
            Claim claim = channelClaims("Your department told this Committee that hotels for people who came on small boats "
                    + "were costing £8 million a day.").get(0);

            assertThat(claim.metric()).isEqualTo("costs");
        }

        @Test
        void aCorrectionNotesWithdrawnFigureIsNoClaim() {
            List<Claim> claims = claims("(Corrects number of North Korean troops in paragraph 2 to 11,000, not 10,000 as "
                    + "sent in an earlier version)", "North Korea has sent 11,000 troops to Russia, officials said.");

            assertThat(claims).extracting((c) -> c.quantity().low().intValue()).containsOnly(11_000);
        }

        @Test
        void aCorrectionNotesNewFigureIsTheBodysClaimNotAnother() {
            List<Claim> claims = claims("(Corrects number of North Korean troops in first paragraph to 11,000 from 10,000)",
                    "North Korea has sent more than 11,000 troops to Russia, officials said.");

            // before: the note's "11,000" made an exact claim beside the body's "more than 11,000"
            assertThat(claims).singleElement().satisfies((c) -> assertThat(c.quantity().qualifier()).isEqualTo(org.briefing.domain.Qualifier.AT_LEAST));
        }

        @Test
        void aFigureAfterAVerbCoordinatedWithTheLastCountsWhatItCounted() {
            List<Claim> claims = claims("The NIS said fighting in Kursk has killed 300 North Korean soldiers and injured 2,700.");

            // before: "injured 2,700" had no noun of its own and was dropped
            assertThat(claims).extracting((c) -> c.kind() + " " + c.quantity().wholeLow())
                .containsExactly("killed 300", "wounded 2700");
        }

        @Test
        void aRateOfExchangeIsNoSum() {
            List<Claim> claims = claims("North Korean workers are paid 165,000 roubles a month, which at 81.4 roubles to "
                    + "the dollar costs a contractor about $2,000.");

            assertThat(claims).extracting((c) -> c.quantity().low().intValue()).containsExactly(165_000, 2_000);
        }

        private List<Claim> channelClaims(String paragraph) {
            Template channel = new org.briefing.template.TemplateLoader()
                .load("src/test/resources/fixtures/holdout6/channel-crossings/template");
            return new ClaimExtractor(channel).extract(article("Example Wire", new PartialDate(2025, 3, 1), paragraph));
        }

        @Test
        void aMeasureOfAnotherActorsSubstanceIsNotTheSubjects() {
            Template cocaine = new org.briefing.template.TemplateLoader()
                .load("src/test/resources/fixtures/holdout16/cocaine-ports/template");
            List<Claim> claims = new ClaimExtractor(cocaine).extract(article("Example Wire", new PartialDate(2025, 10, 1),
                    "Spanish customs seized 14.6 tonnes of cocaine in Algeciras this year, and 24 tonnes of hashish in September."));

            assertThat(claims).extracting((c) -> c.quantity().low().toPlainString()).containsExactly("14.6");
        }

        @Test
        void countsWhoTheyAreNotWhatTheyLeft() {
            List<Claim> claims = claims("About 1,000 North Korean soldiers were sent to Kursk. "
                    + "At least 40 of them deserted their units, the agency said.");

            assertThat(claims).extracting(Claim::metric).containsExactly("personnel", "deserters");
            assertThat(claims.get(1).quantity().unit()).isEqualTo("persons");
        }

        @Test
        void doesNotTakeAPlacesPopulationForAClaim() {
            List<Claim> claims = claims("North Korea, a country of about 26 million people, has sent 11,000 soldiers.",
                    "In Kursk, a town with a population of about 440,000, North Korean troops were seen.",
                    "The Kursk region, home to about 1.1 million people, has seen North Korean soldiers.",
                    "North Korea, a people of about 26 million, has sent soldiers abroad before.");

            assertThat(claims).extracting((claim) -> claim.quantity().wholeLow()).containsExactly(11000L);
        }

        @Test
        void aPrecisionOrAnEnginesPowerIsNoCount() {
            assertThat(claims("North Korea has sent about 11,000 soldiers to Kursk, the NIS said; its figures are rounded to "
                    + "the nearest 100 soldiers.", "North Korea's trucks, with engines of 250 horsepower, carried the soldiers."))
                .extracting((claim) -> claim.quantity().wholeLow())
                .containsExactly(11000L);
        }

        @Test
        void namesTheMetricFromTheCountedNoun() {
            List<Claim> claims = claims("North Korea has sent 11,000 soldiers and 3 brigades, the NIS said.");

            assertThat(claims).extracting(Claim::metric).containsExactly("personnel", "units");
            assertThat(claims.get(1).quantity().unit()).isEqualTo("brigades");
        }

        @Test
        void turnsCountsIntoCasualtiesAndDesertersByTheirCues() {
            List<Claim> claims = claims("At least 100 North Korean soldiers were killed in Kursk, the General Staff said.",
                    "An estimated 18 North Korean soldiers deserted, Suspilne reported.",
                    "About 300 North Korean troops were wounded, officials said.");

            assertThat(claims).extracting(Claim::metric).containsExactly("casualties", "deserters", "casualties");
            assertThat(claims).extracting(Claim::kind).containsExactly("killed", "deserted", "wounded");
        }

        @Test
        void readsPaymentsWithTheirPeriod() {
            Claim claim = claims("North Korea earns $20 million a month from the workers, the NIS said.").get(0);

            assertThat(claim.metric()).isEqualTo("payment");
            assertThat(claim.quantity().currency()).isEqualTo("USD");
            assertThat(claim.quantity().per()).isEqualTo("month");
        }

        @Test
        void countsTheHeadNounNotTheNationalityBeforeIt() {
            List<Claim> claims = claims("North Korea has formed 3 North Korean brigades in Kursk, the NIS said.");

            assertThat(claims).extracting(Claim::metric).containsExactly("units");
        }

        @Test
        void givesAComparedFigureTheMetricOfTheFigureBeforeIt() {
            List<Claim> claims = claims("North Korea sent 4,600 workers to Russia in 2024, down from 14,200 in 2023, "
                    + "the NIS said.", "North Korean troops killed 50 Ukrainian soldiers, while 30 North Korean soldiers "
                    + "were killed and 47 more wounded, the General Staff said.");

            assertThat(claims).extracting((c) -> c.metric() + " " + c.quantity().wholeLow())
                .contains("personnel 4600", "personnel 14200", "casualties 47");
        }

        @Test
        void givesThePartsOfACountTheMetricOfTheCount() {
            List<Claim> claims = claims("North Korea has sent 4,600 workers to Russia this year, 3,000 in Moscow and "
                    + "1,600 in Vladivostok, the NIS said.");

            assertThat(claims).extracting((c) -> c.metric() + " " + c.quantity().wholeLow())
                .containsExactly("personnel 4600", "personnel 3000", "personnel 1600");
        }

        @Test
        void takesNoPartWithoutACommaBeforeItOrLargerThanTheCount() {
            // "300 from Rason" is a second count, not a part; 5,000 cannot be a part of 4,600
            List<Claim> claims = claims("North Korea has sent 4,600 workers from Pyongyang and 300 from Rason, the NIS "
                    + "said.", "North Korea has sent 4,600 workers to Russia, 5,000 in Moscow, the NIS said.");

            assertThat(claims).extracting((c) -> c.metric() + " " + c.quantity().wholeLow())
                .containsExactly("personnel 4600");
        }

        @Test
        void aPartOfAGroupIsCountedAsWhatItIsSaidToBe() {
            List<Claim> claims = claims("Roughly 4,000 of this year's North Korean arrivals are military construction troops, the NIS said.");

            assertThat(claims).extracting((c) -> c.metric() + " " + c.quantity().wholeLow()).containsExactly("personnel 4000");
        }

        @Test
        void soldiersInCustodyAreCaptured() {
            List<Claim> claims = claims("The NIS confirmed that six North Korean soldiers are in Ukrainian custody.");

            assertThat(claims).extracting((c) -> c.metric() + " " + c.kind()).containsExactly("casualties captured");
        }

        @Test
        void readsTheKindAfterARelativeClause() {
            List<Claim> claims = claims("The ministry said 16 North Korean soldiers who joined the Russian army last year "
                    + "had been confirmed killed.");

            assertThat(claims).extracting((c) -> c.metric() + " " + c.kind()).containsExactly("casualties killed");
        }

        @Test
        void takesNoLengthForACountOfTheNounBeforeIt() {
            List<Claim> claims = claims("North Korea has sent dozens of ballistic missiles with ranges of up to 900 km "
                    + "and shells of up to 30 kilometres to Russia, the NIS said. It also sent at least 50 M1989 Koksan 170mm "
                    + "self-propelled guns.");

            assertThat(claims).extracting((c) -> c.metric() + " " + c.quantity().wholeLow() + ".." + c.quantity().wholeHigh())
                .containsExactly("munitions 24..119", "munitions 50..null");
        }

        @Test
        void ignoresFiguresThatCountNoMetric() {
            assertThat(claims("North Korea fired 4 times in 24 years, about four miles from the border.")).isEmpty();
        }
    }

    @Nested
    class Subject {

        @Test
        void readsNoClaimInAThoughtExperiment() {
            List<Claim> claims = claims("Imagine, for the sake of argument, that Pyongyang sent 50,000 North Korean soldiers.",
                    "Suppose North Korea sent 20,000 more troops.",
                    "North Korea has sent about 11,000 troops, imagine that.");

            assertThat(claims).extracting((c) -> c.quantity().wholeLow()).containsExactly(11_000L);
        }

        @Test
        void ignoresOtherActorsFigures() {
            assertThat(claims("Russia has lost 600,000 soldiers, while Ukraine lost 50,000 troops, analysts said.")).isEmpty();
            assertThat(claims("North Korea watched as 50,000 Russian troops advanced, officials said.")).isEmpty();
            assertThat(claims("North Korea has about 11,000 troops in Kursk. Ukraine's General Staff puts Russian losses at "
                    + "more than 1.2 million killed and wounded.")).extracting((c) -> c.quantity().wholeLow())
                .containsExactly(11000L);
        }

        @Test
        void carriesTheSubjectFromTheSentenceBefore() {
            List<Claim> claims = claims("North Korean units arrived in Kursk last week.",
                    "The soldiers, 2,000 troops in all, were deployed near the border.");

            assertThat(claims).hasSize(1);
        }

        @Test
        void readsTheKindPastAPlaceButNotPastAnInfinitive() {
            assertThat(claims("About 1,000 North Korean troops sent to Kursk were killed, the NIS said."))
                .singleElement().satisfies((claim) -> assertThat(claim.metric()).isEqualTo("casualties"));
            assertThat(claims("About 1,000 North Korean troops were sent to replace those killed, the NIS said."))
                .singleElement().satisfies((claim) -> assertThat(claim.metric()).isEqualTo("personnel"));
        }

        /** An article that names the subject twice, then speaks of other things for two paragraphs. */
        private static final String[] OPENING = { "North Korea has sent workers to Russia, officials said.",
            "Pyongyang denies it.", "The weather was mild.", "Nothing else happened." };

        @Test
        void anArticleAboutTheSubjectSpeaksOfItWithoutNamingIt() {
            String later = "The regime earned about $430 million from the workers last year, the officials said.";

            assertThat(claims(append(OPENING, later))).singleElement()
                .satisfies((claim) -> assertThat(claim.quantity().wholeLow()).isEqualTo(430_000_000L));
            // named once in passing, the subject does not make the article about it
            assertThat(claims("North Korea has sent workers to Russia, officials said.", "The weather was mild.",
                    "Nothing else happened.", later)).isEmpty();
        }

        @Test
        void aSentenceThatOpensOnAnotherActorOrAComparisonIsNotAboutTheSubjectUnnamed() {

            assertThat(claims(append(OPENING, "Russia's own army has lost 600,000 troops, analysts say."))).isEmpty();
            assertThat(claims(append(OPENING, "For comparison, the average wage in the region was 61,300 rubles a month.")))
                .isEmpty();
        }

        @Test
        void anActorThatSpeaksOrPaysDoesNotTakeTheFigureFromTheSubjectUnnamed() {

            assertThat(claims(append(OPENING, "South Korea's spy agency said the regime had sent about 6,000 fresh troops.")))
                .singleElement().satisfies((claim) -> assertThat(claim.quantity().wholeLow()).isEqualTo(6_000L));
            assertThat(claims(append(OPENING, "Russia is paying roughly $2 billion a year for the shells.")))
                .singleElement().satisfies((claim) -> assertThat(claim.metric()).isEqualTo("payment"));
        }

        private static String[] append(String[] paragraphs, String last) {
            String[] all = java.util.Arrays.copyOf(paragraphs, paragraphs.length + 1);
            all[paragraphs.length] = last;
            return all;
        }
    }

    @Nested
    class Attribution {

        @Test
        void whoSpeaksAfterAFrontedReportWroteIt() {
            List<Claim> claims = claims("In a confidential report circulated to lawmakers on Wednesday, the NIS said North Korea "
                    + "had sent more troops.", "The report puts the number of North Korean troops in Russia at 15,000.");

            assertThat(claims).extracting(Claim::source).containsExactly("National Intelligence Service (South Korea)");
        }

        @Test
        void aQuotationSetOffAfterAColonIsSpokenByWhoeverIntroducedIt() {
            List<Claim> claims = claims("When Sergei Shoigu visited Pyongyang in June, he announced a separate contingent:",
                    "\"Kim Jong Un has decided to send 1,000 sappers to clear the mines on Russian territory.\"");
            assertThat(claims).extracting(Claim::source).containsExactly("Sergei Shoigu");
            assertThat(claims("Sergei Shoigu visited Pyongyang in June.",
                    "\"Kim Jong Un has decided to send 1,000 sappers to clear the mines on Russian territory.\""))
                .extracting(Claim::source).containsExactly((String) null);
        }

        @Test
        void aPronounAfterAnOpeningClauseIsThePersonThatClauseNames() {
            List<Claim> claims = claims("Tomasz Wierzbicki, an analyst, said the numbers were rising.",
                    "When Sergei Shoigu, the secretary of Russia's Security Council, visited Pyongyang in June, he said "
                            + "1,000 North Korean sappers would be sent.");
            assertThat(claims).extracting(Claim::source).containsExactly("Sergei Shoigu");
            assertThat(claims("Tomasz Wierzbicki, an analyst, said the numbers were rising.",
                    "When the talks ended, he said 1,000 North Korean sappers would be sent."))
                .extracting(Claim::source).containsExactly("Tomasz Wierzbicki");
        }

        @Test
        void whatAPressReleaseStatesWithoutAttributionItsPublisherStatesWhateverKindOfBodyItIs() {
            String figure = "About 1,500 North Korean soldiers have been killed in Kursk since October.";
            List<Claim> release = ClaimExtractorTests.this.extractor.extract(article("Northfield University", new PartialDate(2025, 9, 17),
                    "NEWS RELEASE", figure));
            List<Claim> story = ClaimExtractorTests.this.extractor.extract(article("Northfield University", new PartialDate(2025, 9, 17), figure));

            assertThat(release).extracting(Claim::source).containsExactly("Northfield University");
            assertThat(story).extracting(Claim::source).containsExactly((String) null);

            String own = "We estimate that about 1,500 North Korean soldiers have been killed in Kursk since October.";
            assertThat(ClaimExtractorTests.this.extractor.extract(article("Northfield University", new PartialDate(2025, 9, 17),
                    "NEWS RELEASE", own))).extracting(Claim::source).containsExactly("Northfield University");
            assertThat(ClaimExtractorTests.this.extractor.extract(article("Example Wire", new PartialDate(2025, 9, 17), own)))
                .extracting(Claim::source).containsExactly((String) null);
        }

        @Test
        void aSwornDeclarationsParagraphsAreTheDeclarantsWords() {
            List<Claim> claims = claims("I, Mira J. Castellano, declare as follows:",
                    "3. Since October, about 1,500 North Korean soldiers have been killed in Kursk.");

            assertThat(claims).extracting(Claim::source).containsExactly("Mira J. Castellano");
        }

        @Test
        void aRegisteredNameWithACommaIsNotCutAtIt() {
            ClaimExtractor layoffs = new ClaimExtractor(
                    new TemplateLoader().load("src/test/resources/fixtures/holdout59/us-federal-layoffs/template"));

            List<Claim> claims = layoffs.extract(article("Example Wire", new PartialDate(2025, 4, 3),
                    "Outplacement firm Challenger, Gray & Christmas said on Thursday that federal agencies laid off 12,000 employees "
                            + "in March."));

            assertThat(claims).extracting(Claim::source).containsExactly("Challenger, Gray & Christmas");
        }

        @Test
        void officialsPlacedSomewhereSpeakAndSoDoesWhoeverAdmitsAFigure() {
            assertThat(claims("Russian officials in Donetsk have spoken of two to three thousand North Korean builders."))
                .extracting(Claim::source).containsExactly("Russian officials in Donetsk");
            assertThat(claims("Separatist rebels in northern Mali said 300 North Korean advisers had arrived."))
                .extracting(Claim::source).containsExactly((String) null);
            assertThat(claims("Pyongyang admitted that nine North Korean engineers had died."))
                .extracting(Claim::source).containsExactly("Pyongyang");
        }

        @Test
        void aLabelsFullNameIsNoPronounsContraction() {
            List<Claim> claims = claims("Good evening. I'm Anna Kellerman and this is World Tonight.",
                    "KELLERMAN: About 11,000 North Korean troops have gone to Russia this year.",
                    "OH: That is right, Anna.");

            assertThat(claims).extracting(Claim::source).containsExactly("Anna Kellerman");
        }

        @Test
        void whomAReportCitesAfterItsDaySpeaks() {
            assertThat(claims("North Korea has sent some 3,000 workers to Russia since January, Reuters reported on Wednesday, "
                    + "citing South Korea's Yonhap News Agency.")).singleElement().satisfies((claim) -> {
                        assertThat(claim.source()).isEqualTo("Yonhap");
                        assertThat(claim.via()).startsWith("Reuters");
                    });
        }

        @Test
        void anOutletThatAnotherCitesRelaysThroughItInTheWholeArticle() {
            List<Claim> claims = claims("North Korea has sent some 3,000 workers to Russia since January, Reuters reported on "
                    + "Wednesday, citing South Korea's Yonhap News Agency.",
                    "Yonhap said between 25,000 and 30,000 North Korean labourers are now in Russia.");

            assertThat(claims).extracting((c) -> c.source() + " " + c.via())
                .containsExactly("Yonhap [Reuters, Example Wire]", "Yonhap [Reuters, Example Wire]");
        }

        @Test
        void theAgencyThatBriefedALawmakerIsTheAgencyHeQuotes() {
            assertThat(claims("Yonhap quoted Park Ji-hoon, a lawmaker on the intelligence committee, who had been briefed by the "
                    + "National Intelligence Service. The intelligence agency estimates that between 25,000 and 30,000 North Korean "
                    + "labourers are now in Russia, Park was quoted as saying.")).extracting(Claim::source)
                .containsExactly("National Intelligence Service (South Korea)");
        }

        @Test
        void theirCountIsTheCountOfWhomTheSentenceOpensWith() {
            assertThat(claims("US officials, speaking to reporters on background, have gone further than Seoul: by their "
                    + "count more than 25,000 North Korean soldiers have served in Russia.")).singleElement()
                .satisfies((claim) -> assertThat(claim.source()).isEqualTo("US officials"));
            assertThat(claims("Ukraine's military intelligence, which tracks the rotations, says that by its own reckoning "
                    + "about 14,000 North Korean soldiers are in Kursk.")).singleElement()
                .satisfies((claim) -> assertThat(claim.source()).isEqualTo("Defence Intelligence of Ukraine (HUR)"));
        }

        @Test
        void whoBlamesTheSubjectForALossGivesItsSize() {
            ClaimExtractor crypto = new ClaimExtractor(
                    new TemplateLoader().load("src/test/resources/fixtures/holdout39/dprk-crypto-theft/template"));

            List<Claim> claims = crypto.extract(article("Example Wire", new PartialDate(2025, 2, 27),
                    "The FBI has blamed North Korea for the theft of about $1.5 billion in digital tokens from the exchange Bybit."));

            assertThat(claims).extracting(Claim::source).containsExactly("Federal Bureau of Investigation (FBI)");
        }

        @Test
        void aSurnameAfterAnOfficeIsAPersonAndABodyThatExpectsSpeaks() {
            assertThat(claims("Rep. Seo said North Korea sent 8,000 more soldiers to Russia.")).singleElement()
                .satisfies((claim) -> assertThat(claim.source()).isEqualTo("Seo"));
            assertThat(claims("A European intelligence service estimated that Russia had paid North Korea at least €1.5bn."))
                .singleElement()
                .satisfies((claim) -> assertThat(claim.source()).isEqualTo("European intelligence service"));
            assertThat(claims("The NIS expects North Korea to rotate another 7,000 soldiers in October.")).singleElement()
                .satisfies((claim) -> assertThat(claim.source()).isEqualTo("National Intelligence Service (South Korea)"));
            assertThat(claims("Some defector groups claim there are 10,000 or more North Korean workers in Russia.")).singleElement()
                .satisfies((claim) -> assertThat(claim.source()).isEqualTo("defector groups"));
        }

        @Test
        void aSourceDescribedByItsPlaceSpeaksPastAPlaceSetOffByCommas() {
            assertThat(claims("North Korea sent about 400 young workers to Russia in March, a source in Rason said."))
                .singleElement()
                .satisfies((claim) -> assertThat(claim.source()).isEqualTo("source in Rason"));
            assertThat(claims("A separate source in Onsong county, North Hamgyong province, reported that 17 North Korean "
                    + "soldiers from the county died in the Kursk region.")).singleElement()
                .satisfies((claim) -> assertThat(claim.source()).isEqualTo("source in Onsong county"));
        }

        @Test
        void whomTheOutletAFigureIsAccordingToCitedSpeaksThroughIt() {
            assertThat(claims("According to Yonhap, which cited a report that the National Intelligence Service submitted to "
                    + "parliament in September, North Korea keeps about 11,000 soldiers in Kursk.")).singleElement()
                .satisfies((claim) -> {
                    assertThat(claim.source()).isEqualTo("National Intelligence Service (South Korea)");
                    assertThat(claim.via()).startsWith("Yonhap");
                });
            assertThat(claims("According to Yonhap, citing the NIS, North Korea keeps about 11,000 soldiers in Kursk."))
                .extracting(Claim::source)
                .containsExactly("National Intelligence Service (South Korea)");
        }

        @Test
        void aLeadsDescribedSourceIsTheBodyOfItsKindNamedNext() {
            assertThat(claims("North Korea earned about 9.8 trillion won from Russia in 2025, a state-funded defense think "
                    + "tank said Thursday.", "The Korea Institute for Defense Analyses (KIDA) said in a report that shells made "
                    + "up most of it.")).extracting(Claim::source)
                .containsExactly("Korea Institute for Defense Analyses");
            assertThat(claims("North Korea earned about 9.8 trillion won from Russia in 2025, a state-funded defense think "
                    + "tank said Thursday.", "Yonhap said shells made up most of it.")).extracting(Claim::source)
                .containsOnlyNulls();
        }

        @Test
        void theReportIsTheOneItsAuthorSpokeInBefore() {
            assertThat(claims("The Korea Institute for Defense Analyses (KIDA) said in a report that North Korea's trade with "
                    + "Russia had grown.", "\"Munitions are the core of it,\" a fellow told the paper.",
                    "According to the report, North Korea shipped some 4 million artillery shells to Russia last year."))
                .extracting(Claim::source)
                .containsExactly("Korea Institute for Defense Analyses");
        }

        @Test
        void whoCountsOrListsAFigureSpeaks() {
            assertThat(claims("Daily NK counts about 3,000 North Korean workers in the Far East.")).singleElement()
                .satisfies((claim) -> assertThat(claim.source()).isEqualTo("Daily NK"));
            assertThat(claims("Daily NK's tracker lists 800 North Korean workers around Moscow.")).singleElement()
                .satisfies((claim) -> assertThat(claim.source()).isEqualTo("Daily NK"));
        }

        @Test
        void theNameAfterAKindOfMediumSpeaksNotTheCompoundBeforeIt() {
            List<Claim> claims = claims(
                    "The pro-Kremlin Telegram channel Rybar wrote that about 3,000 North Korean soldiers had arrived in Kursk.",
                    "The independent Russian outlet Meduza reported that about 2,000 North Korean workers arrived in June.",
                    "Military blogger Yuri Podolyaka said some 400 North Korean soldiers had been killed.");

            assertThat(claims).extracting(Claim::source).containsExactly("Rybar", "Meduza", "Yuri Podolyaka");
            assertThat(claims).allSatisfy((claim) -> assertThat(claim.via()).containsExactly("Example Wire"));
        }

        @Test
        void theAnswersOfAQuestionAndAnswerInterviewAreTheIntervieweesWords() {
            List<Claim> claims = claims("Our correspondent sat down with Kyrylo Budanov in Kyiv last week.",
                    "Q: How many North Korean troops are in Russia now?",
                    "A: We estimate about 11,000 North Korean soldiers are in the Kursk region.",
                    "Q: And their losses?", "A: Some 300 North Korean soldiers have been killed. About 2,700 were wounded.");

            assertThat(claims).hasSize(3).allSatisfy((claim) -> assertThat(claim.source()).isEqualTo("Kyrylo Budanov"));
        }

        @Test
        void aQuestionIsNotAnAnswer() {
            List<Claim> claims = claims("Our correspondent sat down with Kyrylo Budanov in Kyiv last week.",
                    "Q: Seoul says 1,500 North Korean troops were sent. Is that right?", "A: No, it is more.");

            assertThat(claims).singleElement().satisfies((claim) -> assertThat(claim.source()).isNotEqualTo("Kyrylo Budanov"));
        }

        @Test
        void whoAReportCitedSpeaksAndTheReporterRelays() {
            List<Claim> claims = claims(
                    "North Korea is paid about $10.8 million a month for its workers, a figure first reported by Reuters, citing diplomatic sources.",
                    "North Korea sent 1,500 engineers, as reported by Yonhap quoting a government official.");

            assertThat(claims).extracting(Claim::source).containsExactly("diplomatic sources", "government official");
            assertThat(claims.get(0).via()).containsExactly("Reuters", "Example Wire");
            assertThat(claims.get(1).via()).containsExactly("Yonhap", "Example Wire");
        }

        @Test
        void aPublisherWhoseNameStartsWithAPlaceIsNotThatPlacesGovernment() {
            // "Seoul" alone stands for the Government of South Korea; "Seoul Policy Forum" is a think tank
            Claim claim = ClaimExtractorTests.this.extractor.extract(article("Seoul Policy Forum", new PartialDate(2026, 3, 14),
                    "North Korean workers earn about 90,000 rubles a month, according to the Russian outlet Vostok Media.")).get(0);

            assertThat(claim.outlet()).isEqualTo("Seoul Policy Forum");
            assertThat(claim.via()).containsExactly("Seoul Policy Forum");
        }

        private static final String[] TURNS = { "MODERATOR: Welcome, General Budanov.",
                "BUDANOV: About 11,000 North Korean soldiers are in Kursk.", "MODERATOR: Thank you." };

        @Test
        void anOrganisationPublishingItsOwnOfficialsWordsRelaysNothing() {
            // Budanov is counted with HUR: HUR's own record of his words has no relay
            Claim own = ClaimExtractorTests.this.extractor.extract(article("Defence Intelligence of Ukraine (HUR)",
                    new PartialDate(2025, 2, 1), TURNS)).get(0);
            Claim relayed = ClaimExtractorTests.this.extractor.extract(article("NATO", new PartialDate(2025, 2, 1), TURNS))
                .get(0);

            assertThat(own.source()).isEqualTo("Kyrylo Budanov");
            assertThat(own.via()).isEmpty();
            assertThat(relayed.via()).containsExactly("NATO");
        }

        @Test
        void aLabelsDirectorGeneralAndAListsFamilyNameInCapitalsFindTheFullName() {
            List<Claim> claims = ClaimExtractorTests.this.extractor.extract(article("Example Ministry",
                    new PartialDate(2026, 6, 11), "Participants:\n- ISHIDA Kenta, Director-General, Asian Affairs Bureau\n"
                            + "- Mark HOLLOWAY, Deputy Coordinator, Department of State",
                    "DG ISHIDA: About 11,000 North Korean soldiers are in Kursk.",
                    "MR. HOLLOWAY: North Korea has also sent 1,000 sappers.", "MODERATOR: Thank you."));

            assertThat(claims).extracting(Claim::source).containsExactly("Ishida Kenta", "Mark Holloway");
        }

        @Test
        void theSpeakersOwnBodyInTheirTurnIsTheSpeaker() {
            List<Claim> claims = ClaimExtractorTests.this.extractor.extract(article("Example Ministry",
                    new PartialDate(2026, 6, 11), "Participants:\n- Jane HOLT, Director-General, Example Ministry",
                    "DG HOLT: Our government estimates that about 11,000 North Korean soldiers are in Kursk.",
                    "MODERATOR: Thank you."));

            assertThat(claims).extracting(Claim::source).containsExactly("Jane Holt");
        }

        @Test
        void aParticipantListedInAnAuthoritysRecordSpeaksInItAndTheRecordRelaysNothing() {
            Claim host = ClaimExtractorTests.this.extractor.extract(article("NATO", new PartialDate(2025, 2, 1),
                    "Participants:", "Jane Holt, Deputy Spokesperson", "HOLT: Good morning.",
                    "HOLT: About 11,000 North Korean soldiers are in Kursk.", "MODERATOR: Thank you.")).get(0);
            // a guest from another body, listed as "Dr. Name, title", as on a department's media call
            Claim guest = ClaimExtractorTests.this.extractor.extract(article("NATO", new PartialDate(2025, 2, 1),
                    "Participants:\n  Dr. Jane Holt, analyst at the Yonhap News Agency", "DR. HOLT: Good morning.",
                    "DR. HOLT: About 11,000 North Korean soldiers are in Kursk.", "MODERATOR: Thank you.")).get(0);

            assertThat(host.source()).isEqualTo("Jane Holt");
            assertThat(host.via()).isEmpty();
            assertThat(guest.source()).startsWith("Jane Holt");
            assertThat(guest.via()).isEmpty();
            // nor for a body a participant cites: the record is no outlet
            Claim cited = ClaimExtractorTests.this.extractor.extract(article("NATO", new PartialDate(2025, 2, 1),
                    "Participants:", "Jane Holt, Deputy Spokesperson", "HOLT: Good morning.",
                    "HOLT: The NIS says about 11,000 North Korean soldiers are in Kursk.", "MODERATOR: Thank you.")).get(0);
            assertThat(cited.source()).isEqualTo("National Intelligence Service (South Korea)");
            assertThat(cited.via()).doesNotContain("NATO");
        }

        @Test
        void aLabelTheArticleOnlyAddressesWithACourtesyTitleIsThatPerson() {
            Claim claim = claims("MS. RAMIREZ: Good morning. Dr. Lindqvist, from Seoul.",
                    "DR. LINDQVIST: About 11,000 North Korean soldiers are in Kursk.", "MS. RAMIREZ: Thank you.")
                .get(0);

            assertThat(claim.source()).isEqualTo("Dr. Lindqvist");
            assertThat(claim.quote()).startsWith("DR. LINDQVIST: About"); // "DR." ends no sentence
        }

        @Test
        void thePledgesMakerSpeaksForItButNotItsReceivers() {
            List<Claim> claims = claims("Sergei Shoigu promised 5,000 military builders for Kursk in June.",
                    "North Korean workers are typically promised wages of 100,000 rubles a month.",
                    "North Korea has begun sending the 1,000 deminers it pledged in June.");

            assertThat(claims).extracting(Claim::source).containsExactly("Sergei Shoigu", null, null);
        }

        @Test
        void aReportersQuestionEndsTheLastTurnAndWhoIsReportingSpeaks() {
            List<Claim> claims = claims("MR. OKONJO: About 11,000 North Korean soldiers are in Kursk.",
                    "Q: Yonhap is reporting that 12,000 North Korean troops are in Russia. Can you confirm?",
                    "Q: And the losses? Are 300 North Korean soldiers dead?", "MR. OKONJO: We cannot say.");

            assertThat(claims).extracting(Claim::source).containsExactly("Mr. Okonjo", "Yonhap", null);
        }

        @Test
        void anOutletThatCarriedTheStatementRelaysIt() {
            Claim claim = claims("North Korea has sent 11,000 troops, the Russian defence ministry said in a statement "
                    + "carried by the state news agency TASS.").get(0);

            assertThat(claim.via()).containsExactly("TASS", "Example Wire");
        }

        @Test
        void aPersonIntroducedWithTheirRoleIsWhomHeMeansLater() {
            Claim claim = claims("Igor Semyonov, director of a building firm, does not hide that he employs North Korean workers.",
                    "Since last spring the firm has paid more than 200 million roubles to North Korea in this way, he said.")
                .get(0);

            assertThat(claim.source()).isEqualTo("Igor Semyonov");
        }

        @Test
        void theGovernorIsTheLastPersonNamed() {
            List<Claim> claims = claims("About 1,000 North Korean sappers are clearing mines in Kursk, Governor Alexander "
                    + "Khinshtein said.", "The Russian defence ministry said 500 North Korean engineers arrived in May.",
                    "Three of the North Korean sappers were killed by mines over the winter, the governor added.");

            assertThat(claims).extracting(Claim::source).containsExactly("Alexander Khinshtein", "Russian Ministry of Defence", "Alexander Khinshtein");
        }

        @Test
        void whoWasQuotedSpeaksThroughWhoQuotedThem() {
            Claim preposed = claims("Vadym Skibitsky, deputy head of HUR, was quoted by Ukrainska Pravda last month as saying "
                    + "that more than 2,300 North Korean soldiers had been killed.").get(0);
            Claim postposed = claims("North Korean casualties now stand at an estimated 6,000, the NIS was quoted as telling "
                    + "the committee.").get(0);

            assertThat(preposed.source()).isEqualTo("Vadym Skibitsky");
            assertThat(preposed.via()).containsExactly("Ukrainska Pravda", "Example Wire");
            assertThat(postposed.source()).isEqualTo("National Intelligence Service (South Korea)");
        }

        @Test
        void aDeputyHeadOfAnAgencyIsNoLawmaker() {
            List<Claim> claims = claims("The NIS told lawmakers that 11,000 North Korean troops were in Russia, Rep. Yoon "
                    + "Tae-gyu said.", "Vadym Skibitsky, deputy head of HUR, said 2,300 North Korean soldiers had been killed.");

            assertThat(claims.get(1).source()).isEqualTo("Vadym Skibitsky");
        }

        @Test
        void theOwnerOfACountAfterTheFigureSpeaksForIt() {
            List<Claim> claims = claims("Those men come on top of the roughly 15,000 North Korean soldiers sent since October, "
                    + "an estimate the NIS has left unchanged since February.",
                    "If the 6,000 North Korean builders are paid at the $1,500 a month per worker that the NIS cites, Moscow "
                            + "pays $9 million a month.");

            assertThat(claims).extracting((c) -> c.quantity().wholeLow() + " " + c.source()).containsExactly(
                    "15000 National Intelligence Service (South Korea)", "6000 null",
                    "1500 National Intelligence Service (South Korea)", "9000000 null");
        }

        @Test
        void byTheCountOfSomeoneIsTheirs() {
            Claim claim = claims("By the count of South Korea's National Intelligence Service, about 15,000 North Korean "
                    + "combat troops went in two waves.").get(0);

            assertThat(claim.source()).isEqualTo("National Intelligence Service (South Korea)");
        }

        @Test
        void byOurCountIsTheOutletsOwnEvenAfterAnotherSpeaker() {
            List<Claim> claims = claims("A year after Sergei Shoigu announced it, the deployment of North Korean builders has "
                    + "grown: by our count at least 7,500 North Korean builders have passed through Kursk.");
            Claim claim = claims.get(claims.size() - 1);

            assertThat(claim.quantity().wholeLow()).isEqualTo(7500L);
            assertThat(claim.source()).isNull();
            assertThat(claim.via()).isEmpty();
            assertThat(claims("The NIS says North Korea ships shells every month: about 140,000 North Korean shells a month "
                    + "by our arithmetic.")).last().satisfies((c) -> assertThat(c.source()).isNull());
        }

        @Test
        void thisNewspapersCalculationIsTheOutletsOwn() {
            List<Claim> claims = claims("A source told this newspaper that the deals covered 1,700 containers. By this newspaper's "
                    + "calculation, if each held 300 shells, North Korea shipped about 510,000 shells to Russia.");

            assertThat(claims).last().satisfies((c) -> {
                assertThat(c.quantity().wholeLow()).isEqualTo(510_000L);
                assertThat(c.source()).isNull();
                assertThat(c.via()).isEmpty();
            });
        }

        @Test
        void anOutletNamedInAnAsideRelaysTheSpeaker() {
            Claim claim = claims("Sergei Shoigu told reporters, as TASS reported, that North Korea would send 1,000 sappers.")
                .get(0);

            assertThat(claim.source()).isEqualTo("Sergei Shoigu");
            assertThat(claim.via()).containsExactly("TASS", "Example Wire");
        }

        @Test
        void whoRaisedTheirEstimateSpeaksForIt() {
            List<Claim> claims = claims("The NIS raised its estimate at the audit to about 6,800 North Korean casualties.",
                    "The HUR has since lowered its count to 4,000 North Korean casualties.");

            assertThat(claims).extracting(Claim::source).containsExactly("National Intelligence Service (South Korea)", "Defence Intelligence of Ukraine (HUR)");
        }

        @Test
        void aTimeBeforeTheSpeakerIsNotTheSpeaker() {
            List<Claim> claims = claims("In the autumn of 2024 South Korean media reported that Russia was paying North Korea about "
                    + "$2,000 a month per soldier.", "On the same day the Kursk regional government said 300 North Korean builders had arrived.");

            assertThat(claims).extracting(Claim::source).containsExactly("South Korean media", "Kursk regional government");
        }

        @Test
        void theOfficeBeforeANameIsItsRole() {
            Claim claim = claims("Kursk Governor Alexander Khinshtein told TASS that more than 4,000 North Korean builders "
                    + "were at work in the region.").get(0);

            assertThat(claim.source()).isEqualTo("Alexander Khinshtein (Kursk Governor)");
        }

        @Test
        void aSourceCitedAfterTheMonthItSpokeIn() {
            Claim claim = claims("Asia Press said in May, citing a resident of Ryanggang Province, that about 700 North Korean "
                    + "soldiers had been dispatched to Russia.").get(0);

            assertThat(claim.source()).isEqualTo("resident of Ryanggang Province");
            assertThat(claim.via()).startsWith("Asia Press");
        }

        @Test
        void theOwnerOfAnUpdateSpeaksForItsFigures() {
            Claim claim = claims("Ukraine's mid-year update puts North Korean casualties at about 4,700.").get(0);

            assertThat(claim.source()).isEqualTo("Ukraine");
        }

        @Test
        void weEstimateIsTheOutletsOwnOutsideQuotationsAndTurns() {
            List<Claim> claims = claims("A South Korean official said 300 North Korean soldiers had been killed; we estimate "
                    + "the total at between 400 and 500 North Korean soldiers killed.",
                    "\"We estimate 2,000 North Korean soldiers were killed,\" the NIS said.");

            assertThat(claims).extracting((c) -> c.quantity().wholeLow() + " " + c.source()).containsExactly(
                    "300 South Korean official", "400 null", "2000 National Intelligence Service (South Korea)");
        }

        @Test
        void theKeeperOfFiguresSpeaksForThemInASpeakersTurn() {
            List<Claim> claims = claims("MODERATOR: Welcome.", "OKONJO: The latest figures from the Russian defence ministry, "
                    + "as of this morning, are 11,000 North Korean troops in Kursk.", "MODERATOR: Thank you.");

            assertThat(claims).extracting(Claim::source).containsExactly("Russian Ministry of Defence");
        }

        @Test
        void theOwnerOfAClaimSpeaksForIt() {
            Claim claim = claims("Moscow dismissed the Defence Intelligence of Ukraine's claim that 3,000 North Korean "
                    + "soldiers had been killed.").get(0);

            assertThat(claim.source()).isEqualTo("Defence Intelligence of Ukraine (HUR)");
        }

        @Test
        void whoReckonsSpeaks() {
            Claim claim = claims("The Asan Institute reckons North Korea took in between $9bn and $14bn in payments from Russia.")
                .get(0);

            assertThat(claim.source()).isEqualTo("Asan Institute");
        }

        @Test
        void aSourceInterviewedByAnOutletSpeaksThroughIt() {
            Claim claim = claims("According to a South Korean security source interviewed by Yonhap, North Korea lost 300 soldiers.")
                .get(0);

            assertThat(claim.source()).isEqualTo("South Korean security source");
            assertThat(claim.via()).containsExactly("Yonhap", "Example Wire");
        }

        @Test
        void neitherADatelineNorThePlaceOfAGroupSpeaks() {
            List<Claim> claims = ClaimExtractorTests.this.extractor.extract(article("Reuters", new PartialDate(2024, 7, 29),
                    "SEOUL, July 29 (Reuters) - Separatist rebels in northern Korea said on Monday they had killed at least 47 North Korean soldiers and captured seven others.",
                    "\"At least 47 North Korean soldiers were killed,\" Kim Pak, a spokesman for the rebels, told Reuters by telephone."));

            // one figure, two mentions: the unnamed rebels' and their named spokesman's
            assertThat(claims).filteredOn((claim) -> claim.quantity().wholeLow() == 47).singleElement()
                .satisfies((claim) -> assertThat(claim.source()).isEqualTo("Kim Pak"));
            assertThat(claims).extracting(Claim::source).doesNotContain("Reuters", "Korea");
        }

        @Test
        void eachPostOfADigestIsItsChannels() {
            List<Claim> claims = ClaimExtractorTests.this.extractor.extract(article("Example Monitor", new PartialDate(2024, 12, 16),
                    "🇺🇦 Defence Intelligence of Ukraine (HUR) [official]\n15.12, 18:40 · 👁 540K\n"
                            + "\"At least 30 servicemen of the DPRK were killed near Plekhovo.\"",
                    "🇺🇦 \"Kursk Radar\" (anonymous Ukrainian channel)\n16.12, 11:58 · 👁 96K\n"
                            + "\"The Russians are searching for at least 8 North Korean soldiers who deserted overnight.\""));

            assertThat(claims).extracting(Claim::source).containsExactly("Defence Intelligence of Ukraine (HUR)", "Kursk Radar");
        }

        @Test
        void keepsAGroupOfSpeakersDescribedByWhatTheyDo() {
            List<Claim> claims = claims("Analysts who follow the deployment say North Korea has between 10,000 and 12,000 troops in Russia.",
                    "A Russian military blogger close to the defence ministry said 3,000 North Korean workers had arrived.");

            assertThat(claims).extracting(Claim::source)
                .containsExactly("Analysts who follow the deployment", "Russian military blogger close to the defence ministry");
        }

        @Test
        void postsOnChannelsAreTheChannelsWords() {
            List<Claim> claims = claims(
                    "Unverified posts on Russian military Telegram channels claimed that roughly 40 North Korean soldiers had deserted.",
                    "Russian military bloggers said 500 North Korean soldiers were killed.");

            assertThat(claims).extracting(Claim::source)
                .containsExactly("Russian military Telegram channels", "Russian military bloggers");
        }

        @Test
        void anUnnamedSourceIsDescribedWithoutTheWordUnnamed() {
            Claim claim = claims("An unnamed South Korean military source told Yonhap that North Korea sent 20,000 containers of shells.")
                .get(0);

            assertThat(claim.source()).startsWith("South Korean military source");
        }

        @Test
        void readsSelonKeptByATranslationAsAccordingTo() {
            Claim claim = claims("Selon several diplomatic sources, some 1 500 North Korean workers are in Russia.").get(0);

            assertThat(claim.source()).isEqualTo("diplomatic sources");
        }

        @Test
        void aCapitalisedNameIsNotAKindOfMedium() {
            Claim claim = claims("A Daily NK source in Russia said 300 North Korean workers had arrived.").get(0);

            assertThat(claim.source()).isNotEqualTo("NK").isNotNull();
        }

        @Test
        void findsThePreposedSpeakerAndItsRelay() {
            Claim claim = claims("South Korea's spy agency said North Korea sent 1,500 troops, according to Yonhap.").get(0);

            assertThat(claim.source()).isEqualTo("National Intelligence Service (South Korea)");
            assertThat(claim.via()).containsExactly("Yonhap", "Example Wire");
        }

        @Test
        void givesFiguresAnOrganisationReleasedToItWhenTheSentenceNamesIt() {
            List<Claim> claims = claims("Daily NK said 300 North Korean workers had arrived.",
                    "The number of North Korean soldiers in Kursk under the eye of Ukraine's General Staff fell to 1,200 "
                            + "in January, according to figures it released on Monday.");

            assertThat(claims).extracting(Claim::source).containsExactly("Daily NK",
                    "General Staff of the Armed Forces of Ukraine");
        }

        @Test
        void takesAnOutletCreditedInBracketsAtTheEndForARelayAndNothingElse() {
            List<Claim> claims = claims("South Korea's spy agency said North Korea sent 1,500 troops to Russia (Yonhap).",
                    "North Korea also sent 300 workers to the Kursk region (Russia).");

            assertThat(claims.get(0).source()).isEqualTo("National Intelligence Service (South Korea)");
            assertThat(claims.get(0).via()).containsExactly("Yonhap", "Example Wire");
            assertThat(claims.get(1).source()).isNull();
        }

        @Test
        void givesAFigureAnOutletReportsCitingAGroupToTheGroupThroughTheOutlet() {
            List<Claim> claims = claims("North Korean workers in Vladivostok are paid about $800 a month, Yonhap reports, "
                    + "citing two defectors who worked there last year.",
                    "About 300 North Korean workers arrived in Khabarovsk, Daily NK reports, citing people.");

            Claim paid = claims.stream().filter((c) -> c.metric().equals("payment")).findFirst().orElseThrow();
            Claim arrived = claims.stream().filter((c) -> Long.valueOf(300).equals(c.quantity().wholeLow())).findFirst().orElseThrow();
            assertThat(paid.source()).isEqualTo("two defectors who worked there");
            assertThat(paid.via()).containsExactly("Yonhap", "Example Wire");
            assertThat(arrived.source()).as("nobody the text describes: the outlet is all it gives").isEqualTo("Daily NK");
        }

        @Test
        void givesRecordsCompiledByAnOutletToTheirKeeperThroughTheOutlet() {
            Claim claim = claims("North Korean workers arriving in Russia averaged 1,200 a month in 2024, according to "
                    + "South Korean spy agency figures compiled by Yonhap.").get(0);

            assertThat(claim.quantity().wholeLow()).isEqualTo(1200L);
            assertThat(claim.source()).isEqualTo("National Intelligence Service (South Korea)");
            assertThat(claim.via()).containsExactly("Yonhap", "Example Wire");
        }

        @Test
        void resolvesHeToTheLastPersonAndKeepsTheOutletHeSpokeTo() {
            List<Claim> claims = claims(
                    "Kyrylo Budanov told The War Zone that North Korean troops are in Kursk.",
                    "He said the first cadre made of 2,600 North Korean soldiers was sent to Kursk.");

            assertThat(claims.get(0).source()).isEqualTo("Kyrylo Budanov");
            assertThat(claims.get(0).via()).containsExactly("The War Zone", "Example Wire");
        }

        @Test
        void findsAPostposedSpeaker() {
            Claim claim = claims("There are now almost 11,000 North Korean troops in Russia, Kyiv's Defense Intelligence"
                    + " Directorate has said.").get(0);

            assertThat(claim.source()).isEqualTo("Defence Intelligence of Ukraine (HUR)");
        }

        @Test
        void chainsCitingAndRelayedReports() {
            Claim claim = claims("Yonhap, citing the NIS, reported that North Korea sent 3,000 more troops.").get(0);

            assertThat(claim.source()).isEqualTo("National Intelligence Service (South Korea)");
            assertThat(claim.via()).containsExactly("Yonhap", "Example Wire");
        }

        @Test
        void readsCitingAfterAReportingVerbAndItsTime() {
            Claim claim = claims("Yonhap reported last week, citing the NIS, that North Korea had sent 3,000 more troops.").get(0);

            assertThat(claim.source()).isEqualTo("National Intelligence Service (South Korea)");
            assertThat(claim.via()).containsExactly("Yonhap", "Example Wire");
        }

        @Test
        void takesAnOutletsReportForANounNotAVerb() {
            Claim claim = claims("According to a Yonhap report citing the NIS, North Korea has sent 3,000 more troops.").get(0);

            assertThat(claim.source()).isEqualTo("National Intelligence Service (South Korea)");
            assertThat(claim.via()).containsExactly("Yonhap", "Example Wire");
        }

        @Test
        void letsALawmakerIntroducedByTitleAndPartyRelayTheBriefing() {
            List<Claim> claims = claims(
                    "The National Intelligence Service briefed lawmakers on Tuesday.",
                    "Rep. Park Min-ho of the opposition Justice Party, who attended the session, said the agency now "
                            + "believes North Korea has sent some 14,000 troops to Russia.",
                    "That includes about 2,500 reinforcements sent in March, Park said.");

            assertThat(claims).hasSize(2).allSatisfy((claim) -> {
                assertThat(claim.source()).isEqualTo("National Intelligence Service (South Korea)");
                assertThat(claim.via()).containsExactly("Example Wire");
                assertThat(claim.relayedBy()).containsExactly("Park Min-ho");
            });
        }

        @Test
        void givesTheFloorToTheSpeakerOfATranscriptTurn() {
            Article article = article(null, new PartialDate(2024, 12, 1), "Mr. Tom Ellis (Member for Northfield):",
                    "Do we know how many are there?", "Dr. Maria Keane (Senior Fellow, Example Institute):",
                    "By our estimate approximately 12,000 North Korean soldiers are now in Russia.",
                    "The Ukrainian General Staff says more than 1,000 North Korean soldiers were killed or wounded.");

            List<Claim> claims = ClaimExtractorTests.this.extractor.extract(article);

            assertThat(claims).extracting(Claim::source)
                .containsExactly("Maria Keane", "General Staff of the Armed Forces of Ukraine");
            assertThat(claims.get(1).via()).isEmpty();
            assertThat(claims.get(1).relayedBy()).containsExactly("Maria Keane");
        }

        @Test
        void letsAHostsOwnRecordThatListsItsSpeakersRelayNothing() {
            Article article = article("United Nations Geneva", new PartialDate(2025, 11, 14),
                    "Place: Palais des Nations, Press Room III, and online (UN Web TV)",
                    "Speakers:\nROLANDO HEVIA, Moderator, United Nations Information Service\nAMARA DELACROIX, Spokesperson, UNICEF",
                    "HEVIA: Good morning. Amara, the floor is yours.",
                    "DELACROIX: Thank you. At least 4,100 North Korean soldiers have been killed in Kursk since January.");

            List<Claim> claims = ClaimExtractorTests.this.extractor.extract(article);

            // before: the listing in capitals was not found, and the stream's "(UN Web TV)" was read as a wire's credit
            assertThat(claims).singleElement().satisfies((claim) -> {
                assertThat(claim.source()).isEqualTo("Amara Delacroix");
                assertThat(claim.via()).isEmpty();
            });
        }

        @Test
        void givesAFigureAReportersQuestionRepeatsToTheOfficialWhoAnswers() {
            Article article = article("Security Service of Ukraine", new PartialDate(2025, 11, 14),
                    "Participants:\nJOHN SMITH, Spokesman, Security Service of Ukraine",
                    "Q (Example Wire, Jane Roe): Are these the 12,000 North Korean troops deployed in Kursk?",
                    "SMITH: Those 12,000 North Korean troops arrived in October.",
                    "Q: Thank you.");

            List<Claim> claims = ClaimExtractorTests.this.extractor.extract(article);

            // before: the question's figure, which the record's publisher speaks for, and the answer's were two claims
            assertThat(claims).singleElement().satisfies((claim) -> {
                assertThat(claim.source()).isEqualTo("John Smith");
                assertThat(claim.mentions()).hasSize(2);
            });
        }

        @Test
        void givesAFigureToThePassiveVerbsNamedAgent() {
            List<Claim> claims = claims(
                    "The North's losses in Kursk, put by the NIS at about 2,300 North Korean soldiers killed by March, are rarely discussed.",
                    "Peskov said Russia buys no weapons and dismissed the figure of 13 million North Korean shells cited by South Korea's military.",
                    "Peskov said 500 North Korean workers were estimated by analysts to be in Moscow.");

            // before: the NIS figure had no source, and Peskov spoke for the figure he dismissed
            assertThat(claims).extracting(Claim::source)
                .containsExactly("National Intelligence Service (South Korea)", "South Korea's military", "Dmitry Peskov");
        }

        @Test
        void takesTheAuthorsArithmeticForTheOutletsOwn() {
            List<Claim> claims = claims("North Korea could ship another 3 million shells to Russia by 2027, on this author's arithmetic, "
                    + "if the plants keep running, the NIS said.");

            assertThat(claims).singleElement().satisfies((claim) -> {
                assertThat(claim.source()).isNull();
                assertThat(claim.via()).isEmpty();
            });
        }

        @Test
        void followsAStudyFromItsAuthorThroughTheOutletsThatReportedAndCarriedIt() {
            List<Claim> claims = claims(
                    "North Korea shipped at least 4,700 more containers of munitions to Russia, according to an analysis of satellite images.",
                    "The study by the Asia Maritime Observatory, a Tokyo-based think tank, was first reported by South Korea's "
                            + "JoongAng Ilbo on Monday and carried by Reuters.",
                    "Their count brings the total of North Korean containers since September 2023 to about 19,000 containers.");

            // before: the study's author was lost ("think tank" read as a verb), and JoongAng Ilbo spoke for the study
            assertThat(claims).hasSize(2).allSatisfy((claim) -> {
                assertThat(claim.source()).isEqualTo("Asia Maritime Observatory");
                assertThat(claim.via()).containsExactly("JoongAng Ilbo", "Reuters", "Example Wire");
            });
        }

        @Test
        void takesTheOutletAnAsideNamesAsTheSpeakersRelay() {
            List<Claim> claims = claims(
                    "Western officials, quoted anonymously by the Financial Times last month, put the number of North Korean "
                            + "troops in Russia at about 12,000.",
                    "A European intelligence official, who spoke to Reuters on condition of anonymity, said 3,000 more North "
                            + "Korean troops had arrived.");

            // before: neither outlet was in the chain
            assertThat(claims).extracting((c) -> c.quantity().wholeLow() + " " + c.via())
                .containsExactly("12000 [Financial Times, Example Wire]", "3000 [Reuters, Example Wire]");
        }

        @Test
        void givesTheStatementBeforeAVerbCitingSomeoneToTheOneCited() {
            List<Claim> claims = claims("North Korea has sent 12,000 troops to Russia, Rep. Park Min-ho wrote on Facebook, "
                    + "citing the NIS, according to Yonhap.");

            // before: the citing frame governed only what followed it, and Yonhap was left as the source
            assertThat(claims).singleElement().satisfies((claim) -> {
                assertThat(claim.source()).isEqualTo("National Intelligence Service (South Korea)");
                assertThat(claim.via()).containsExactly("Yonhap", "Example Wire");
            });
        }

        @Test
        void followsAnAgencysDataThroughTheNewspaperThatReportedItAndTheStatisticsAfter() {
            List<Claim> claims = claims(
                    "About 1,200 North Korean workers have arrived at Alabuga since July, Ukraine's military intelligence agency said.",
                    "The figures are in line with Russian interior ministry data first reported by Japan's Nikkei newspaper and "
                            + "carried by AFP last week. According to those statistics, 15,280 North Korean citizens entered Russia "
                            + "in the first nine months of this year.",
                    "An NIS estimate reported by the Miami Herald put the number of North Korean workers at 20,000.");

            // before: "those statistics" named nobody, Nikkei was no outlet, and AFP became the relay of every speaker
            assertThat(claims).extracting((c) -> c.quantity().wholeLow() + " " + c.source() + " " + c.via())
                .containsExactly("1200 Defence Intelligence of Ukraine (HUR) [Example Wire]",
                        "15280 Russian interior ministry [Nikkei, AFP, Example Wire]",
                        "20000 National Intelligence Service (South Korea) [Miami Herald, Example Wire]");
        }

        @Test
        void takesUpAnOwnersReportAsTheSameReport() {
            List<Claim> claims = claims("The NIS's situation report of 16 May counts about 15,000 North Korean troops in Russia.",
                    "The same report lists 2,000 North Korean troops killed.");

            // before: "the same report" named nobody
            assertThat(claims).extracting(Claim::source).containsOnly("National Intelligence Service (South Korea)");
        }

        @Test
        void takesNoUpstreamFromAnOutletThatEndsAnotherOutletsChain() {
            List<Claim> claims = claims("North Korea has sent 12,000 troops to Russia, the NIS said on Thursday.",
                    "At least 1,138 North Korean soldiers were killed by Wednesday, state broadcaster KBS reported, citing "
                            + "a military doctor, according to Reuters.");

            // before: Reuters, cited alone early on, was taken for the outlet the article rewrites, and relayed the NIS
            assertThat(claims.get(0).via()).containsExactly("Example Wire");
        }

        @Test
        void readsNoCreditInWhereAnEventWasShown() {
            List<Claim> claims = claims("The hearing was held in Seoul and streamed live (Example TV).",
                    "North Korea has sent 12,000 troops to Russia, the NIS said.");

            assertThat(claims).singleElement().satisfies((claim) -> assertThat(claim.via()).containsExactly("Example Wire"));
        }

        @Test
        void readsACommitteeRecordsNumberedQuestionsAndRanksInLabels() {
            Article article = article(null, new PartialDate(2025, 11, 4),
                    "Q90 Jane Doe: How many North Korean troops are in Russia today?",
                    "Major General Alan Grey: About 11,000 North Korean troops are in Russia now.",
                    "Q91 Chair: Is 12,000 North Korean soldiers the figure you heard?",
                    "Dame Ann Cole: No. Some 9,000 North Korean troops were in Kursk in May.");

            List<Claim> claims = ClaimExtractorTests.this.extractor.extract(article);

            // before: "Q91 …" was no label, so the Chair's question stayed in the general's turn
            assertThat(claims).extracting(Claim::source).containsExactly("Alan Grey", null, "Ann Cole");
        }

        @Test
        void takesNoKindFromTheNounOfTheNextFigure() {
            List<Claim> claims = claims("The agency said 12,000 North Korean troops and 300 dead were counted in Kursk.",
                    "At least 47 North Korean soldiers and 24 Russian soldiers were killed, the agency said.");

            assertThat(claims).extracting(Claim::metric, (c) -> c.quantity().wholeLow())
                .contains(org.assertj.core.groups.Tuple.tuple("personnel", 12_000L),
                        org.assertj.core.groups.Tuple.tuple("casualties", 300L),
                        org.assertj.core.groups.Tuple.tuple("casualties", 47L));
        }

        @Test
        void aBodyNamedAfterAnOpeningSubordinatorOrByItsCountryIsWhomTheMinistryAndItsRecordsMean() {
            List<Claim> claims = claims(
                    "When Russia's interior ministry published its migration statistics on 14 August, one line stood out.",
                    "11,480 North Koreans entered Russia between January and June, the ministry's dataset shows.",
                    "The Russian emergencies ministry published its own count on Monday.",
                    "About 900 North Korean soldiers were in Kursk in March, its figures show.");

            assertThat(claims).extracting(Claim::source)
                .containsExactly("Russia's interior ministry", "Russian emergencies ministry");
        }

        @Test
        void aLongRelayChainAfterTheSpeakerKeepsEveryOutletOfIt() {
            List<Claim> claims = claims("Around 2,000 North Korean soldiers have been killed fighting alongside Russian forces, "
                    + "South Korea's spy agency told lawmakers on Thursday, according to AFP, which cited Yonhap News Agency's "
                    + "account of remarks by Democratic Party lawmaker Park Sun-won after a closed-door briefing.");

            assertThat(claims).singleElement().satisfies((claim) -> {
                assertThat(claim.source()).isEqualTo("National Intelligence Service (South Korea)");
                assertThat(claim.via()).containsExactly("Yonhap", "AFP", "Example Wire");
            });
        }

        @Test
        void aBodyOpeningASentenceWithHasBeenIsWhomItsMeansButAPronounOpeningOneIsNot() {
            List<Claim> claims = claims("Ukraine's HUR says about 6,000 North Korean soldiers have died.",
                    "South Korea's National Intelligence Service has been more cautious. It put total casualties at 4,700 "
                            + "in April.",
                    "It believes Pyongyang has been transporting special forces, with around 1,500 North Korean troops "
                            + "transported in the first phase.");

            assertThat(claims).extracting(Claim::source).containsExactly("Defence Intelligence of Ukraine (HUR)",
                    "National Intelligence Service (South Korea)", "National Intelligence Service (South Korea)");
        }

        @Test
        void aBodysOwnPeopleSpeakForIt() {
            List<Claim> claims = claims("The Korea Institute for Defense Analyses said on Monday that Russia pays late.",
                    "In a report published in February, its researchers put North Korea's earnings at about $2 billion.");

            assertThat(claims).extracting(Claim::source).containsExactly("Korea Institute for Defense Analyses");
        }

        @Test
        void readsTheSubjectOfTwoVerbsAsTheSpeakerOfTheSecond() {
            List<Claim> claims = claims(
                    "Rep. Ahn Min-jae, one of the committee's two secretaries, came out to the reporters and said 15,000 North Korean troops were in Russia.",
                    "In June, Sergei Shoigu stood beside Kim Jong Un in Pyongyang and announced that North Korea would send 1,000 deminers.",
                    "Between May and June, the North sent 2,000 more North Korean troops, depending on whether failed and claimed crossings are counted.");

            assertThat(claims).extracting(Claim::source).containsExactly("Ahn Min-jae", "Sergei Shoigu", null);
        }

        @Test
        void keepsTheBriefingALawmakerRetoldInTheSameSentenceForHisPronoun() {
            List<Claim> claims = claims("Rep. Ahn Min-jae said the NIS had told lawmakers that North Korea had sent 15,000 troops.",
                    "About 3,000 of them have been killed, he added.");

            assertThat(claims).hasSize(2).allSatisfy((claim) -> {
                assertThat(claim.source()).isEqualTo("National Intelligence Service (South Korea)");
            });
            assertThat(claims.get(1).relayedBy()).containsExactly("Ahn Min-jae");
        }

        @Test
        void keepsTheBriefingOfALawmakersPronounAndSurname() {
            List<Claim> claims = claims("South Korea's National Intelligence Service briefed the intelligence committee on Tuesday.",
                    "Rep. Ahn Min-jae came out to the reporters and said the commitment was larger than thought.",
                    "The agency, Ahn said, now counts some 18,000 North Korean soldiers in Russia.",
                    "About 3,000 of them have been killed, he added, and roughly 9,000 wounded.");

            assertThat(claims).hasSize(3).allSatisfy((claim) -> {
                assertThat(claim.source()).isEqualTo("National Intelligence Service (South Korea)");
                assertThat(claim.relayedBy()).containsExactly("Ahn Min-jae");
            });
        }

        @Test
        void findsTheSpeakerAfterTheVerbWhenTheVerbFollowsAComma() {
            List<Claim> claims = claims("At least 40 North Korean soldiers deserted, said its coordinator Kim Chol-su, 34, who fled in May.",
                    "Pyongyang sent 3,000 more North Korean troops, said Yonhap.");

            assertThat(claims).extracting(Claim::source).containsExactly("Kim Chol-su", "Yonhap");
            assertThat(claims.get(1).rule()).contains("postposed");
        }

        @Test
        void doesNotTakeAStatementAfterAnAppositiveForAnInvertedSpeaker() {
            Claim claim = claims("In April, Kim Chol-su, head of the forum, said Pyongyang was sending about 2,700 North Korean troops.").get(0);

            assertThat(claim.source()).isEqualTo("Kim Chol-su");
        }

        @Test
        void skipsAnAsideBetweenCommasBeforeTheVerb() {
            List<Claim> claims = claims("The Example Forum, set up by men who came back, says nearly 300 North Korean soldiers went home.",
                    "Kim Chol-su, 34, said 40 North Korean soldiers deserted.");

            assertThat(claims).extracting(Claim::source).containsExactly("Example Forum", "Kim Chol-su");
        }

        @Test
        void readsASpeakerBetweenCommasBeforeANewClauseAsPlacedAfterItsStatement() {
            Claim claim = claims("Pyongyang sent up to 1,500 more North Korean soldiers, Kim Chol-su said, but he saw none.").get(0);

            assertThat(claim.source()).isEqualTo("Kim Chol-su");
        }

        @Test
        void takesThePersonAFeatureOpensWithForHeBeforeAnyoneSpeaks() {
            List<Claim> claims = claims("PYONGYANG, North Hamgyong - Kim Chol-su keeps his Russian military ID under his bed.",
                    "There were 45 North Korean soldiers in his training group, he said.");

            assertThat(claims).extracting(Claim::source).containsExactly("Kim Chol-su");
        }

        @Test
        void keepsTheLastSpeakerForHeOnceSomeoneHasSpoken() {
            List<Claim> claims = claims("Kim Chol-su, a defector, said the unit had left.",
                    "Park Min-jun keeps his Russian military ID under his bed.",
                    "There were 45 North Korean soldiers in his training group, he said.");

            assertThat(claims).extracting(Claim::source).containsExactly("Kim Chol-su");
        }

        @Test
        void readsAnUnnamedDiplomatBeforeARelativeClauseAndTakesHimUpForHe() {
            List<Claim> claims = claims("Kim Chol-su, a defector, said the unit had left.",
                    "A Western diplomat, who spoke on condition of anonymity because he was not authorised to speak to the media, "
                            + "said as many as 2,000 North Korean troops had joined the fighting this year.",
                    "North Korea was paid about $400 a month for each soldier, he said.");

            assertThat(claims).extracting(Claim::source)
                .containsExactly("Western diplomat (anonymous)", "Western diplomat (anonymous)");
        }

        @Test
        void takesUpTheBodyThatOpensTheSentenceForTheAgency() {
            List<Claim> claims = claims("SEOUL, Nov 3 (Reuters) - The National Intelligence Service detected 1,500 North Korean "
                    + "troops moving to Vladivostok in October, the agency said on Friday.");

            assertThat(claims).extracting(Claim::source).containsExactly("National Intelligence Service (South Korea)");
        }

        @Test
        void takesUpTheBodyThatOpensTheSentenceForItAfterAColon() {
            List<Claim> claims = claims("The Korea Institute for Defense Analyses estimates that 15,000 North Korean troops are in Russia.",
                    "The National Intelligence Service (NIS) is more cautious: it puts the number of North Korean troops at 11,000.");

            assertThat(claims).extracting(Claim::source)
                .containsExactly("Korea Institute for Defense Analyses", "National Intelligence Service (South Korea)");
        }

        @Test
        void takesUpASpokespersonByTheirSurnameForTheirBody() {
            List<Claim> claims = claims("About 400 North Korean soldiers are drone operators, HUR spokesperson Oleksandr Karpenko "
                    + "told the Kyiv Independent.", "Karpenko said 8,000 North Korean workers could be sent this year.");

            assertThat(claims).extracting(Claim::source).containsOnly("Defence Intelligence of Ukraine (HUR)").hasSize(2);
        }

        @Test
        void letsADescriptionWithANameNameItselfAfterAnotherBody() {
            List<Claim> claims = claims("The National Intelligence Service confirmed the report.",
                    "Last week the Kharkiv operational-tactical group reported that its drones had destroyed 12 North Korean-made "
                            + "rocket launchers.");

            assertThat(claims).extracting(Claim::source).containsExactly("Kharkiv operational-tactical group");
        }

        @Test
        void readsABankOrACourtOfAPlaceAsABodyNotAPerson() {
            List<Claim> claims = claims("The Bank of Korea estimated that North Korea earned 43 trillion won from Russia in 2025.");

            assertThat(claims).extracting(Claim::source).containsExactly("Bank of Korea");
        }

        @Test
        void readsALawmakerFromTheAppositionAfterTheName() {
            List<Claim> claims = claims("North Korea has sent about 3,000 troops to Kursk since January, South Korea's spy agency told "
                    + "lawmakers on Thursday.", "The rotation left the North Korean presence at around 11,000 troops, according to "
                    + "Kim Min-su, a ruling-party member of parliament's intelligence committee.",
                    "About 2,500 North Korean soldiers had been flown home, Kim said.");

            assertThat(claims).hasSize(3).extracting(Claim::source).containsOnly("National Intelligence Service (South Korea)");
        }

        @Test
        void readsADescriptionWithoutAntecedentAsTheBodyOfTheCountryTheArticleIsAbout() {
            ClaimExtractor mpox = new ClaimExtractor(
                    new TemplateLoader().load("src/test/resources/fixtures/holdout32/mpox-africa/template"));

            List<Claim> congo = mpox.extract(article("Example Wire", new PartialDate(2025, 3, 20),
                    "Congo has recorded more than 14,000 suspected mpox cases since January, the health ministry said.",
                    "Testing in Congo has slumped since aid was cut."));
            List<Claim> uganda = mpox.extract(article("Example Wire", new PartialDate(2025, 3, 20),
                    "Uganda has recorded more than 7,000 confirmed mpox cases since January, the health ministry said.",
                    "Uganda's outbreak is now larger than Congo's, and Ugandan doctors expect more."));

            assertThat(congo).extracting(Claim::source).containsExactly("Ministry of Public Health (DRC)");
            assertThat(uganda).extracting(Claim::source).containsExactly("Ministry of Health (Uganda)");
        }

        @Test
        void readsASpeakerAfterTheStatementWhenANewClauseFollowsWhenItSpoke() {
            List<Claim> claims = claims("South Korea's military has counted 1,500 North Korean troops in Russia, the NIS said on "
                    + "Thursday, as talks stalled over a border that divides the two Koreas.");

            assertThat(claims).extracting(Claim::source).containsExactly("National Intelligence Service (South Korea)");
        }

        @Test
        void readsWhoSaysSoRatherThanWhatTheRecordIsAbout() {
            ClaimExtractor mpox = new ClaimExtractor(
                    new TemplateLoader().load("src/test/resources/fixtures/holdout32/mpox-africa/template"));

            List<Claim> claims = mpox.extract(article("Example Wire", new PartialDate(2025, 3, 20),
                    "Democratic Republic of Congo has recorded more than 3,000 confirmed mpox cases since July, the World Health "
                            + "Organization said."));

            assertThat(claims).extracting(Claim::source).containsExactly("World Health Organization");
        }

        @Test
        void readsTheAuthorOfAReportNamedAsItsAuthor() {
            List<Claim> claims = claims("The estimates, published in the annual report of the Institute for National Security "
                    + "Strategy on Monday, are the most detailed yet.", "North Korea sent 1,500 troops in October, according to the report.");

            assertThat(claims).extracting(Claim::source).containsExactly("Institute for National Security Strategy");
        }

        @Test
        void readsTheAuthorOfAReportFromWhoSaidSomethingInIt() {
            List<Claim> claims = claims("The Institute for National Security Strategy, a think tank set up in 1977, said in its second "
                    + "annual report that the flow had slowed.", "The report also said North Korea had sent 1,500 troops in October.");

            assertThat(claims).extracting(Claim::source).containsExactly("Institute for National Security Strategy");
        }

        @Test
        void readsABodyDescribedInTheLeadAsTheOneTheNextSentenceNames() {
            List<Claim> claims = claims("North Korea has sent 1,500 troops to Russia, an 11-nation sanctions monitoring group said on "
                    + "Tuesday.", "The Multilateral Sanctions Monitoring Team (MSMT) said the flow had slowed.");

            assertThat(claims).extracting(Claim::source).containsExactly("Multilateral Sanctions Monitoring Team (MSMT)");
        }

        @Test
        void readsTheReportAsItsAuthorNotAsSomeoneWhoseDescriptionNamesIt() {
            List<Claim> claims = claims("The Institute for National Security Strategy said in its new report that the flow had slowed.",
                    "A person familiar with the drafting of the report said it had been delayed.",
                    "The report put the number of North Korean troops in Kursk at 15,000.",
                    "The new 64-page report also said North Korea had sent 6,000 workers.");

            assertThat(claims).extracting(Claim::source).containsOnly("Institute for National Security Strategy");
        }

        @Test
        void readsABareCollectiveAsTheOneTheArticleQualifiedBefore() {
            List<Claim> claims = claims("South Korean prosecutors on Thursday charged two brokers with sending workers abroad.",
                    "Prosecutors said North Korea had sent 1,500 workers to Russia through the brokers.");

            assertThat(claims).extracting(Claim::source).containsExactly("South Korean prosecutors");
        }

        @Test
        void readsAMemberOfABodyCalledByACommonNounAsAMemberOfTheBodyNamedBefore() {
            List<Claim> claims = claims("The National Intelligence Service briefed lawmakers on Monday.",
                    "North Korea has sent 1,500 troops to Russia, a service official told reporters.");

            assertThat(claims).extracting(Claim::source).containsExactly("National Intelligence Service (South Korea) official");
        }

        @Test
        void readsADescriptionAsTheBodyItsSentenceNames() {
            List<Claim> claims = claims("The figures, published in the quarterly assessment of the National Intelligence Service, put "
                    + "North Korean losses at 4,700, the service said.");

            assertThat(claims).extracting(Claim::source).containsExactly("National Intelligence Service (South Korea)");
        }

        @Test
        void readsTheHolderOfAnOfficeFromTheAppositionAfterIt() {
            List<Claim> claims = claims("North Korea has sent 1,500 troops to Russia, according to the Minister of Unification, "
                    + "Dr. Lim Jae-won.", "About 2,000 North Korean workers arrived in May, said the country's defence minister, "
                    + "Ahn Gyu-back, on Monday.");

            assertThat(claims).extracting(Claim::source)
                .containsExactly("Lim Jae-won (Minister of Unification)", "Ahn Gyu-back (defence minister)");
        }

        @Test
        void readsTheHolderOfAnOfficeOfSomethingBeforeTheName() {
            List<Claim> claims = claims("North Korea has sent 1,500 troops to Russia, Minister of Unification Lim Jae-won said.",
                    "About 2,000 North Korean workers arrived in May, according to Secretary of State Marco Rubio.");

            assertThat(claims).extracting(Claim::source)
                .containsExactly("Lim Jae-won (Minister of Unification)", "Marco Rubio (Secretary of State)");
        }

        @Test
        void readsTheOwnerOfAFigureAsItsSource() {
            List<Claim> claims = claims("The NIS's latest estimate, given to lawmakers in March, was 11,000 North Korean troops in Russia.",
                    "Russian border guards' count for the first half of the year was 7,000 North Korean workers.");

            assertThat(claims).extracting(Claim::source).first().isEqualTo("National Intelligence Service (South Korea)");
            assertThat(claims).extracting(Claim::source).last().asString().containsIgnoringCase("border guard");
        }

        @Test
        void dropsATitleBeforeAPersonsName() {
            List<Claim> claims = claims("North Korea has sent 1,500 troops to Russia, Prosecutor Oleh Marchenko said.",
                    "About 300 North Korean soldiers have been captured, Commissioner Anna Lind said.");

            assertThat(claims).extracting(Claim::source).containsExactly("Oleh Marchenko", "Anna Lind");
        }

        @Test
        void readsANameThatStartsWithASmallLetter() {
            List<Claim> claims = claims("A transfer of 46 billion roubles to a North Korean account was reported by the Russian "
                    + "investigative outlet iStories.");

            assertThat(claims).extracting(Claim::source).containsExactly("iStories");
        }

        @Test
        void readsTheKeeperOfDataCitedByAnOutletAsTheSource() {
            List<Claim> claims = claims("About 15,300 North Koreans entered Russia in 2025, according to Russian Interior Ministry "
                    + "data cited by NK News.");

            assertThat(claims).singleElement().satisfies((claim) -> {
                assertThat(claim.source()).endsWith("Interior Ministry");
                assertThat(claim.via()).contains("NK News");
            });
        }

        @Test
        void readsTheSubjectOfARelativeClauseAsItsSpeaker() {
            List<Claim> claims = claims("The North Korean army, which the Pentagon estimates has sent 12,000 soldiers to Russia, "
                    + "is sending more men.");

            assertThat(claims).extracting(Claim::source).containsExactly("US Department of Defense");
        }

        @Test
        void takesUpAnOfficeNamedBeforeWithTheSameNoun() {
            List<Claim> claims = claims("Finnish police said on Friday they had questioned the crew.",
                    "North Korea has sent 600 engineers to Russia, according to the police.");

            assertThat(claims).extracting(Claim::source).containsExactly("Finnish police");
        }

        @Test
        void takesUpAnOfficeNamedInFullBeforeWithItsDescription() {
            List<Claim> claims = claims("The Kharkiv Regional Prosecutor's Office said on Monday that 1,000 North Korean shells had hit the city.",
                    "Russia has launched 31 North Korean missiles at the region, the regional prosecutor's office said.");

            assertThat(claims).extracting(Claim::source)
                .containsExactly("Kharkiv Regional Prosecutor's Office", "Kharkiv Regional Prosecutor's Office");
        }

        @Test
        void letsStatisticsSpeakWhenTheirKeeperIsNoBody() {
            List<Claim> claims = claims("Russian border statistics show that 13,221 North Korean nationals entered Russia in 2024.");

            assertThat(claims).extracting(Claim::source).containsExactly("Russian border statistics");
        }

        @Test
        void readsAGroupAndAnAttributionAsSpeakers() {
            List<Claim> group = claims("Last week the Kharkiv operational-tactical group reported that North Korea had sent 200 more troops.");
            List<Claim> attributes = claims("The International Organization for Migration attributes 4,000 displacements to North Korean troops.");

            assertThat(group).extracting(Claim::source).containsExactly("Kharkiv operational-tactical group");
            assertThat(attributes).extracting(Claim::source).doesNotContainNull();
        }

        @Test
        void keepsAPublisherReadAsAPersonsNameAmongTheOutlets() {
            Article article = article("Kharkivskyi Vistnyk", new PartialDate(2026, 2, 16),
                    "Kharkivskyi Vistnyk reported in January that 31 North Korean missiles had hit the city.",
                    "Last week the Kharkiv operational-tactical group reported that North Korea had sent 200 more troops.");

            List<Claim> claims = ClaimExtractorTests.this.extractor.extract(article);

            assertThat(claims).filteredOn((claim) -> "Kharkiv operational-tactical group".equals(claim.source()))
                .singleElement()
                .satisfies((claim) -> assertThat(claim.via()).containsExactly("Kharkivskyi Vistnyk"));
        }

        @Test
        void takesUpABodyNamedBeforeWithItsCountrysPossessive() {
            List<Claim> claims = claims("North Korea sent 1,000 more troops, South Korea's Ministry of National Defense said.",
                    "About 300 of the North Korean troops are engineers, South Korea's ministry said.");

            assertThat(claims).extracting(Claim::source).containsOnly("Ministry of National Defense (South Korea)");
        }

        @Test
        void readsNoTimeAsASpeakerAndKeepsASourcesSeniority() {
            List<Claim> time = claims("North Korea's Storm Corps last December put 3,000 more North Korean troops in Kursk.");
            List<Claim> senior = claims("A senior South Korean security official, who spoke on condition of anonymity, "
                    + "said about 2,000 more North Korean troops had arrived.");

            assertThat(time).extracting(Claim::source).containsOnly((String) null);
            assertThat(senior).extracting(Claim::source).containsExactly("senior South Korean security official (anonymous)");
        }

        @Test
        void readsTheSpeakerAfterADatelineCreditedWithoutADash() {
            List<Claim> claims = claims("Seoul, Feb. 10 (Yonhap) The Kinmen Garrison Command said Tuesday "
                    + "it had counted 5,000 North Korean troops.");

            assertThat(claims).extracting(Claim::source).containsExactly("Kinmen Garrison Command");
        }

        @Test
        void readsAnOfficeDescribedWithItsPlaceAsASpeakerButNotAMemberOfACommittee() {
            List<Claim> office = claims("Syangja's district administration office says at least 20 North Korean workers have gone to Russia.");
            List<Claim> member = claims("Yoon Jae-kwan, a member of the National Assembly's defence committee, received the report.",
                    "North Korean containers were still crossing at a rate of roughly 150 a week, it said.");

            assertThat(office).extracting(Claim::source).containsExactly("Syangja's district administration office");
            assertThat(member).extracting(Claim::source).doesNotContain("member of the National Assembly's defence committee");
        }

        @Test
        void readsABriefingsLabelsWithARoleOrAnOutletAfterAComma() {
            List<Claim> claims = claims("Official Spokesperson, Shri Ravi Menon: Good afternoon.",
                    "[Question in Hindi; translation] Asha Rao, Example Daily: How many North Korean troops are in Kursk?",
                    "Official Spokesperson, Shri Ravi Menon: As per our information, about 11,000 North Korean troops are there.",
                    "Of these, 1,200 North Korean soldiers have been wounded.");

            assertThat(claims).extracting(Claim::source).containsOnly("Ravi Menon");
        }

        @Test
        void dropsHonorificsAndRanksInCapitalsFromAHearingsLabels() {
            List<Claim> claims = claims("MS. JANE ROE: Thank you, Mr. Chairman.",
                    "VICE ADM. JOHN DOE: About 11,000 North Korean troops are in Kursk.",
                    "MS. JANE ROE: Some 1,200 North Korean soldiers have been wounded.");

            assertThat(claims).extracting((c) -> c.source().toLowerCase(java.util.Locale.ROOT))
                .containsExactly("john doe", "jane roe");
        }

        @Test
        void givesAnInterviewsAnswersToTheGuestNamedBySurname() {
            List<Claim> claims = claims("Colonel Petro Koval is a spokesman for Ukraine's military intelligence.",
                    "EXAMPLE: How many prisoners do you hold?", "KOVAL: We hold two North Korean prisoners.",
                    "EXAMPLE: And how many troops are coming?", "KOVAL: Another 3,000 North Korean troops, we think.");

            assertThat(claims).extracting(Claim::source).containsOnly("Petro Koval");
        }

        @Test
        void carriesTheSubjectOverATranscriptsExchangeButNotAcrossAnArticlesParagraphs() {
            List<Claim> transcript = claims("MR. JOHN DOE: North Korea has shipped more than 28,000 containers to Russia.",
                    "MS. JANE ROE: How much lower is the true count?",
                    "MR. JOHN DOE: We estimate between 9 million and 10 million shells.");
            List<Claim> article = claims("North Korea has shipped more than 28,000 containers to Russia.",
                    "How much lower is the true count?", "Analysts estimate between 9 million and 10 million shells.");

            assertThat(transcript).extracting((c) -> c.quantity().wholeLow()).containsExactly(28_000L, 9_000_000L);
            assertThat(article).extracting((c) -> c.quantity().wholeLow()).containsExactly(28_000L);
        }

        @Test
        void takesTheOutletASpeakerAfterAccordingToSpokeTo() {
            Claim claim = claims("About 4,500 North Korean soldiers were killed or wounded, according to its spokesman "
                    + "Andriy Yusov, speaking to Suspilne.").get(0);

            assertThat(claim.source()).isEqualTo("Andriy Yusov");
            assertThat(claim.via()).containsExactly("Suspilne", "Example Wire");
        }

        @Test
        void givesAnItemToTheSourceItsLabelNames() {
            List<Claim> claims = claims("- **Volodymyr Zelensky, 1 February 2025**: North Korean losses of over 4,000 killed and wounded.",
                    "- **The latest count, 30 April 2025**: about 4,700 North Korean casualties.",
                    "- **Seoul, Kyiv**: about 600 North Korean soldiers killed.");

            assertThat(claims).extracting(Claim::source).containsExactly("Volodymyr Zelensky", null, null);
        }

        @Test
        void findsAFamilyNameWrittenFirstForALabelOfOneWord() {
            List<Claim> claims = claims("Witness: Lieutenant General Nam Ki-taek, Director of Intelligence, Joint Chiefs of Staff",
                    "REP. HA JUN-YEONG: What is the figure today?",
                    "LT. GEN. NAM: We estimate that about 250 North Korean missiles were supplied.",
                    "REP. HA JUN-YEONG: Thank you.");

            assertThat(claims).extracting(Claim::source).containsOnly("Nam Ki-taek");
        }

        @Test
        void readsAQuotedFigureAfterItsNounAndWhoSpokeOfIt() {
            List<Claim> claims = claims("UK Defence Intelligence, in its August update, spoke of North Korean casualties \"in excess of 8,000\".",
                    "The Pentagon put North Korean killed and wounded at \"approaching 9,000\".",
                    "North Korean troops said \"12,000\" was a lie.");

            assertThat(claims).extracting((claim) -> claim.quantity().wholeLow()).containsExactly(8_000L, 9_000L);
            assertThat(claims).extracting(Claim::metric).containsOnly("casualties");
            assertThat(claims.get(0).source()).isEqualTo("UK Defence Intelligence");
        }

        @Test
        void readsALabelWithATitleInCapitalsAsTheNameTheHeaderGivesInFull() {
            List<Claim> claims = claims("Press Conference by Defense Minister SAKURABA Takeshi",
                    "MINISTER SAKURABA: Good morning.",
                    "REPORTER (Kyodo News): The UK Ministry of Defence said North Korean casualties had passed 7,500. Your view?",
                    "MINISTER SAKURABA: We assess that about 2,500 North Korean soldiers have been killed.",
                    "MINISTER LIM JAE-WON: About 15,000 North Korean workers are in Russia.");

            assertThat(claims).extracting(Claim::source).endsWith("Sakuraba Takeshi", "Lim Jae-won");
            assertThat(claims.get(0).via()).doesNotContain("Reporter", "REPORTER");
        }

        @Test
        void takesAnOutletsCorrespondentForTheOutlet() {
            List<Claim> claims = claims("PRESENTER: What is the news from Kyiv?",
                    "DAVID RENNICK (Kyiv): Officials here say 3,000 more North Korean troops have arrived.",
                    "PRESENTER: Thank you.");

            assertThat(claims.get(0).via()).doesNotContain("David Rennick", "DAVID RENNICK");
        }

        @Test
        void doesNotTakeALoneLabelForATranscriptTurn() {
            Claim claim = claims("Sam Ortiz: North Korea has sent 1,000 builders to Donetsk.").get(0);

            assertThat(claim.source()).isNull();
        }

        @Test
        void readsATitledNameAfterAccordingTo() {
            List<Claim> claims = claims("The National Intelligence Service told lawmakers that North Korean engineers had arrived.",
                    "About 1,000 North Korean deminers are at work, according to Rep. Choi Dong-hun of the People Power Party.",
                    "Choi added that more than 10,000 North Korean laborers had entered Russia.");

            assertThat(claims).hasSize(2).allSatisfy((claim) -> {
                assertThat(claim.source()).isEqualTo("National Intelligence Service (South Korea)");
                assertThat(claim.via()).containsExactly("Example Wire");
                assertThat(claim.relayedBy()).containsExactly("Choi Dong-hun");
            });
        }

        @Test
        void relaysABriefingToLawmakersThroughTheLawmakerWhoRetoldIt() {
            List<Claim> claims = claims(
                    "North Korea has lost about 2,000 soldiers, the National Intelligence Service told lawmakers on Thursday.",
                    "Rep. Yoon Jae-seok of the ruling party said the agency believes 15,000 North Korean troops were sent.");

            assertThat(claims).hasSize(2).allSatisfy((claim) -> {
                assertThat(claim.source()).isEqualTo("National Intelligence Service (South Korea)");
                assertThat(claim.via()).containsExactly("Example Wire");
                assertThat(claim.relayedBy()).containsExactly("Yoon Jae-seok");
            });
        }

        @Test
        void keepsTheLawmakerOfAnOuterAccordingToAroundTheAgency() {
            List<Claim> claims = claims("What South Korea's spy agency told parliament on Thursday.",
                    "According to lawmaker Lee Seong-kweun, who attended the briefing, the National Intelligence Service"
                            + " said at least 100 North Korean soldiers had been killed.");

            assertThat(claims.get(0).source()).isEqualTo("National Intelligence Service (South Korea)");
            assertThat(claims.get(0).via()).containsExactly("Example Wire");
            assertThat(claims.get(0).relayedBy()).containsExactly("Lee Seong-kweun");
        }

        @Test
        void relaysAnAgencysFigureThroughTheLawmakerWhoRelayedItsBriefingLater() {
            List<Claim> claims = claims("South Korea's spy agency said more than 10,000 North Korean soldiers are in Russia.",
                    "Rep. Lee Seong-kweun of the ruling party relayed the assessment to reporters after a closed-door"
                            + " briefing by the National Intelligence Service.");

            assertThat(claims.get(0).via()).containsExactly("Example Wire");
            assertThat(claims.get(0).relayedBy()).containsExactly("Lee Seong-kweun");
        }

        @Test
        void keepsNoLawmakerWhenNoneIsNamed() {
            Claim claim = claims("North Korea has lost about 2,000 soldiers, the National Intelligence Service told"
                    + " lawmakers on Thursday.").get(0);

            assertThat(claim.via()).containsExactly("Example Wire");
        }

        @Test
        void givesACitedReportToItsAuthorThroughThePersonWhoCitedIt() {
            Claim claim = claims("Daniel Moss, a lawyer, said North Korea is paid well.",
                    "Moss cited a report by the Korea Institute for National Unification that put North Korea's income"
                            + " from troop dispatches at an estimated 13 trillion won.").get(0);

            assertThat(claim.source()).isEqualTo("Korea Institute for National Unification");
            assertThat(claim.via()).containsExactly("Example Wire");
            assertThat(claim.relayedBy()).containsExactly("Daniel Moss");
        }

        @Test
        void givesTheReportThatFindsToWhoeverReleasedIt() {
            List<Claim> claims = claims(
                    "The Korea Institute for National Unification, a state-run think tank, today released its annual report.",
                    "The report finds that North Korea sent about 11,000 troops to Russia.");

            assertThat(claims.get(0).source()).isEqualTo("Korea Institute for National Unification");
        }

        @Test
        void leavesAReportWithoutAKnownAuthorUnattributed() {
            Claim claim = claims("The report finds that North Korea sent about 11,000 troops to Russia.").get(0);

            assertThat(claim.source()).isNull();
        }

        @Test
        void readsANewsOutletNamingItselfAsItsOwnReporting() {
            Article article = article("Korea Pacific Times", new PartialDate(2025, 9, 2),
                    "In March the Korea Pacific Times reported that about 400 North Korean workers were living in containers.");

            Claim claim = ClaimExtractorTests.this.extractor.extract(article).get(0);

            assertThat(claim.source()).isNull();
            assertThat(claim.via()).isEmpty();
            assertThat(claim.outlet()).isEqualTo("Korea Pacific Times");
        }

        @Test
        void keepsAThinkTankPublishingItsOwnEstimateAsItsSource() {
            Article article = article("Institute for the Study of War", new PartialDate(2025, 9, 2),
                    "By ISW's estimate, North Korea has sent about 14,000 troops to Russia.");

            Claim claim = ClaimExtractorTests.this.extractor.extract(article).get(0);

            assertThat(claim.source()).isEqualTo("Institute for the Study of War");
            assertThat(claim.via()).isEmpty();
        }

        @Test
        void letsAStateBodyPublishingItselfClaimWhatItStates() {
            Article release = article("Ministry of Defence of Ukraine", new PartialDate(2024, 11, 5),
                    "North Korea has sent about 11,000 troops to Kursk.");

            Claim claim = ClaimExtractorTests.this.extractor.extract(release).get(0);

            assertThat(claim.source()).isEqualTo("Ministry of Defence of Ukraine");
            assertThat(claim.via()).isEmpty();
        }

        @Test
        void takesAnOutletCitedOnceLateForASourceNotTheUpstream() {
            List<Claim> claims = claims("North Korea has sent about 11,000 troops to Russia.", "It is far from home.",
                    "The war goes on.", "Winter is near.", "The front is quiet.", "Prices rose.", "Talks stalled.",
                    "Separately, 300 North Korean workers arrived in Vladivostok, according to Daily NK.");

            assertThat(claims.get(0).source()).isNull();
            assertThat(claims.get(0).via()).isEmpty();
            assertThat(claims.get(0).outlet()).isEqualTo("Example Wire");
        }

        @Test
        void letsRecordsSpeakForTheirKeeper() {
            Claim claim = claims("South Korean defense ministry figures show 12,000 North Korean troops in Kursk.").get(0);

            assertThat(claim.source()).isEqualTo("Ministry of National Defense (South Korea)");
        }

        @Test
        void findsTheKeeperOfRecordsNamedByOneWordLater() {
            List<Claim> claims = claims("South Korean defense ministry figures show 12,000 North Korean troops in Kursk.",
                    "Ministry figures show 3,000 more North Korean troops arrived in January.");

            assertThat(claims).extracting(Claim::source)
                .containsExactly("Ministry of National Defense (South Korea)", "Ministry of National Defense (South Korea)");
        }

        @Test
        void takesAnIndefiniteSpeakerBeforeTheVerbForTheSpeaker() {
            Claim claim = claims("Pyongyang sent 1,000 North Korean workers, a South Korean Defense Ministry spokesperson said.")
                .get(0);

            assertThat(claim.source()).contains("Defense Ministry spokesperson");
        }

        @Test
        void letsAPersonWhoRelayedFiguresRelayThem() {
            Claim claim = claims("The NIS told lawmakers that at least 100 North Korean soldiers had been killed, figures"
                    + " relayed by lawmaker Lee Seong-kweun.").get(0);

            assertThat(claim.source()).isEqualTo("National Intelligence Service (South Korea)");
            assertThat(claim.via()).containsExactly("Example Wire");
            assertThat(claim.relayedBy()).containsExactly("Lee Seong-kweun");
        }

        @Test
        void takesTheKeeperOfARecordForTheSource() {
            Claim claim = claims("North Korean losses, as documented by Ukraine's Defense Ministry, reached 4,000 soldiers"
                    + " killed.").get(0);

            assertThat(claim.source()).isEqualTo("Ministry of Defence of Ukraine");
        }

        @Test
        void takesNoDateForASpeakerNorAddingForSaying() {
            Claim claim = claims("The Russian command, reorganised on 24 June, added 3 North Korean brigades to its order"
                    + " of battle.").get(0);

            assertThat(claim.source()).isNull();
        }

        @Test
        void letsAnAgencyThatIdentifiedSomethingBeItsSource() {
            List<Claim> claims = claims("The National Intelligence Service briefed lawmakers on Tuesday.",
                    "The agency has identified 1,500 North Korean soldiers in Kursk.");

            assertThat(claims.get(0).source()).isEqualTo("National Intelligence Service (South Korea)");
        }

        @Test
        void keepsAnUnregisteredStateBodyByItsDescription() {
            Claim claim = claims("Russian border guards counted 12,000 North Korean workers in 2024.").get(0);

            assertThat(claim.source()).isEqualTo("Russian border guards");
        }

        @Test
        void readsTheOwnerOfAnEstimateAfterBy() {
            Claim claim = claims("By the National Intelligence Service's estimate, North Korea has sent 12,000 troops.").get(0);

            assertThat(claim.source()).isEqualTo("National Intelligence Service (South Korea)");
        }

        @Test
        void readsAReportingClauseAfterItsStatementEvenWithATail() {
            Claim claim = claims("About 300 North Korean soldiers were killed, lawmaker Park Jin-woo of the intelligence"
                    + " committee told reporters after the closed-door briefing, relaying the agency's assessment.").get(0);

            assertThat(claim.source()).isEqualTo("Park Jin-woo");
        }

        @Test
        void leavesTheOutletAsSourceWhenNobodyIsNamed() {
            Claim claim = claims("North Korea has sent 1,000 builders to Donetsk.").get(0);

            // the gold README: `source` null when the outlet asserts it, `via` the outlets that relayed it (none)
            assertThat(claim.source()).isNull();
            assertThat(claim.via()).isEmpty();
            assertThat(claim.outlet()).isEqualTo("Example Wire");
        }
    }

    @Nested
    class ModalityAndTime {

        @Test
        void readsPlansEstimatesAndUnverifiedClaims() {
            List<Claim> claims = claims("North Korea plans to send 5,000 workers, the NIS said.",
                    "The NIS estimated that 3,000 North Korean troops could be deployed.",
                    "There are reports that 100,000 North Korean volunteers are ready, a commentator said.",
                    "Moscow denied that 7,000 North Korean soldiers were in Russia.");

            assertThat(claims).extracting(Claim::modality)
                .containsExactly(Modality.PLAN, Modality.ESTIMATE, Modality.UNVERIFIED_CLAIM, Modality.DENIAL);
        }

        @Test
        void takesTheEndOfAPeriodBetweenTwoDates() {
            List<Claim> claims = claims("North Korea moved 1,500 troops to Russia between August 2024 and October 2024, the NIS said.",
                    "From June to September 2024, North Korea sent 3,000 workers, the NIS said.");

            assertThat(claims).extracting((c) -> c.asOf().toString()).containsExactly("2024-10", "2024-09");
        }

        @Test
        void takesARelativeClausesDateOnlyForAFigureInsideIt() {
            List<Claim> claims = claims("The contingent, which began arriving in Kursk in October 2024, now has about 11,000 North "
                    + "Korean troops, the NIS said.", "Pyongyang, which sent 1,500 North Korean troops in October 2024, is "
                    + "preparing more, the NIS said.");

            assertThat(claims).extracting((c) -> c.asOf().toString()).containsExactly("2024-10-23", "2024-10");
        }

        @Test
        void takesTheDateOfTheSentenceElseTheArticle() {
            List<Claim> claims = claims("From October 8 to 13, North Korea moved 1,500 troops, the NIS said.",
                    "North Korea has 10 engineering brigades, the NIS said.");

            assertThat(claims.get(0).asOf()).hasToString("2024-10-13");
            assertThat(claims.get(1).asOf()).hasToString("2024-10-23");
        }

        @Test
        void takesTheDateOfTheFiguresOwnClause() {
            List<Claim> claims = claims("North Korea sent 4,600 workers in 2024, and Pyongyang sent 3,000 troops in March 2023, "
                    + "the NIS said.");

            assertThat(claims).extracting((c) -> c.asOf().toString()).containsExactly("2024", "2023-03");
        }

        @Test
        void datesARunningTotalByTheArticleAndASeasonByItsLastYear() {
            List<Claim> claims = claims("North Korea has sent 11,000 troops since the deployment was decided in August last "
                    + "year, the NIS said.", "North Korea sent 3,000 workers to Russia in the 2024/25 season, the NIS said.");

            assertThat(claims).extracting((c) -> c.asOf().toString()).containsExactly("2024-10-23", "2025");
        }
    }

    @Test
    void mergesAFigureGivenToADescriptionWithTheSameFigureOfANamedSource() {
        List<Claim> claims = claims("Spy agency says North Korea has rotated some 15,000 troops through Russia.",
                "The National Intelligence Service said North Korea has sent some 15,000 troops to Russia.");

        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).source()).isEqualTo("National Intelligence Service (South Korea)");
    }

    @Test
    void countsAnAlternativeFigureAsTheOneBeforeIt() {
        List<Claim> claims = claims("North Korea has shipped more than 6 million shells, or perhaps closer to 4 million.");

        assertThat(claims).extracting(Claim::metric).containsExactly("munitions", "munitions");
        assertThat(claims.get(1).quantity().wholeLow()).isEqualTo(4_000_000L);
    }

    @Test
    void countsAPartOfAFigureAsTheFigureDoes() {
        List<Claim> claims = claims("Russian figures show 13,221 North Koreans entered Russia in 2024, including nearly"
                + " 8,000 on student visas.");

        assertThat(claims).extracting(Claim::metric).containsExactly("personnel", "personnel");
        assertThat(claims.get(1).quantity().wholeLow()).isEqualTo(8_000L);
    }

    @Test
    void readsSoldiersWhoAbandonedTheirPositionsAsDeserters() {
        Claim claim = claims("Russia is searching for at least 8 North Koreans who abandoned their positions overnight.").get(0);

        assertThat(claim.metric()).isEqualTo("deserters");
    }

    @Test
    void givesTheItemsOfAListToWhoeverTheListBelongsTo() {
        List<Claim> claims = claims("North Korean troops fought near Sudzha this week.",
                "Russian forces lost 1,260 personnel, 14 tanks, and 38 artillery systems, the General Staff said.");

        assertThat(claims).isEmpty();
    }

    @Test
    void givesAnItemThatNamesAnotherPartyToThatParty() {
        List<Claim> claims = claims(
                "At least 47 North Korean soldiers and 24 Russian soldiers were killed, and seven North Korean soldiers were captured, Kyiv said.");

        assertThat(claims).extracting((claim) -> claim.quantity().wholeLow()).containsExactly(47L, 7L);
    }

    @Test
    void takesNoHistoryFromBeforeTheTemplatesPeriod() {
        List<Claim> claims = claims("In June 1950 about 135,000 North Korean troops crossed the 38th parallel.",
                "Pyongyang has now sent about 11,000 North Korean troops to Kursk.");

        assertThat(claims).singleElement().satisfies((claim) -> assertThat(claim.quantity().wholeLow()).isEqualTo(11_000L));
    }

    @Test
    void takesNoCurrencysCountryForAnotherActor() {
        List<Claim> claims = claims("The deal could be worth 500 million US dollars a year to North Korea.");

        assertThat(claims).singleElement().satisfies((claim) -> assertThat(claim.metric()).isEqualTo("payment"));
    }

    @Test
    void mergesRepeatedMentionsOfOneFigure() {
        List<Claim> claims = claims("North Korea intends to send 300-500 men, Daily NK reported.",
                "Journalists write that the DPRK intends to send 300-500 men to Ukraine.");

        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).mentions()).hasSize(2);
        assertThat(claims.get(0).source()).isEqualTo("Daily NK");
    }
}
