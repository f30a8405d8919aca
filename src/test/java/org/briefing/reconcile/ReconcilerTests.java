package org.briefing.reconcile;

import java.util.List;

import org.briefing.TestTemplates;
import org.briefing.domain.Claim;
import org.briefing.domain.Finding;
import org.briefing.domain.Flag;
import org.briefing.domain.Modality;
import org.briefing.domain.Qualifier;
import org.briefing.domain.Quantity;
import org.briefing.domain.Reconciliation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefing.reconcile.Claims.claim;
import static org.briefing.reconcile.Claims.people;
import static org.briefing.reconcile.Claims.sameSentence;
import static org.briefing.reconcile.Claims.statement;

class ReconcilerTests {

    private final Reconciler reconciler = new Reconciler(TestTemplates.dprkRussia());

    private Reconciliation reconcile(Claim... claims) {
        return this.reconciler.reconcile(List.of(claims), List.of());
    }

    private static Finding only(Reconciliation reconciliation) {
        assertThat(reconciliation.findings()).hasSize(1);
        return reconciliation.findings().get(0);
    }

    private static List<String> flags(Finding finding, String type) {
        return finding.flags().stream().filter((f) -> f.type().equals(type)).flatMap((f) -> f.claimIds().stream()).toList();
    }

    @Nested
    class Questions {

        @Test
        void groupsStatusesOfOneGroupAndSeparatesPeriods() {
            Reconciliation r = reconcile(people("a", 11000, 11000, "HUR", "2024-10", "training"),
                    people("b", 10000, 12000, "NIS", "2024-10-18", "planned"),
                    people("c", 1500, 1500, "NIS", "2024-10", "first-deployment"),
                    people("d", 300, 500, "Daily NK", "2023-02", "planned"));

            assertThat(r.findings()).extracting((f) -> f.question().label()).containsExactly(
                    "Personnel (first deployment), October 2024", "Personnel (planned), February 2023",
                    "Personnel (planned, training), October 2024");
            assertThat(r.findings()).extracting(Finding::id).containsExactly("F1", "F2", "F3");
        }

        @Test
        void placesAnUndatedClaimWithTheReportsOfItsStatusAndSaysSo() {
            Finding finding = only(reconcile(people("a", 11000, 11000, "HUR", "2024-10", "training"),
                    people("b", 10000, 10000, "Zelensky", "2024-10", "training"),
                    claim("c", "x", "personnel", new Quantity(2000L, 9000L, Qualifier.VAGUE, "persons", null, null),
                            "a Ukrainian military intelligence official", null, "training", Modality.REPORTED)));

            assertThat(finding.claimIds()).containsExactly("a", "b", "c");
            assertThat(flags(finding, "period-inferred")).startsWith("c");
        }
    }

    @Nested
    class Consensus {

        @Test
        void keepsTheDecimalsOfTheFiguresItComesFrom() {
            Finding finding = only(reconcile(
                    claim("a", "article-a", "personnel", new Quantity(new java.math.BigDecimal("21.7"), new java.math.BigDecimal("21.7"),
                            Qualifier.EXACT, "tonnes", null, null), "HUR", "2024-10", "training", Modality.REPORTED),
                    claim("b", "article-b", "personnel", new Quantity(new java.math.BigDecimal("22.8"), new java.math.BigDecimal("22.8"),
                            Qualifier.EXACT, "tonnes", null, null), "NIS", "2024-10", "training", Modality.REPORTED)));

            assertThat(finding.consensus().low()).hasToString("21.7");
            assertThat(finding.consensus().best()).hasToString("22.3");
            assertThat(finding.consensus().high()).hasToString("22.8");
        }

        @Test
        void takesTheMedianBestAndTheWidestCredibleRange() {
            Finding finding = only(reconcile(people("a", 11000, 11000, "HUR", "2024-10", "training"),
                    people("b", 10000, 10000, "Zelensky", "2024-10", "training"),
                    people("c", 10000, 12000, "NIS", "2024-10", "planned")));

            assertThat(finding.consensus().low()).isEqualByComparingTo("10000");
            assertThat(finding.consensus().best()).isEqualByComparingTo("11000");
            assertThat(finding.consensus().high()).isEqualByComparingTo("12000");
            assertThat(finding.consensus().sources()).isEqualTo(3);
        }

        @Test
        void countsARelayChainThroughThreeOutletsAsOneSource() {
            Finding finding = only(reconcile(people("a", 1500, 1500, "NIS", "2024-10", "deployed", "Yonhap", "Reuters", "BBC"),
                    people("b", 1500, 1500, "South Korea's spy agency", "2024-10", "deployed", "Kyiv Independent", "NV",
                            "Newsweek")));

            assertThat(finding.consensus().sources()).isEqualTo(1);
            assertThat(finding.originators()).containsExactly("National Intelligence Service (South Korea)");
        }

        @Test
        void countsOneOutletsOwnFiguresInTwoArticlesAsOneSource() {
            // no source, no relay: the outlet asserts them (Claims.people gives the outlet as publisher)
            Finding finding = only(reconcile(people("a", 11000, 11000, null, "2024-10", "deployed", "Yonhap"),
                    people("b", 12000, 12000, null, "2024-10", "deployed", "Yonhap"),
                    people("c", 11000, 11000, null, "2024-10", "deployed", "Reuters")));

            assertThat(finding.consensus().sources()).isEqualTo(2);
            assertThat(finding.originators()).containsExactlyInAnyOrder("Yonhap", "Reuters");
        }

        @Test
        void countsAPersonWithTheirOrganisation() {
            Finding finding = only(reconcile(people("a", 2600, 2600, "Kyrylo Budanov", "2024-10", "deployed"),
                    people("b", 2600, 2600, "HUR", "2024-10", "deployed")));

            assertThat(finding.consensus().sources()).isEqualTo(1);
        }

        @Test
        void restsOnASingleSourceWhenThereIsOne() {
            Finding finding = only(reconcile(people("a", 18, 18, "Suspilne", "2024-10", null)));

            assertThat(finding.consensus().sources()).isEqualTo(1);
            assertThat(finding.confidence().level()).isEqualTo("moderate");
            assertThat(finding.confidence().grade()).isEqualTo("B3");
        }

        @Test
        void leavesOutHypothesesUnverifiedClaimsAndDenials() {
            Reconciliation r = reconcile(
                    claim("a", "x", "personnel", new Quantity(100000L, 100000L, Qualifier.APPROX, "persons", null, null),
                            "Igor Korotchenko", "2022-07", "planned", Modality.UNVERIFIED_CLAIM),
                    claim("b", "y", "units", new Quantity(3L, 4L, Qualifier.RANGE, "brigades", null, null), "TV Chosun",
                            "2024-06", "hypothetical", Modality.ESTIMATE));

            assertThat(r.findings()).allMatch((f) -> f.consensus() == null);
        }
    }

    @Nested
    class Flags {

        @Test
        void marksAnOriginatorsEarlierFigureSupersededAndCountsTheLatest() {
            Reconciliation r = reconcile(people("old", 3000, 3000, "NIS", "2024-10", "deployed"),
                    people("new", 11000, 11000, "NIS", "2024-11", "deployed"),
                    people("other", 10000, 10000, "HUR", "2024-10", "deployed"));

            Finding october = r.findings().get(0);
            assertThat(flags(october, "superseded")).containsExactly("old", "new");
            assertThat(october.consensus().sources()).isEqualTo(1);
            assertThat(october.consensus().best()).isEqualByComparingTo("10000");
        }

        @Test
        void flagsTwoIndependentSourcesThatDisagree() {
            Finding finding = only(reconcile(people("a", 2600, 2600, "HUR", "2024-10", "first-deployment"),
                    people("b", 1500, 1500, "NIS", "2024-10", "first-deployment")));

            assertThat(flags(finding, "contradiction")).containsExactly("a", "b");
            assertThat(finding.confidence().level()).isEqualTo("low");
            assertThat(finding.consensus().best()).isNull();
        }

        @Test
        void doesNotCallRoundedFiguresAContradiction() {
            Finding finding = only(reconcile(
                    claim("a", "x", "personnel", new Quantity(11000L, 11000L, Qualifier.APPROX, "persons", null, null), "HUR",
                            "2024-10", "training", Modality.REPORTED),
                    claim("b", "y", "personnel", new Quantity(10000L, 10000L, Qualifier.APPROX, "persons", null, null),
                            "Zelensky", "2024-10", "training", Modality.REPORTED)));

            assertThat(flags(finding, "contradiction")).isEmpty();
        }

        @Test
        void keepsAFigureAnOrderOfMagnitudeAwayOutOfTheConsensus() {
            Finding finding = only(reconcile(people("a", 11000, 11000, "HUR", "2024-10", "deployed"),
                    people("b", 10000, 10000, "NIS", "2024-10", "deployed"),
                    people("c", 150000, 150000, "Unknown Blog", "2024-10", "deployed")));

            assertThat(flags(finding, "outlier")).containsExactly("c");
            assertThat(finding.consensus().high()).isEqualByComparingTo("11000");
        }

        @Test
        void flagsALoneUnverifiedFigure() {
            Finding finding = only(reconcile(claim("a", "x", "personnel",
                    new Quantity(100000L, 100000L, Qualifier.APPROX, "persons", null, null), "Igor Korotchenko", "2022-07",
                    "planned", Modality.UNVERIFIED_CLAIM)));

            assertThat(finding.flags()).extracting(Flag::type).containsExactly("outlier");
            assertThat(finding.flags().get(0).reason()).contains("without confirmation");
        }
    }

    @Nested
    class Statements {

        @Test
        void setsADenialAgainstWhatOthersAffirmInTheSamePeriod() {
            Reconciliation r = TestReconciler.with(List.of(people("a", 11000, 11000, "HUR", "2024-10", "training")),
                    List.of(statement("s1", "x", "denial", "combat", "denies", "Mark Rutte", "2024-10",
                            "allies have no evidence that North Korean soldiers are involved in the fight"),
                            statement("s2", "y", "casualties", "combat", "affirms", "Andriy Kovalenko", "2024-10",
                                    "Some have already been killed.")));

            assertThat(r.contradictions()).extracting(Flag::type).containsExactly("contradiction");
            assertThat(r.contradictions().get(0).claimIds()).containsExactly("s1", "s2");
            assertThat(r.contradictions().get(0).reason()).startsWith("Mark Rutte sees no evidence");
        }

        @Test
        void keepsADenialNothingContradictsAsADenial() {
            Reconciliation r = TestReconciler.with(List.of(),
                    List.of(statement("s1", "x", "denial", "supply", "denies", "North Korea and Russia", "2023-02",
                            "the parties have previously denied this")));

            assertThat(r.contradictions()).extracting(Flag::type).containsExactly("denial");
            assertThat(r.contradictions().get(0).reason()).isEqualTo("North Korea and Russia deny arms supplies from North"
                    + " Korea in February 2023");
        }
    }

    @Nested
    class Derived {

        @Test
        void dividesAPaymentByTheCountItIsConditionalOn() {
            Reconciliation r = reconcile(
                    sameSentence("pay", "x", "payment", new Quantity(null, 115_000_000L, Qualifier.UP_TO, "USD", "year", "USD"),
                            "TV Chosun", "2024-06", "hypothetical"),
                    sameSentence("count", "x", "units", new Quantity(3L, 4L, Qualifier.RANGE, "brigades", null, null),
                            "TV Chosun", "2024-06", "hypothetical"),
                    sameSentence("army", "x", "units", new Quantity(10L, 10L, Qualifier.EXACT, "brigades", null, null),
                            "TV Chosun", "2024-06", null));

            assertThat(r.derived()).hasSize(1);
            assertThat(r.derived().get(0).low()).isEqualTo(28_750_000L);
            assertThat(r.derived().get(0).high()).isEqualTo(38_333_333L);
            assertThat(r.derived().get(0).per()).isEqualTo("brigade-year");
            assertThat(r.derived().get(0).arithmetic()).contains("115,000,000 ÷ 4 = 28,750,000").contains("derived here");
            assertThat(r.derived().get(0).label()).contains("(derived)");
        }

        @Test
        void keepsTheCurrencyOfMoneyInOtherCurrencies() {
            Reconciliation r = reconcile(
                    sameSentence("pay", "x", "payment", new Quantity(28_200_000_000_000L, 28_200_000_000_000L, Qualifier.APPROX,
                            "KRW", null, "KRW"), "KIDA", "2025-03", "deployed"),
                    sameSentence("count", "x", "personnel", new Quantity(15000L, 15000L, Qualifier.APPROX, "persons", null, null),
                            "KIDA", "2025-03", "deployed"));

            assertThat(r.derived()).hasSize(1);
            assertThat(r.derived().get(0).unit()).isEqualTo("KRW");
            assertThat(r.derived().get(0).per()).isEqualTo("person");
            assertThat(r.findings()).anyMatch((f) -> f.question().label().contains("KRW"));
        }
    }

    @Nested
    class Judgments {

        @Test
        void writesTheBestSupportedEstimateWithLikelihoodAndConfidenceInSeparateSentences() {
            Reconciliation r = reconcile(people("a", 11000, 11000, "HUR", "2024-10", "training"),
                    people("b", 10000, 10000, "Zelensky", "2024-10", "training"),
                    people("c", 10000, 12000, "NIS", "2024-10", "planned"));

            String text = r.judgments().get(0).text();
            assertThat(text).startsWith("We assess that North Korea very likely had about 11,000 personnel (planned,"
                    + " training) in October 2024, within a range of 10,000 to 12,000, according to 3 independent sources.");
            String[] sentences = text.split("\\. ");
            assertThat(sentences[0]).doesNotContain("confidence");
            assertThat(sentences[1]).startsWith("We have high confidence").doesNotContain("likely");
            assertThat(r.judgments().get(0).claimIds()).containsExactly("a", "b", "c");
        }
    }

    @Nested
    class Changes {

        @Test
        void reportsNewClaimsAndARevisedConsensusSinceThePreviousBriefing() {
            Reconciliation first = reconcile(people("a", 11000, 11000, "HUR", "2024-10", "training"));
            String question = first.findings().get(0).question().id();
            PreviousBriefing previous = new PreviousBriefing("earlier-run", java.util.Set.of("a"),
                    java.util.Map.of(question, List.of(java.math.BigDecimal.valueOf(9000), java.math.BigDecimal.valueOf(9000), java.math.BigDecimal.valueOf(9000))), java.util.Set.of());

            Reconciliation later = TestReconciler.reconciler().reconcile(
                    List.of(people("a", 11000, 11000, "HUR", "2024-10", "training"),
                            people("b", 11000, 11000, "NIS", "2024-10", "training")), List.of(), previous);

            assertThat(later.changes()).extracting((c) -> c.kind()).containsExactly("new-claim", "revised-consensus");
            assertThat(later.changes().get(0).ids()).containsExactly("b");
        }

        @Test
        void reportsNothingForAFirstBriefing() {
            assertThat(reconcile(people("a", 11000, 11000, "HUR", "2024-10", "training")).changes()).isEmpty();
        }
    }

    /** The reconciler with statements. */
    static final class TestReconciler {

        static Reconciler reconciler() {
            return new Reconciler(TestTemplates.dprkRussia());
        }

        static Reconciliation with(List<Claim> claims, List<org.briefing.domain.Statement> statements) {
            return reconciler().reconcile(claims, statements);
        }
    }
}
