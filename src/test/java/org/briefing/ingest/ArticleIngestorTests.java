package org.briefing.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.briefing.TestTemplates;
import org.briefing.domain.Article;
import org.briefing.domain.Block;
import org.briefing.domain.BlockKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleIngestorTests {

    @TempDir
    Path folder;

    private IngestResult ingest(String name, byte[] bytes) throws IOException {
        Path file = Files.write(this.folder.resolve(name), bytes);
        return new ArticleIngestor(this.folder, 100_000, TestTemplates.dprkRussia()).ingest(file);
    }

    private Article article(String name, String text) throws IOException {
        IngestResult result = ingest(name, text.getBytes(StandardCharsets.UTF_8));
        assertThat(result).isInstanceOf(IngestResult.Ingested.class);
        return ((IngestResult.Ingested) result).article();
    }

    private static String boilerplateText(Article article) {
        StringBuilder text = new StringBuilder();
        for (Block block : article.blocks()) {
            if (block.isBoilerplate()) {
                text.append(article.slice(block.start(), block.end())).append('\n');
            }
        }
        return text.toString();
    }

    @Test
    void identifiesArticleBySha256OfItsBytes() throws IOException {
        Article article = article("a.txt", "Title\n\nNorth Korea sent 1,000 troops, officials said.\n");

        assertThat(article.id()).hasSize(64).isEqualTo(ArticleIngestor.id("Title\n\nNorth Korea sent 1,000 troops, officials said.\n"
            .getBytes(StandardCharsets.UTF_8), new byte[0]));
        assertThat(article.title()).isEqualTo("Title");
    }

    @Nested
    class Boilerplate {

        @Test
        void setsAsideEverythingAfterACopyrightLine() throws IOException {
            Article article = article("a.txt", "Title\n\nBody text of the story, which is long enough.\n\n(C)UNIAN 2023\n\n"
                    + "• Great article, 500 likes!\n\nEnter comments here:\n");

            assertThat(boilerplateText(article)).contains("(C)UNIAN 2023", "500 likes", "Enter comments here");
            assertThat(article.publisher()).isEqualTo("UNIAN");
        }

        @Test
        void setsAsideAWireUpdateNoteWithTheFigureItReplaced() throws IOException {
            Article article = article("a.txt", "Title\n\nBody text of the story, which is long enough.\n\n"
                    + "(Updates with ministry comment in fifth paragraph. A previous version said 3,000 troops.)\n\n"
                    + "An earlier version of this story misstated the number of brigades.\n\n"
                    + "Correction, May 21, 2025: An earlier version of this article said 1,800 troops had arrived.\n");

            assertThat(boilerplateText(article)).contains("A previous version said 3,000 troops", "misstated the number",
                    "said 1,800 troops");
        }

        @Test
        void setsAsideBlocksInAnotherScript() throws IOException {
            Article article = article("a.txt", "Title\n\nNorth Korea sent troops to Russia, the ministry said on Monday.\n\n"
                    + "Росія заборонила в'їзд 99 громадянам Канади.\n\nMore English text follows here, as the story goes on.\n");

            assertThat(boilerplateText(article)).contains("99 громадянам").doesNotContain("More English");
        }

        @Test
        void setsAsideCaptionsCountersAndCommentForms() throws IOException {
            Article article = article("a.txt", "Title\n\nIn this photo provided by the government, soldiers march in…\n\n"
                    + "Story text that matters to the reader, with a full stop.\n\nVisited 1 times, 1 visit(s) today\n\n"
                    + "Your email address will not be published. Required fields are marked *\n");

            assertThat(boilerplateText(article)).contains("In this photo", "Visited 1 times", "email address")
                .doesNotContain("Story text");
        }

        @Test
        void setsAsideRelatedLinksAtTheEnd() throws IOException {
            Article article = article("a.txt", "Title\n\nA long story paragraph about North Korea and Russia, with detail.\n\n"
                    + "Another long story paragraph about the deployment of troops to Kursk.\n\nRELATED\n\n"
                    + "Another story: 5,000 troops elsewhere\n\nLoad Next Story\n");

            assertThat(boilerplateText(article)).contains("5,000 troops elsewhere").doesNotContain("Kursk");
        }
    }

    @Nested
    class Publisher {

        @Test
        void readsTheCreditOfADatelineWithSeveralCities() throws IOException {
            Article article = article("a.txt", "Headline\n\nSEOUL/TOKYO, May 2 (Yonhap) - North Korea sent troops.\n");

            assertThat(article.publisher()).isEqualTo("Yonhap");
        }

        @Test
        void readsTheOutletsNoteOnItselfUnderAnAnalysis() throws IOException {
            Article analysis = article("a.txt", "The bill\n\nBy Tomas Lindqvist\n\nNorth Korea sent 11,000 troops.\n\n"
                    + "Tomas Lindqvist is a senior fellow at an institute. The Kyiv Independent publishes independent analysis on the war.\n");
            Article unknown = article("b.txt", "The bill\n\nNorth Korea sent 11,000 troops.\n\n"
                    + "Tomas Lindqvist is a fellow. Some Institute publishes research on security.\n");

            // before: no publisher, so no figure of the piece was relayed by it
            assertThat(analysis.publisher()).isEqualTo("Kyiv Independent");
            assertThat(analysis.publisherBasis()).startsWith("the outlet's note on itself");
            // a name the registry does not know as an outlet is no publisher by this note
            assertThat(unknown.publisher()).isNull();
        }

        @Test
        void readsAGovernmentPagesFromLineAndNotItsCrownCopyright() throws IOException {
            Article release = article("a.txt", "Press release\n\nFirst return under the pilot\n\nFrom: Home Office\n"
                    + "Published 18 September 2025\n\nThe first person was returned this morning.\n\n© Crown copyright\n");
            Article licence = article("b.txt", "Headline\n\nThe first person was returned this morning.\n\n© Crown copyright\n");

            assertThat(release.publisher()).isEqualTo("Home Office");
            assertThat(licence.publisher()).isNull();
        }

        @Test
        void aStaffBylineOpensItsLineOrEndsACreditButIsNoPartOfASentence() throws IOException {
            Article declaration = article("a.txt", "Headline\n\n2. I make this declaration on information provided to me by "
                    + "Department staff in the course of my duties.\n");
            Article digest = article("b.txt", "Headline\n\nCompiled and translated from Ukrainian by the Eastern Flank Monitor desk. "
                    + "Times are Kyiv time.\n\nThe channels posted 40 times.\n");

            assertThat(declaration.publisher()).isNull();
            assertThat(digest.publisher()).isEqualTo("Eastern Flank Monitor");
        }

        @Test
        void aCreditedNameEndsWithItsSentence() throws IOException {
            Article record = article("a.txt", "Hearing\n\nUnofficial transcript prepared by Capitol Record Transcripts. Not "
                    + "checked against the official record.\n\nCHAIR: Welcome.\n");

            assertThat(record.publisher()).isEqualTo("Capitol Record Transcripts");
        }

        @Test
        void readsAStaffByline() throws IOException {
            Article article = article("a.txt", "Headline\n\nBy China Daily staff writers\n\nTrade grew last year.\n");

            assertThat(article.publisher()).isEqualTo("China Daily");
        }

        @Test
        void aNewsletterIsPublishedByItsSenderAndDatedByItsMailHeader() throws IOException {
            Article newsletter = article("a.txt", "From: The Continental Desk <cities@continentaldesk.example>\n"
                    + "To: reader@mailbox.example\nSubject: Venice counts its day-trippers, Amsterdam heads for the ceiling\n"
                    + "Date: Tue, 29 Jul 2025 06:45:12 +0200\nMessage-ID: <20250729044512.83651@mail.continentaldesk.example>\n\n"
                    + "Good morning,\n\nVenice says 702,000 visitors paid its fee on 1 August.\n");

            assertThat(newsletter.publisher()).isEqualTo("The Continental Desk");
            assertThat(newsletter.published()).hasToString("2025-07-29");
        }

        @Test
        void aDatelineThatGivesItsYearDatesTheStory() throws IOException {
            Article wire = article("a.txt", "Seoul says troops rotated\n\nBy Baek Hyun-joo\n\n"
                    + "SEOUL, Feb 12, 2026 (AFP) - North Korea sent 4,000 troops, the spy agency said, before a drill planned for August 2026.\n");
            Article placed = article("b.txt", "Rivers rise\n\nLAHORE, Pakistan, Aug 28 (Reuters) - Floods killed 22 people in 2025, "
                    + "officials said.\n");

            assertThat(wire.published()).hasToString("2026-02-12");
            assertThat(placed.published()).hasToString("2025-08-28");
        }

        @Test
        void aWrittenAnswerIsDatedByItsAnswerNotItsQuestion() throws IOException {
            Article answer = article("a.txt", "UK Parliament\nWritten questions, answers and statements\n\nObesity: Tirzepatide\n\n"
                    + "UIN 106372, tabled on 8 January 2026\n\nAsked by Rachel Ashdown\n\n"
                    + "To ask the Secretary of State for Health and Social Care, how many patients have started treatment with "
                    + "tirzepatide since 23 June 2025.\n\nHolding answer received on 15 January 2026\n\nAnswered on 21 January 2026\n\n"
                    + "About 220,000 patients will be treated by 2028.\n");

            assertThat(answer.published()).hasToString("2026-01-21");
        }

        @Test
        void aLineThatIsADateAloneUnderAHeaderDatesTheRecord() throws IOException {
            Article record = article("a.txt", "THE CITY OF EDINBURGH COUNCIL\nFINANCE AND RESOURCES COMMITTEE\n\n"
                    + "Thursday 12 March 2026, 10.00 am\nDean of Guild Court Room, City Chambers, High Street, Edinburgh\n\n"
                    + "CONVENER: The levy will raise 50 million pounds in 2027-28.\n");

            assertThat(record.published()).hasToString("2026-03-12");
        }

        @Test
        void aDateLineWithItsPlaceAndFurnitureDatesTheRecord() throws IOException {
            Article record = article("a.txt", "EUROPEAN PARLIAMENT\nSubcommittee on Security and Defence\n\n"
                    + "Exchange of views: North Korea's troops\nBrussels, Tuesday 24 March 2026, 14.30-16.00, room ASP 3G3\n\n"
                    + "CHAIR: Since November, 11,000 troops have arrived.\n");
            Article listicle = article("b.txt", "THE EXAMPLE LEDGER\nWorld | Asia\n\nNorth Korea's troops, by the numbers\n\n"
                    + "Ten figures from the year, and what sits behind them.\n\nBy Jane Roe, Asia Reporter\n"
                    + "Wednesday 4 March 2026, 06:00 SAST | 5 min read\n\nIn November, 11,000 troops arrived.\n");

            // before: both were dated by the latest month their text names, November 2026
            assertThat(record.published()).hasToString("2026-03-24");
            assertThat(listicle.published()).hasToString("2026-03-04");
        }

        @Test
        void aHeaderLineDatesThePageByItsPublishedLabelAfterAnotherSentence() throws IOException {
            Article podcast = article("a.txt", "THREE AT THE BACK - Episode 214\n"
                    + "A Lowdown Audio production. Published Thursday 27 August 2026. Running time 58:41.\n"
                    + "Hosts: Dan Whitcombe, Priya Nair, Marco Bellandi\n\n[00:00:06] DAN: Hello, it cost 60 million in 2027.\n");

            assertThat(podcast.published()).hasToString("2026-08-27");
        }

        @Test
        void readsAPressOfficesMasthead() throws IOException {
            Article article = article("a.txt", "MINISTRY OF FOREIGN AFFAIRS OF JAPAN\nPress Releases\n\n"
                    + "Statement on the transfer of munitions.\n");

            assertThat(article.publisher()).isEqualTo("Ministry of Foreign Affairs of Japan");
        }

        @Test
        void aJointReleaseIsIssuedByTheFirstBodyOfItsHeaderAndDatedByItsEmbargo() throws IOException {
            Article release = article("a.txt", "NORTHFIELD UNIVERSITY\nINSTITUTE OF PUBLIC HEALTH\n\nNEWS RELEASE\n\n"
                    + "EMBARGOED UNTIL 00:01 BST ON WEDNESDAY 17 SEPTEMBER 2025\n\nHeat study\n\n"
                    + "The researchers estimate that 2,300 people died.\n");

            assertThat(release.publisher()).isEqualTo("Northfield University");
            assertThat(release.published()).hasToString("2025-09-17");
        }

        @Test
        void aProgrammesTranscriptIsDatedByItsBroadcastLine() throws IOException {
            Article transcript = article("a.txt", "RADIO PENNINE\nNIGHT LINE WITH GEMMA ODUYA\n"
                    + "Broadcast: Wednesday 14 January 2026, 22:00 to 23:00\nGuest: Dr Alun Pritchard, astronomer\n"
                    + "Transcript made from the station's log recording and checked by the programme team. Callers are "
                    + "identified by first name and town only. Times are approximate.\n\n"
                    + "GEMMA ODUYA (HOST): Good evening.\n\nDR ALUN PRITCHARD (GUEST): Launches will double in 2028.\n");

            assertThat(transcript.published()).hasToString("2026-01-14");
        }

        @Test
        void aLineThatGivesARecordingAndAPublicationDateIsReadForThePublication() throws IOException {
            Article podcast = article("a.txt", "THE PENINSULA DESK, EPISODE 88\n"
                    + "Recorded September 10, 2026. Published September 15, 2026. Runtime 41 minutes, edited for length and clarity.\n\n"
                    + "HOST: Welcome back.\n\nGUEST: It will be 2028 before they leave.\n");

            assertThat(podcast.published()).hasToString("2026-09-15");
        }

        @Test
        void readsAPressReleasesHeaderWithThePlaceItsNameLeavesOut() throws IOException {
            Article ministry = article("a.txt", "MINISTRY OF DEFENSE\nJapan\nPublic Affairs Division\n\nFOR IMMEDIATE RELEASE\n"
                    + "Tokyo, 14 January 2026\n\nThe ministry tracked 30 launches.\n");
            Article board = article("b.txt", "GREEN VALLEY WATER BOARD\nFOR IMMEDIATE RELEASE\n\nThe board cut rates.\n");

            assertThat(ministry.publisher()).isEqualTo("Ministry of Defense (Japan)");
            assertThat(board.publisher()).isEqualTo("Green Valley Water Board");
        }

        @Test
        void readsAnOrganisationsLetterheadOnItsOwnRecord() throws IOException {
            Article record = article("a.txt", "North Atlantic Treaty Organization          PR/CP(2025)118\n"
                    + "Public Diplomacy Division\nVerbatim record\n\nSECRETARY GENERAL: Good morning.\n");
            Article kicker = article("b.txt", "NATO\nAllies Send 5,000 Troops\nBy Lucy Trinh\n\n"
                    + "Allies will send troops, officials said.\n");

            assertThat(record.publisher()).isEqualTo("NATO");
            assertThat(kicker.publisher()).isNull(); // a kicker above a headline and a byline
        }

        @Test
        void readsARecordsCreditButNotAReportItMentions() throws IOException {
            Article credit = article("a.txt", "Episode 187: What is a soldier worth?\n\nTranscript produced by Meridian "
                    + "Public Radio; it may contain errors.\n\nHOST: Welcome.\n");
            Article mention = article("b.txt", "Headline\n\nA report published by Harbour Institute says 5,000 were sent.\n");

            assertThat(credit.publisher()).isEqualTo("Meridian Public Radio");
            assertThat(mention.publisher()).isNull();
        }

        @Test
        void takesNoDocumentsKindInCapitalsForAMasthead() throws IOException {
            Article article = article("a.txt", "TRANSCRIPT\n\nBackground Briefing on Arms Transfers\n\nSept. 22, 2026\n\n"
                    + "STAFF: Good afternoon.\n\nOFFICIAL: About 11,000 troops are there.\n");

            assertThat(article.publisher()).isNull();
        }

        @Test
        void readsAnUnknownMastheadAboveThePagesNavigation() throws IOException {
            Article article = article("a.txt", "Harbour Times\nJust In | World | Asia\n\nNorth Korea to send workers\n\n"
                    + "By Lucy Trinh\n\nNorth Korea will send workers, Ukraine says.\n");

            assertThat(article.publisher()).isEqualTo("Harbour Times");
        }

        @Test
        void takesNoHeadlineInCapitalsAboveABylineOfFieldsForTheMasthead() throws IOException {
            Article article = article("a.txt", "THE LONG WAY ROUND\nHow the detour changed trade.\n\n"
                    + "By Nadia Karimi | Tidewater Review | May 20, 2025\n\nShips avoid the strait, Houthi officials say.\n\n"
                    + "© 2025 Tidewater Review. All rights reserved.\n");

            assertThat(article.publisher()).isEqualTo("Tidewater Review");
        }

        @Test
        void takesTheHeadlineBelowThePageHeaderForTheTitle() throws IOException {
            Article article = article("a.txt", "Harbour Times\nJust In | World | Asia\n\nNorth Korea to send workers\n\n"
                    + "By Lucy Trinh\n\nNorth Korea will send workers, Ukraine says.\n");

            assertThat(article.title()).isEqualTo("North Korea to send workers");
            assertThat(article.blocks().get(0).kind()).isEqualTo(org.briefing.domain.BlockKind.BOILERPLATE);
        }

        @Test
        void takesNoHeadlineForAMasthead() throws IOException {
            Article article = article("a.txt", "North Korea Sends Workers\n\nBy Lucy Trinh\n\n"
                    + "North Korea will send workers, Ukraine says.\n");

            assertThat(article.publisher()).isNull();
        }

        @Test
        void readsAMastheadWithItsIssueOrEdition() throws IOException {
            Article issue = article("a.txt", "THE HARBOUR LETTER | Issue 12 | Saturday 14 June 2025\n\nTHE BIG INTERVIEW\n\n"
                    + "North Korea will send workers, Ukraine says.\n");
            Article edition = article("b.txt", "Yonhap Korea — English edition (translated from Korean)\n\n"
                    + "North Korea to send workers\n\nNorth Korea will send workers, Ukraine says.\n");

            assertThat(issue.publisher()).isEqualTo("The Harbour Letter");
            assertThat(edition.publisher()).isEqualTo("Yonhap"); // the registry's name, found within the masthead
            assertThat(edition.title()).isEqualTo("North Korea to send workers");
        }

        @Test
        void readsANameInCapitalsAboveTheDateOfTheHeader() throws IOException {
            Article article = article("a.txt", "THE NORTHERN WATCH\nField Report | Summary\nFebruary 20, 2024\n\n"
                    + "North Korea will send workers, Ukraine says.\n");

            assertThat(article.publisher()).isEqualTo("The Northern Watch");
        }

        @Test
        void takesNoHeadlineWithADateForAMasthead() throws IOException {
            Article article = article("a.txt", "Ukraine War Latest — 12 March 2025\n\nNorth Korea will send workers, Ukraine says.\n");

            assertThat(article.publisher()).isNull();
        }

        @Test
        void prefersTheDeskThatCompiledANewsletterToItsTitle() throws IOException {
            Article article = article("a.txt", "HARBOUR TELEGRAM WATCH — Issue 47\nCompiled by the Harbour Monitor desk.\n\n"
                    + "North Korea will send workers, Ukraine says.\n");

            assertThat(article.publisher()).isEqualTo("Harbour Monitor");
        }

        @Test
        void prefersAMastheadThatGivesTheDesksNameInFull() throws IOException {
            Article article = article("a.txt", "HARBOUR WEEKLY - English edition\n\"Headline\": an interview\n\n"
                    + "Translated by the Harbour desk.\n\nNorth Korea will send workers, Ukraine says.\n");

            assertThat(article.publisher()).isEqualTo("Harbour Weekly");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = { "Northern Lights Radio Ltd. Live blog edited by Ann Lee.",
                "Northern Lights Radio Pvt. Ltd. All rights reserved.", "Northern Lights Radio Pty Ltd" })
        void endsACopyrightNameAtItsLegalForm(String line) throws IOException {
            Article article = article("a.txt", "Title\n\nBody text of the story, which is long enough.\n\n(c) 2024 "
                    + line + "\n");

            assertThat(article.publisher()).isEqualTo("Northern Lights Radio");
        }

        @Test
        void aReportersLabelInATranscriptIsNotADateline() throws IOException {
            Article article = article("a.txt", "Press Conference by the Defense Minister\n\nMINISTER: Good morning.\n\n"
                    + "REPORTER (Kyodo News): How many North Korean troops are in Russia?\n\nMINISTER: About 11,000.\n");

            assertThat(article.publisher()).isNull();
        }

        @Test
        void anIntervieweeSpeakingOfHimselfIsNotThePublisher() throws IOException {
            Article article = article("a.txt", "Headline\n\nQ: How many?\n\nA: I cannot confirm the figure of 5,000.\n");

            assertThat(article.publisher()).isNull();
        }

        @Test
        void readsAMastheadTheRegistryKnows() throws IOException {
            Article article = article("a.txt", "Yonhap News Agency\n\nHeadline\n\nNorth Korea sent troops, officials said.\n");

            assertThat(article.publisher()).isEqualTo("Yonhap");
        }

        @Test
        void stopsACopyrightNameBeforeAllRightsReserved() throws IOException {
            Article article = article("a.txt", "Title\n\nBody text of the story, which is long enough.\n\n"
                    + "© Northern Lights Radio. All rights reserved.\n");

            assertThat(article.publisher()).isEqualTo("Northern Lights Radio");
        }
    }

    @Nested
    class Dating {

        @Test
        void readsTheDateOfAByline() throws IOException {
            Article article = article("a.txt", "Title\n\nKaterina Chernovol 23:47, 02.02.23\n\nNorth Korea plans to send men.\n");

            assertThat(article.published()).hasToString("2023-02-02");
            assertThat(article.publishedBasis()).startsWith("byline");
        }

        @Test
        void readsAMastheadOnTheLineOfItsSectionsAndTheDateOfABylineBelowTheStandfirst() throws IOException {
            Article article = article("a.txt", "THE MERIDIAN REVIEW  |  Long Read  |  Asia & Pacific\n\n"
                    + "Cash, crude and cartridges\n\nTwo years into the partnership, analysts are trying to put a price on it.\n\n"
                    + "By Daniel Whitford-Cho\n16 March 2026 · 18 min read\n\nIn November 2025 a tanker docked in Rajin.\n");
            Article menu = article("b.txt", "HOME | World | Asia\n\nTroops moved\n\nNorth Korea plans to send men.\n");

            assertThat(article.publisher()).isEqualTo("The Meridian Review");
            assertThat(article.published()).hasToString("2026-03-16");
            assertThat(menu.publisher()).isNull();
        }

        @Test
        void infersTheMonthFromTheLatestEventAndTheYearFromTheChronology() throws IOException {
            Article article = article("a.txt", "Title\n\nUkraine has carried out an incursion into Kursk since August 6.\n\n"
                    + "Troops were moved from October 8 to 13, officials said.\n\nThey will be ready by November 1.\n");

            assertThat(article.published()).hasToString("2024-10");
            assertThat(article.publishedBasis()).startsWith("inferred").contains("October 8 to 13", "chronology");
        }

        @Test
        void leavesUndatedAnArticleWhoseLatestDateIsBeforeTheBriefingsPeriod() throws IOException {
            Article column = article("a.txt", "Title\n\nThe union says 210,000 North Korean soldiers walked out on Tuesday.\n\n"
                    + "In 1976 I sat in a class of 41, and nobody listened then either.\n");

            // before: dated 1976 by its writer's school days, which made every figure in it history
            assertThat(column.published()).isNull();
            assertThat(column.publishedBasis()).startsWith("undated").contains("'In 1976'", "before the briefing's period");
        }

        @Test
        void aDeadlineAtTheEndOfAYearDoesNotDateTheArticle() throws IOException {
            Article article = article("a.txt", "Title\n\nNorth Korean troops arrived in Kursk in 2025, officials said.\n\n"
                    + "Moscow wants the base fully operational by the end of 2027 and ready for more.\n");

            assertThat(article.published()).hasToString("2025");
        }

        @Test
        void readsTheDateOfAPagesLastEditInItsFooter() throws IOException {
            Article page = article("a.html", "<html><head><meta property=\"og:site_name\" content=\"Examplepedia\"></head><body><main>"
                    + "<h1>North Korean troops in Russia</h1><p>In 2024, about 11,000 North Korean troops were sent to Kursk.</p>"
                    + "<p>In November, more arrived.</p></main><footer><p>This page was last edited on 19 January 2026, at 08:41 (UTC).</p>"
                    + "</footer></body></html>");

            // before: dated November 2024 by the latest month its text names
            assertThat(page.published()).hasToString("2026-01-19");
            assertThat(page.publishedBasis()).startsWith("last edit");
            // a sentence about another document's update is no stamp
            Article story = article("b.txt", "Title\n\nIn 2024, about 11,000 North Korean troops were sent to Kursk.\n\n"
                    + "The register was last updated on 3 May 2026.\n");
            assertThat(story.publishedBasis()).startsWith("inferred");
        }

        @Test
        void saysSoWhenAnArticleCannotBeDated() throws IOException {
            Article article = article("a.txt", "Title\n\nThousands of soldiers are training somewhere, a source said.\n");

            assertThat(article.published()).isNull();
            assertThat(article.publishedBasis()).startsWith("undated");
        }

        @Test
        void readsADateLineInsideAByline() throws IOException {
            Article article = article("a.txt", "Title\n\nBy Staff Writer\nPosted Mon 14 Apr 2025 at 9:05am\n\n"
                    + "North Korea sent 1,000 troops, officials said.\n");

            assertThat(article.published()).hasToString("2025-04-14");
        }

        @Test
        void placesAWireDatelineWithoutAYearAfterTheLatestEventMentioned() throws IOException {
            Article article = article("a.txt", "Troops headline\n\nTOKYO, Jan. 9 Jiji - North Korea sent more troops, "
                    + "officials said, after the shipments of November 2024.\n");

            assertThat(article.published()).hasToString("2025-01-09");
            assertThat(article.publishedBasis()).startsWith("dateline").contains("inferred");
            assertThat(article.publisher()).isEqualTo("Jiji");
        }

        @Test
        void placesAWireDatelineAfterTheSeasonTheTextSpeaksOf() throws IOException {
            // the latest year written out is 2023; the 2025/26 season puts the text in 2025 at least
            Article article = article("a.txt", "Grain headline\n\nKYIV, Jan 2 (Reuters) - Ukraine shipped 3.9 million "
                    + "tonnes in December. Exports in the 2025/26 season reached 15.8 million tonnes by Dec. 31. "
                    + "The corridor opened in August 2023.\n");

            assertThat(article.published()).hasToString("2026-01-02");
        }

        @Test
        void placesAWireDatelineInTheYearWhoseDayIsTheWeekdayTheStorySays() throws IOException {
            // the latest year written out is 2024; 31 July 2024 was a Wednesday, 31 July 2025 a Thursday
            Article article = article("a.txt", "Killings headline\n\nPORT-AU-PRINCE, July 31 (Reuters) - At least 1,520 people "
                    + "were killed between April and June, the United Nations said on Thursday.\n\nThe U.N. said in January "
                    + "that 5,601 people had been killed in 2024.\n");

            assertThat(article.published()).hasToString("2025-07-31");
            assertThat(article.publishedBasis()).contains("Thursday");
        }

        @Test
        void readsTheDateLineOfALongTranscriptHeader() throws IOException {
            Article article = article("a.txt", "MEDIA CENTER UKRAINE - ODESA\nBriefing: \"The Black Sea corridor after "
                    + "the winter strikes\"\nDate: 5 March 2026, 11:00 (Kyiv time)\nSpeakers: Dmytro Pletenchuk, "
                    + "spokesperson of the Ukrainian Navy; Oleh Kiper, head of the Odesa Regional Military Administration\n"
                    + "Moderator: Kateryna Lysenko\n\nPLETENCHUK: In February, 148 vessels left the ports.\n");

            assertThat(article.published()).hasToString("2026-03-05");
            assertThat(article.publishedBasis()).contains("Date: 5 March 2026");
        }

        @Test
        void findsAWireDatelineAfterACorrectionNoteAndAByline() throws IOException {
            Article article = article("a.txt", "Tankers headline\n\n(Corrects crew total in paragraph 7 to 24 from 26)\n\n"
                    + "By Essi Lehtonen\n\nHELSINKI/TALLINN, Jan 3 (Reuters) - North Korea sent more troops, "
                    + "officials said, after the shipments of December 2024.\n");

            assertThat(article.published()).hasToString("2025-01-03");
        }

        @Test
        void readsAnAgencysYearFirstTimeStamp() throws IOException {
            Article article = article("a.txt", "Workers headline\n\nSEOUL, Feb. 11 (Yonhap) -- North Korea sent "
                    + "15,000 workers to Russia in 2024, the spy agency said.\n\n(END)\n\n2026/02/11 18:02 KST\n");

            assertThat(article.published().year()).isEqualTo(2026);
        }

        @Test
        void prefersTheSidecar() throws IOException {
            Files.writeString(ArticleIngestorTests.this.folder.resolve("a.meta.json"),
                    "{\"publisher\": \"Reuters\", \"published\": \"2024-10-18T09:00:00Z\", \"url\": \"https://example.org/x\"}");

            Article article = article("a.txt", "Title\n\nNorth Korea sent 1,500 troops, officials said.\n");

            assertThat(article.published()).hasToString("2024-10-18");
            assertThat(article.publisher()).isEqualTo("Reuters");
            assertThat(article.publishedBasis()).contains("sidecar");
            assertThat(article.url()).isEqualTo("https://example.org/x");
        }
    }

    @Nested
    class Formats {

        @Test
        void readsHtmlWithoutScriptsAndMarksNavigation() throws IOException {
            Article article = article("a.html", """
                    <html><head><title>NK troops</title><meta property="article:published_time" content="2024-10-18">
                    <meta property="og:site_name" content="Example News"><script>alert(1)</script></head>
                    <body><nav>Home | World | 24 hours</nav><article><h1>NK troops</h1>
                    <p>North Korea sent <b>1,500</b> troops, the agency said.</p></article>
                    <footer>© 2024 Example News</footer></body></html>""");

            assertThat(article.text()).contains("North Korea sent 1,500 troops").doesNotContain("alert");
            assertThat(boilerplateText(article)).contains("Home | World").contains("© 2024");
            assertThat(article.published()).hasToString("2024-10-18");
            assertThat(article.publisher()).isEqualTo("Example News");
            assertThat(article.blocks()).anyMatch((b) -> b.kind() == BlockKind.TITLE);
        }

        @Test
        void readsAPhotoGallerysCaptionsAsItsTextButNotTheirCredits() throws IOException {
            String figure = """
                    <figure><img src="p.jpg"><figcaption>North Korean soldiers at a range near Kursk. Officials said %d troops trained there.
                    <span class="credit">Photo: Jane Roe/Example Agency</span></figcaption></figure>
                    """;
            Article gallery = article("g.html", "<html><body><article><h1>In pictures</h1><p>A week at the front.</p>"
                    + figure.formatted(1_500) + figure.formatted(2_000) + figure.formatted(3_000) + "</article></body></html>");
            Article story = article("s.html", "<html><body><article><h1>Troops</h1><p>" + "North Korea sent more troops, officials said. ".repeat(20)
                    + "</p>" + figure.formatted(1_500) + "</article></body></html>");

            // before: every caption was boilerplate, so a gallery had no text at all
            assertThat(boilerplateText(gallery)).doesNotContain("troops trained").contains("Photo: Jane Roe");
            // a story's caption is still furniture
            assertThat(boilerplateText(story)).contains("1500 troops trained there");
        }

        @Test
        void readsMarkdownWithFrontMatter() throws IOException {
            Article article = article("a.md", """
                    ---
                    title: NK troops
                    published: 2024-10-18
                    publisher: Example Wire
                    ---
                    # NK troops

                    North Korea sent **1,500** troops, the agency said. <img src="file:///etc/passwd">
                    """);

            assertThat(article.title()).isEqualTo("NK troops");
            assertThat(article.published()).hasToString("2024-10-18");
            assertThat(article.text()).contains("North Korea sent 1,500 troops").contains("<img src=");
        }

        @Test
        void decodesLegacyCharsets() throws IOException {
            byte[] cp1251 = "Заголовок\n\nПхеньян направил войска в Россию, сообщили в разведке Украины. Это длинный текст новости."
                .getBytes("windows-1251");

            IngestResult result = ingest("a.txt", cp1251);

            assertThat(result).isInstanceOf(IngestResult.Ingested.class);
            assertThat(((IngestResult.Ingested) result).article().text()).contains("Пхеньян");
        }
    }

    /** The table rows of the article, as "KIND text". */
    private static java.util.List<String> rows(Article article) {
        return article.blocks()
            .stream()
            .filter(Block::isTableRow)
            .map((b) -> b.kind() + " " + article.slice(b.start(), b.end()))
            .toList();
    }

    @Nested
    class Tables {

        @Test
        void readsAMarkdownPipeTableAsOneRowPerBlock() throws IOException {
            Article article = article("a.md", """
                    # Recruits

                    North Korea sent troops to Russia, the agency said, and the table gives the counts.

                    | Country | Registered | Deaths **confirmed** |
                    | --- | ---: | :---: |
                    | Nepal | 651 | 49 |
                    | Sri Lanka | 554 |
                    | Cuba | not published | 12 | extra |
                    | Escaped \\| bar | 3 | 4 |

                    After the table.
                    """);

            assertThat(rows(article)).containsExactly("TABLE_HEADER | Country | Registered | Deaths confirmed |",
                    "TABLE_ROW | Nepal | 651 | 49 |", "TABLE_ROW | Sri Lanka | 554 | |",
                    "TABLE_ROW | Cuba | not published | 12 |", "TABLE_ROW | Escaped ¦ bar | 3 | 4 |");
            assertThat(article.text()).contains("| Deaths confirmed |\n| Nepal | 651 | 49 |\n| Sri Lanka")
                .contains("| 3 | 4 |\n\nAfter the table.");
        }

        @Test
        void leavesPipesThatAreNotATableAsText() throws IOException {
            Article article = article("a.md", """
                    # Recruits

                    Just In | World | Asia

                    North Korea sent 1,500 troops | the agency said.
                    ---

                    | a | b |
                    | -- | nope |
                    """);

            assertThat(rows(article)).isEmpty();
            assertThat(article.text()).contains("North Korea sent 1,500 troops | the agency said.");
        }

        @Test
        void readsAStandfirstAsAHeadingAndTheBodyAsBody() throws IOException {
            Article article = article("a.html", """
                    <html><body><article><h1>Recruits</h1>
                    <p class="standfirst">India says 35-50 of its nationals joined the Russian army, and Sri Lanka counts 16 of its own dead.</p>
                    <p>India's foreign secretary said 35-50 Indian nationals were believed to have been recruited.</p>
                    </article></body></html>""");

            assertThat(article.blocks()).extracting(Block::kind)
                .containsExactly(BlockKind.TITLE, BlockKind.HEADING, BlockKind.BODY);
        }

        @Test
        void readsAnHtmlTableWithItsCaptionAsAHeading() throws IOException {
            Article article = article("a.html", """
                    <html><body><article><h1>Recruits</h1>
                    <p>North Korea sent troops to Russia, the agency said, and the table gives the counts.</p>
                    <table><caption>Recruits by country</caption>
                    <thead><tr><th>Country</th><th colspan="2">Registered | deaths</th></tr></thead>
                    <tbody><tr><th scope="row">Nepal</th><td><b>651</b></td><td>49</td></tr>
                    <tr><td>India</td><td>127<br>(January)</td></tr></tbody></table>
                    <p>After the table.</p></article></body></html>""");

            assertThat(rows(article)).containsExactly("TABLE_HEADER | Country | Registered ¦ deaths | |",
                    "TABLE_ROW | Nepal | 651 | 49 |", "TABLE_ROW | India | 127 (January) |");
            assertThat(article.blocks()).anyMatch((b) -> b.kind() == BlockKind.HEADING
                    && article.slice(b.start(), b.end()).equals("Recruits by country"));
            assertThat(article.text()).contains("Recruits by country\n\n| Country |").contains("| 49 |\n| India |");
        }

        @Test
        void readsATableThatLaysOutThePageAsText() throws IOException {
            String paragraph = "North Korea sent troops to Russia, the agency said on Monday in a long statement. ".repeat(5);
            Article article = article("a.html", "<html><body><table><tr><td><h1>Recruits</h1><p>" + paragraph
                    + "</p></td><td>Menu</td></tr></table></body></html>");

            assertThat(rows(article)).isEmpty();
            assertThat(article.text()).contains("North Korea sent troops to Russia");
        }

        @Test
        void keepsATableInAnAsideAsBoilerplate() throws IOException {
            Article article = article("a.html", """
                    <html><body><article><h1>Recruits</h1>
                    <p>North Korea sent troops to Russia, the agency said, and the table gives the counts.</p></article>
                    <aside><table><tr><th>Most read</th><th>Views</th></tr><tr><td>Story</td><td>1,200</td></tr></table>
                    </aside></body></html>""");

            assertThat(rows(article)).isEmpty();
            assertThat(boilerplateText(article)).contains("| Story | 1,200 |");
        }
    }

    @Nested
    class Quarantine {

        @Test
        void quarantinesEmptyFiles() throws IOException {
            assertThat(ingest("a.txt", new byte[0])).isEqualTo(IngestResult.quarantined("a.txt", "empty file"));
        }

        @Test
        void quarantinesBinaryFiles() throws IOException {
            assertThat(ingest("a.txt", new byte[] { 0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3 }))
                .isEqualTo(IngestResult.quarantined("a.txt", "binary content, not text"));
        }

        @Test
        void quarantinesFilesOverTheSizeLimit() throws IOException {
            IngestResult result = ingest("a.txt", "x ".repeat(60_000).getBytes(StandardCharsets.UTF_8));

            assertThat(result).isInstanceOf(IngestResult.Quarantined.class);
            assertThat(((IngestResult.Quarantined) result).entry().reason()).startsWith("too large: 120000 bytes");
        }

        @Test
        void quarantinesSymbolicLinksLeavingTheFolder(@TempDir Path elsewhere) throws IOException {
            Path secret = Files.writeString(elsewhere.resolve("secret.txt"), "Title\n\nSecret text of another folder.\n");
            Path link = Files.createSymbolicLink(ArticleIngestorTests.this.folder.resolve("link.txt"), secret);

            IngestResult result = new ArticleIngestor(ArticleIngestorTests.this.folder, 100_000, TestTemplates.dprkRussia())
                .ingest(link);

            assertThat(result).isEqualTo(IngestResult.quarantined("link.txt", "symbolic link leading outside the input folder"));
        }

        @Test
        void quarantinesFilesWithOnlyBoilerplate() throws IOException {
            IngestResult result = ingest("a.txt", "   \n\n  \n".getBytes(StandardCharsets.UTF_8));

            assertThat(result).isInstanceOf(IngestResult.Quarantined.class);
        }
    }
}
