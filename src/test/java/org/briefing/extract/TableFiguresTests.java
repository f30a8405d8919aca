package org.briefing.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.briefing.TestTemplates;
import org.briefing.domain.Article;
import org.briefing.domain.Claim;
import org.briefing.domain.Modality;
import org.briefing.domain.Qualifier;
import org.briefing.ingest.ArticleIngestor;
import org.briefing.ingest.IngestResult;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Figures in Markdown and HTML tables, read by their columns. */
class TableFiguresTests {

    @TempDir
    Path folder;

    private final ClaimExtractor extractor = new ClaimExtractor(TestTemplates.dprkRussia());

    private Article ingest(String name, String text) throws IOException {
        Path file = Files.write(this.folder.resolve(name), text.getBytes(StandardCharsets.UTF_8));
        IngestResult result = new ArticleIngestor(this.folder, 10_000_000, TestTemplates.dprkRussia()).ingest(file);
        assertThat(result).isInstanceOf(IngestResult.Ingested.class);
        return ((IngestResult.Ingested) result).article();
    }

    private List<Claim> markdown(String body) throws IOException {
        return this.extractor.extract(ingest("a.md", "---\ntitle: Troops\npublished: 2024-12-20\n---\n" + body));
    }

    /** "metric low..high", "metric low..high kind" when there is a kind. */
    private static List<String> figures(List<Claim> claims) {
        return claims.stream()
            .map((c) -> c.metric() + " " + c.quantity().wholeLow() + ".." + c.quantity().wholeHigh()
                    + ((c.kind() == null || c.kind().equals(c.metric())) ? "" : " " + c.kind()))
            .toList();
    }

    @Nested
    class Markdown {

        @Test
        void readsEachFigureOfARowWithTheMetricOfItsColumnAndQuotesTheRow() throws IOException {
            Article article = ingest("a.md", """
                    # North Korean losses

                    North Korea has sent its soldiers to fight for Russia in Kursk.

                    | Region | Killed | Wounded | Note |
                    | --- | ---: | ---: | --- |
                    | Kursk | 300 | 2,700 | heavy fighting |
                    """);

            List<Claim> claims = TableFiguresTests.this.extractor.extract(article);

            assertThat(figures(claims)).containsExactly("casualties 300..300 killed", "casualties 2700..2700 wounded");
            Claim claim = claims.get(0);
            assertThat(claim.quote()).isEqualTo("| Kursk | 300 | 2,700 | heavy fighting |");
            assertThat(article.slice(claim.start(), claim.end())).isEqualTo(claim.quote());
            assertThat(claim.rule()).startsWith("table:column 'Killed' | figure:digits | metric:");
        }

        @Test
        void takesTheMetricFromTheHeadingAboveWhenTheColumnNamesNoCountedNoun() throws IOException {
            List<Claim> claims = markdown("""
                    # North Korean troops in Russia

                    Figures as of 1 December 2024.

                    | Region | Deployed | Registered |
                    | --- | --- | --- |
                    | Kursk | 11,000 | 9,500 |
                    """);

            assertThat(figures(claims)).containsExactly("personnel 11000..11000", "personnel 9500..9500");
            assertThat(claims.get(0).status()).isEqualTo("deployed");
            assertThat(claims.get(0).rule()).startsWith("table:caption 'North Korean troops in Russia'");
            assertThat(claims.get(0).asOf()).hasToString("2024-12-01");
        }

        @Test
        void ignoresACellWhoseColumnNamesNoMetricWhenNothingAboveDoes() throws IOException {
            List<Claim> claims = markdown("""
                    # What the imagery shows

                    Satellite images show North Korean ships at the port of Rajin, analysts said on Monday.

                    | Vessel | Port calls | Troops aboard |
                    | --- | --- | --- |
                    | Angara | 11 | 500 |
                    """);

            assertThat(figures(claims)).containsExactly("personnel 500..500");
        }

        @Test
        void skipsColumnsOfYearsSharesChangesAndRanks() throws IOException {
            List<Claim> claims = markdown("""
                    # North Korean troops

                    North Korea has sent troops to Russia since October.

                    | Rank | Year | Troops | Share of troops | Change | HS code |
                    | --- | --- | --- | --- | --- | --- |
                    | 1 | 2024 | 11,000 | 12 | +3,000 | 9301 |
                    """);

            assertThat(figures(claims)).containsExactly("personnel 11000..11000");
            assertThat(claims.get(0).asOf()).hasToString("2024");
        }

        @Test
        void skipsColumnsNamedByWhatTheyCompareWith() throws IOException {
            List<Claim> claims = markdown("""
                    # North Korean troops

                    North Korea has sent troops to Russia since October.

                    | Region | Troops | vs Jan | w/w | YoY |
                    | --- | --- | --- | --- | --- |
                    | Kursk | 11,000 | 3,000 | 1,000 | 9,000 |
                    """);

            assertThat(figures(claims)).containsExactly("personnel 11000..11000");
        }

        @Test
        void takesTheMoneyUnitOfTheCaptionForAColumnWhoseHeaderGivesNone() throws IOException {
            List<Claim> claims = markdown("""
                    # What Russia pays North Korea ($ a month)

                    North Korea has sent troops to Russia since October.

                    | Group | Pay |
                    | --- | --- |
                    | Soldiers | 2,000 |
                    """);

            assertThat(claims).singleElement().satisfies((claim) -> {
                assertThat(claim.metric()).isEqualTo("payment");
                assertThat(claim.quantity().currency()).isEqualTo("USD");
                assertThat(claim.quantity().per()).isEqualTo("month");
            });
        }

        @Test
        void readsRangesHedgesVagueQuantitiesAndMoneyButNotPlaceholders() throws IOException {
            List<Claim> claims = markdown("""
                    # North Korean troops

                    North Korea has sent troops and workers to Russia.

                    | Unit | Troops | Workers | Wages paid |
                    | --- | --- | --- | --- |
                    | A | 3,000–5,000 | 1,000 or more | $20 million |
                    | B | about 300 | hundreds | n/a |
                    | C | not published | – | — |
                    """);

            assertThat(figures(claims)).containsExactly("personnel 3000..5000", "personnel 1000..null",
                    "payment 20000000..20000000", "personnel 300..300", "personnel 200..999");
            assertThat(claims).extracting((c) -> c.quantity().qualifier())
                .containsExactly(Qualifier.RANGE, Qualifier.AT_LEAST, Qualifier.EXACT, Qualifier.APPROX, Qualifier.VAGUE);
            assertThat(claims.get(2).quantity().currency()).isEqualTo("USD");
        }

        @Test
        void callsAColumnHeadedAsAnEstimateAnEstimate() throws IOException {
            List<Claim> claims = markdown("""
                    # North Korean troops

                    North Korea has sent troops to Russia.

                    | Region | Reported troops | Our estimate of troops | Troops (est.) |
                    | --- | --- | --- | --- |
                    | Kursk | 11,000 | 12,000 | 13,000 |
                    """);

            assertThat(claims).extracting(Claim::modality)
                .containsExactly(Modality.REPORTED, Modality.ESTIMATE, Modality.ESTIMATE);
        }

        @Test
        void isTheSameClaimAsTheSentenceThatGivesTheSameFigure() throws IOException {
            List<Claim> claims = markdown("""
                    # North Korean troops

                    North Korea has sent between 3,000 and 5,000 troops to Kursk, by our estimate.

                    | Region | Troops |
                    | --- | --- |
                    | Kursk | 3,000–5,000 |
                    """);

            assertThat(figures(claims)).containsExactly("personnel 3000..5000");
            assertThat(claims.get(0).mentions()).hasSize(2);
        }
    }

    @Nested
    class Subject {

        @Test
        void readsARowWhoseLabelNamesTheSubjectAndNotOneThatNamesAnotherActor() throws IOException {
            List<Claim> claims = markdown("""
                    # Losses in Kursk

                    Fighting in Kursk has been heavy since the autumn.

                    | Army | Soldiers killed |
                    | --- | --- |
                    | North Korea | 300 |
                    | Russia | 1,200 |
                    | Other | 50 |
                    """);

            assertThat(figures(claims)).containsExactly("casualties 300..300 killed");
        }

        @Test
        void readsATableInAnArticleAboutTheSubjectAsItsSentencesAreRead() throws IOException {
            List<Claim> claims = markdown("""
                    # North Korea's second deployment

                    North Korea has sent builders to Kursk. North Korea's sappers came first.

                    ## Volume

                    The table gives the monthly totals.

                    | Month | Builders sent |
                    | --- | --- |
                    | July 2025 | 1,000 |
                    | Russia | 700 |
                    """);

            assertThat(figures(claims)).containsExactly("personnel 1000..1000");
        }

        @Test
        void readsATableAboutTheSubjectWhenTheParagraphBeforeItNamesIt() throws IOException {
            List<Claim> claims = markdown("""
                    # Losses in Kursk

                    The table counts the losses of North Korea's units.

                    | Unit | Soldiers killed |
                    | --- | --- |
                    | 11th Corps | 300 |

                    ## Elsewhere

                    Drone strikes hit Kharkiv and Odesa overnight.

                    | City | Soldiers killed |
                    | --- | --- |
                    | Kharkiv | 12 |
                    """);

            assertThat(figures(claims)).containsExactly("casualties 300..300 killed");
        }
    }

    @Nested
    class Attribution {

        @Test
        void aSourceColumnNamesEachRowsSource() throws IOException {
            List<Claim> claims = markdown("""
                    # North Korea's deployment

                    North Korea's troops in Russia, by phase.

                    | Phase | Personnel (est.) | Source |
                    |---|---|---|
                    | North Korean combat troops, first wave | 11,000-12,000 | NIS |
                    | North Korean workers at Alabuga | ~2,000 | Yonhap |
                    | North Korean builders | 5,000 | Shoigu, NIS |
                    """);

            assertThat(claims).extracting((c) -> c.quantity().wholeLow() + " " + c.source())
                .containsExactly("11000 National Intelligence Service (South Korea)", "2000 Yonhap", "5000 null");
        }

        @Test
        void aColumnHeadedWhoSaysSoNamesEachRowsSourceWithoutHowItSpoke() throws IOException {
            List<Claim> claims = markdown("""
                    # North Korea's deployment

                    North Korea's troops in Russia, by phase.

                    | Phase | Personnel (est.) | Who says so |
                    |---|---|---|
                    | North Korean combat troops, first wave | 11,000-12,000 | NIS, to lawmakers |
                    | North Korean workers at Alabuga | ~2,000 | Yonhap |
                    """);

            // before: "Who says so" was no source column, and "NIS, to lawmakers" read as two names
            assertThat(claims).extracting((c) -> c.quantity().wholeLow() + " " + c.source())
                .containsExactly("11000 National Intelligence Service (South Korea)", "2000 Yonhap");
        }

        @Test
        void aCreditLineNamingTheSourcesDocumentsAndHowTheyWereReadNamesTheSource() throws IOException {
            List<Claim> claims = markdown("""
                    # North Korea's deployment

                    North Korea's troops in Russia, by phase.

                    | Phase | North Korean troops |
                    |---|---:|
                    | First wave | 11,000 |

                    *Source: NIS morning statements on Telegram, as first published (later revisions are not applied).*
                    """);

            // before: the bracket ended no credit, and the documents and the platform were read as the name
            assertThat(claims).extracting(Claim::source).containsExactly("National Intelligence Service (South Korea)");
        }

        @Test
        void aCaptionCreditingTheFiguresToTheirOwnersNamesTheFirstOwner() throws IOException {
            List<Claim> claims = markdown("""
                    # North Korea's deployment

                    North Korea's troops in Russia, by region.

                    Table 1: NIS and HUR figures as of 13 August 2025

                    | Region | North Korean troops |
                    |---|---:|
                    | Kursk | 11,000 |
                    """);

            // before: a caption naming two owners credited neither, and the row was left to the publisher
            assertThat(claims).extracting(Claim::source).containsExactly("National Intelligence Service (South Korea)");
        }

        @Test
        void aRowRepeatingAFigureOfTheTextIsTheTextsClaimFromItsSource() throws IOException {
            List<Claim> claims = markdown("""
                    # North Korea's deployment

                    Ukraine's military intelligence says 3,000 North Korean troops arrived in the second wave.

                    | Phase | North Korean troops |
                    |---|---:|
                    | First wave | 11,000 |
                    | Second wave | 3,000 |

                    *Source: NIS.*
                    """);

            // before: the row's credit (NIS) and the sentence's speaker (HUR) made two claims of one figure
            assertThat(claims).extracting((c) -> c.quantity().wholeLow() + " " + c.source())
                .containsExactly("3000 Defence Intelligence of Ukraine (HUR)", "11000 National Intelligence Service (South Korea)");
        }

        @Test
        void aDonorColumnNamesWhoseEachRowIs() throws IOException {
            List<Claim> claims = markdown("""
                    # What North Korea is paid

                    What Russia pays North Korea for its troops, by payer.

                    | Donor | Payment to North Korea | Announced |
                    |---|---|---|
                    | NIS | $20 million | 8 April |
                    """);

            // before: the label column was only the row's name
            assertThat(claims).extracting(Claim::source).containsExactly("National Intelligence Service (South Korea)");
        }

        @Test
        void aColumnOfOneSourcesDocumentsNamesTheSourceOfEveryRow() throws IOException {
            List<Claim> claims = markdown("""
                    # North Korea's deployment

                    What the briefings said about North Korea's troops.

                    | NIS briefing | Date | North Korean troops in Russia |
                    |---|---|---|
                    | Autumn | 18 Oct 2024 | 11,000 |
                    | Winter | 13 Feb 2025 | 15,000 |
                    """);

            assertThat(claims).extracting((c) -> c.quantity().wholeLow() + " " + c.source())
                .containsExactly("11000 National Intelligence Service (South Korea)", "15000 National Intelligence Service (South Korea)");
        }

        @Test
        void aSourceListNamesOneSourceBesideTheOutletsOwnWorkAndNoneBesideAnother() throws IOException {
            String table = """
                    # North Korea's deployment

                    North Korea's troops in Russia, by phase.

                    | Phase | Personnel (est.) |
                    |---|---|
                    | North Korean combat troops, first wave | 11,000 |

                    *Sources: %s*
                    """;

            assertThat(markdown(table.formatted("NIS; Example News compilation."))).extracting(Claim::source)
                .containsExactly("National Intelligence Service (South Korea)");
            assertThat(markdown(table.formatted("NIS briefings; MSMT report; interviews."))).extracting(Claim::source)
                .containsOnlyNulls();
        }

        @Test
        void aTableTheParagraphBeforeCallsTheOutletsOwnEstimateIsTheOutlets() throws IOException {
            List<Claim> claims = markdown("""
                    # North Korea's deployment

                    According to Yonhap, citing the NIS, North Korea has sent troops to Russia in several phases.

                    Table 1 sets out our estimate. Rows are rounded.

                    | Phase | Personnel (est.) |
                    |---|---|
                    | North Korean combat troops, first wave | 11,000 |
                    """);

            assertThat(claims).extracting(Claim::source).containsOnlyNulls();
        }

        @Test
        void attributesARowAsASentenceInItsPlaceThatNamesNoSpeaker() throws IOException {
            String opening = """
                    # North Korean troops

                    North Korea has sent 11,000 troops to Russia, according to Yonhap.

                    Shin Won-sik said on Monday that the troops were fighting in Kursk.

                    """;
            List<Claim> table = markdown(opening + "| Region | North Korean soldiers killed |\n| --- | --- |\n| Kursk | 300 |\n");
            List<Claim> sentence = markdown(opening + "In Kursk, 300 North Korean soldiers were killed.\n");

            Claim fromTable = table.get(table.size() - 1);
            Claim fromSentence = sentence.get(sentence.size() - 1);
            assertThat(fromTable.quote()).isEqualTo("| Kursk | 300 |");
            assertThat(fromSentence.quantity().wholeLow()).isEqualTo(300L);
            assertThat(fromTable.source()).isEqualTo(fromSentence.source()).isEqualTo("Yonhap");
            assertThat(fromTable.via()).isEqualTo(fromSentence.via());
            assertThat(fromTable.rule()).contains("| attribution:upstream");
        }
    }

    @Nested
    class Html {

        @Test
        void readsAnHtmlTableWithItsCaptionAndHeaderCells() throws IOException {
            Article article = ingest("a.html", """
                    <html><head><meta property="og:site_name" content="Example News"></head><body><article>
                    <h1>North Korea's war in Kursk</h1>
                    <p>North Korea has sent its army to fight for Russia, officials in Seoul say.</p>
                    <table><caption>North Korean troops by region</caption>
                    <thead><tr><th>Region</th><th>Deployed</th><th>Killed</th><th>Share</th></tr></thead>
                    <tbody><tr><th>Kursk</th><td><b>11,000</b></td><td>about 300</td><td>3%</td></tr>
                    <tr><td>Donetsk</td><td>n/a</td><td>at least 40</td><td>1%</td></tr></tbody></table>
                    <p>The figures could not be confirmed independently.</p>
                    </article></body></html>""");

            List<Claim> claims = TableFiguresTests.this.extractor.extract(article);

            assertThat(figures(claims)).containsExactly("personnel 11000..11000", "casualties 300..300 killed",
                    "casualties 40..null killed");
            assertThat(claims.get(0).quote()).isEqualTo("| Kursk | 11,000 | about 300 | 3% |");
            assertThat(claims).allMatch((c) -> article.slice(c.start(), c.end()).equals(c.quote()));
            assertThat(claims.get(0).rule()).startsWith("table:caption 'North Korean troops by region'");
        }

        @Test
        void readsAColumnsCurrencyAndScaleFromItsHeader() throws IOException {
            Article article = ingest("a.html", """
                    <html><body><article><h1>What Pyongyang earns</h1>
                    <p>North Korea is paid for the workers it sends to Russia.</p>
                    <table><thead><tr><th>Year</th><th>Payments (US$ m)</th><th>Wages, EUR thousand</th><th>Workers</th></tr></thead>
                    <tbody><tr><td>2024</td><td>718</td><td>95</td><td>1,200</td></tr></tbody></table>
                    </article></body></html>""");

            List<Claim> claims = TableFiguresTests.this.extractor.extract(article);

            assertThat(figures(claims)).containsExactly("payment 718000000..718000000", "payment 95000..95000",
                    "personnel 1200..1200");
            assertThat(claims).extracting((c) -> c.quantity().currency()).containsExactly("USD", "EUR", null);
        }

        @Test
        void readsAColumnOfCountsScaledByItsHeader() throws IOException {
            Article article = ingest("a.html", """
                    <html><body><article><h1>Workers abroad</h1>
                    <p>North Korea sends workers to Russia.</p>
                    <table><thead><tr><th>Year</th><th>Workers (thousands)</th><th>Shells (in millions)</th></tr></thead>
                    <tbody><tr><td>2024</td><td>3.5</td><td>9 to 10</td></tr></tbody></table>
                    </article></body></html>""");

            List<Claim> claims = TableFiguresTests.this.extractor.extract(article);

            assertThat(figures(claims)).containsExactly("personnel 3500..3500", "munitions 9000000..10000000");
        }

        @Test
        void readsAScaleForCountsOnlyAloneInAHeadersParentheses() {
            assertThat(TableFigures.countScaleOf("Workers (thousands)")).isEqualTo("# thousand");
            assertThat(TableFigures.countScaleOf("Troops ('000)")).isEqualTo("# thousand");
            assertThat(TableFigures.countScaleOf("Shells (in millions)")).isEqualTo("# million");
            assertThat(TableFigures.countScaleOf("Length (m)")).isNull();
            assertThat(TableFigures.countScaleOf("Thousands of workers")).isNull();
        }

        @Test
        void readsNoMoneyUnitFromAHeaderWithoutACurrency() {
            assertThat(TableFigures.moneyUnitOf("Revenue (US$ m)")).isEqualTo("US$# million");
            assertThat(TableFigures.moneyUnitOf("Cost ($bn)")).isEqualTo("$# billion");
            assertThat(TableFigures.moneyUnitOf("Value, EUR million")).isEqualTo("EUR # million");
            assertThat(TableFigures.moneyUnitOf("Promised wage (rubles a month)")).isEqualTo("RUB #");
            assertThat(TableFigures.moneyUnitOf("Aid (million euros)")).isEqualTo("EUR # million");
            assertThat(TableFigures.moneyUnitOf("Length (m)")).isNull();
            assertThat(TableFigures.moneyUnitOf("Ships (USA)")).isNull();
            assertThat(TableFigures.moneyUnitOf("Troops")).isNull();
        }

        @Test
        void readsWhoseRecordTheParagraphThatIntroducesTheTableNames() throws IOException {
            Article article = ingest("a.md", "# North Korea's war in Kursk\n\nNorth Korea has sent its army to fight for Russia.\n\n"
                    + "The National Intelligence Service's first report, published in May 2025, gave the baseline against which "
                    + "our counts should be read:\n\n| Region | Troops deployed |\n|---|---|\n| Kursk | 11,000 |\n");

            assertThat(TableFiguresTests.this.extractor.extract(article)).extracting(Claim::source)
                .containsExactly("National Intelligence Service (South Korea)");
        }

        @Test
        void readsACreditWithoutTheDateOrPlaceAfterItsComma() throws IOException {
            Article dated = ingest("a.md", "# North Korea's war in Kursk\n\nNorth Korea has sent its army to fight for Russia.\n\n"
                    + "| Region | Troops deployed |\n|---|---|\n| Kursk | 11,000 |\n\n"
                    + "*Source: National Intelligence Service, 30 September 2025. Other regions not shown.*\n");
            Article placed = ingest("b.md", "# North Korea's war in Kursk\n\nNorth Korea has sent its army to fight for Russia.\n\n"
                    + "| Region | Troops deployed |\n|---|---|\n| Kursk | 11,000 |\n\n"
                    + "*Source: National Intelligence Service, Naegok-dong. Other regions not shown.*\n");

            assertThat(TableFiguresTests.this.extractor.extract(dated)).extracting(Claim::source)
                .containsExactly("National Intelligence Service (South Korea)");
            assertThat(TableFiguresTests.this.extractor.extract(placed)).extracting(Claim::source)
                .containsExactly("National Intelligence Service (South Korea)");
        }

        @Test
        void readsTheCreditAtTheEndOfALongCaptionWhole() throws IOException {
            Article article = ingest("a.html", """
                    <html><head><meta property="og:site_name" content="Example News"></head><body><article>
                    <h1>North Korea's war in Kursk</h1>
                    <p>North Korea has sent its army to fight for Russia.</p>
                    <table><caption>Table 1. North Korean troops deployed to Russia's Kursk region and to the occupied
                    parts of Ukraine, by region, cumulative at the end of each period. Source: National Intelligence Service</caption>
                    <thead><tr><th>Region</th><th>Deployed</th></tr></thead>
                    <tbody><tr><td>Kursk</td><td>11,000</td></tr></tbody></table>
                    </article></body></html>""");

            List<Claim> claims = TableFiguresTests.this.extractor.extract(article);

            assertThat(claims).extracting(Claim::source).containsExactly("National Intelligence Service (South Korea)");
        }

        @Test
        void givesTheCellsToTheSourceTheCaptionNames() throws IOException {
            Article article = ingest("a.html", """
                    <html><head><meta property="og:site_name" content="Example News"></head><body><article>
                    <h1>North Korea's war in Kursk</h1>
                    <p>North Korea has sent its army to fight for Russia.</p>
                    <table><caption>North Korean troops by region (source: National Intelligence Service)</caption>
                    <thead><tr><th>Region</th><th>Deployed</th></tr></thead>
                    <tbody><tr><td>Kursk</td><td>11,000</td></tr></tbody></table>
                    <table><caption>North Korean troops (sources: Yonhap, NIS)</caption>
                    <thead><tr><th>Region</th><th>Deployed</th></tr></thead>
                    <tbody><tr><td>Donetsk</td><td>1,000</td></tr></tbody></table>
                    </article></body></html>""");

            List<Claim> claims = TableFiguresTests.this.extractor.extract(article);

            assertThat(figures(claims)).containsExactly("personnel 11000..11000", "personnel 1000..1000");
            assertThat(claims.get(0).source()).isEqualTo("National Intelligence Service (South Korea)");
            assertThat(claims.get(0).via()).containsExactly("Example News");
            assertThat(claims.get(1).source()).as("two sources named: neither is given the cells").isNull();
        }

        @Test
        void takesTheFirstRowOfWordsForTheHeaderOfATableWithoutOne() throws IOException {
            Article article = ingest("a.html", """
                    <html><body><article><h1>North Korea's war</h1>
                    <p>North Korea has sent its army to fight for Russia, officials in Seoul say.</p>
                    <table><tr><td>Region</td><td>Troops</td><td>Year</td></tr>
                    <tr><td>Kursk</td><td>11,000</td><td>2024</td></tr></table>
                    </article></body></html>""");

            assertThat(figures(TableFiguresTests.this.extractor.extract(article))).containsExactly("personnel 11000..11000");
        }
    }

    @Nested
    class Hostile {

        @Test
        void readsATableWithoutAHeaderByItsCaptionOnly() throws IOException {
            Article article = ingest("a.html", """
                    <html><body><article><h1>North Korea's war</h1>
                    <p>North Korea has sent its army to fight for Russia, officials in Seoul say.</p>
                    <table><caption>North Korean troops by region</caption>
                    <tr><td>Kursk</td><td>11,000</td><td>12 %</td></tr><tr><td>Donetsk</td><td>500</td></tr></table>
                    </article></body></html>""");

            List<Claim> claims = TableFiguresTests.this.extractor.extract(article);

            assertThat(figures(claims)).containsExactly("personnel 11000..11000", "personnel 500..500");
            assertThat(claims.get(1).quote()).isEqualTo("| Donetsk | 500 |");
        }

        @Test
        void readsAHugeRaggedTableInBoundedTimeWithinTheFigureBudget() throws IOException {
            StringBuilder body = new StringBuilder("# North Korean troops\n\nNorth Korea has sent troops to Russia.\n\n");
            body.append("| Unit | Troops | Killed |\n| --- | --- | --- |\n");
            for (int i = 0; i < 10_000; i++) {
                body.append(switch (i % 4) {
                    case 0 -> "| Unit " + i + " | " + (1000 + i) + " | " + i + " |\n";
                    case 1 -> "| Unit " + i + " |\n";
                    case 2 -> "| Unit | " + i + " | " + i + " | " + i + " | " + i + " |\n";
                    default -> "|" + "|".repeat(i % 100) + "\n";
                });
            }
            body.append("\nNo header | here | at all\n\n| a | b |\n| 1 | 2 |\n\nNorth Korea sent 1,500 troops | the NIS said.\n");
            Article article = ingest("a.md", body.toString());

            List<Claim> claims = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> TableFiguresTests.this.extractor.extract(article));

            assertThat(claims).anyMatch((c) -> c.quote().startsWith("| Unit 0 | 1000 | 0 |"));
            assertThat(claims.size()).isLessThanOrEqualTo(ClaimExtractor.MAX_FIGURES);
            assertThat(claims).allMatch((c) -> article.slice(c.start(), c.end()).equals(c.quote()));
        }

        @Test
        void readsTheNextTableAfterAnOddOne() {
            String[] tables = { "| |\n| --- |\n| |", "|||\n|-|-|\n|||", "| a | b |\n| --- | --- |\n" + "| 1 ".repeat(5_000),
                    "| Troops | Troops |\n| :-: | :-: |\n| \\| 1 \\| | `2 | 3` |", "| a |\n| --- |\n| North Korea 1e400 troops |",
                    "| Troops |\n| --- |\n| " + "9".repeat(400) + " |", "| x | y |\n| --- | --- |\n" + "| x ".repeat(70) + "|" };
            for (String table : tables) {
                assertThatCode(() -> {
                    List<Claim> claims = assertTimeoutPreemptively(Duration.ofSeconds(20),
                            () -> markdown("# North Korean troops\n\nNorth Korea has sent troops to Russia.\n\n" + table
                                    + "\n\n| Region | North Korean troops |\n| --- | --- |\n| Kursk | 11,000 |\n"));
                    assertThat(claims).anyMatch((c) -> c.quote().equals("| Kursk | 11,000 |"));
                }).as(table).doesNotThrowAnyException();
            }
        }
    }
}
