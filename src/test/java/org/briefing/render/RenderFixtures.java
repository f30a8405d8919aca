package org.briefing.render;

import java.time.LocalDate;
import java.util.List;

import org.briefing.TestTemplates;
import org.briefing.domain.Change;
import org.briefing.domain.Claim;
import org.briefing.domain.Confidence;
import org.briefing.domain.Consensus;
import org.briefing.domain.DerivedFigure;
import org.briefing.domain.Finding;
import org.briefing.domain.Flag;
import org.briefing.domain.Judgment;
import org.briefing.domain.Mention;
import org.briefing.domain.Modality;
import org.briefing.domain.PartialDate;
import org.briefing.domain.Qualifier;
import org.briefing.domain.Quantity;
import org.briefing.domain.QuarantineEntry;
import org.briefing.domain.Question;
import org.briefing.domain.Reconciliation;
import org.briefing.domain.Statement;

/**
 * Hand-made briefing content for render tests: two documents, four claims, a denial, and a
 * reconciliation with every field filled (consensus, confidence, originators, flags, derived
 * figures, judgments, changes), so that each section of the template has something to show before
 * the real reconciler produces it.
 */
final class RenderFixtures {

    static final String DOC_A = "a".repeat(64);

    static final String DOC_B = "b".repeat(64);

    private RenderFixtures() {
    }

    static Claim nis() {
        return claim("aaaaaaaaaaaa-1", DOC_A, "personnel", new Quantity(10_000L, 12_000L, Qualifier.RANGE, "persons", null,
                null), "deployed", "National Intelligence Service (South Korea)", List.of("Yonhap"),
                PartialDate.parse("2024-10"), "The NIS said 10,000 to 12,000 troops were sent.");
    }

    static Claim hur() {
        return claim("aaaaaaaaaaaa-2", DOC_A, "personnel", new Quantity(11_000L, 11_000L, Qualifier.APPROX, "persons",
                null, null), "deployed", "Defence Intelligence of Ukraine (HUR)", List.of(), PartialDate.parse("2024-10"),
                "HUR said almost 11,000 troops were in Kursk.");
    }

    static Claim early() {
        return claim("bbbbbbbbbbbb-1", DOC_B, "personnel", new Quantity(300L, 500L, Qualifier.RANGE, "persons", null,
                null), "planned", "Daily NK", List.of("UNIAN"), PartialDate.parse("2023-02"),
                "North Korea intends to send 300-500 men.");
    }

    static Claim payment() {
        return claim("bbbbbbbbbbbb-2", DOC_B, "payment", new Quantity(null, 115_000_000L, Qualifier.UP_TO, "USD", "year",
                "USD"), null, "TV Chosun", List.of("Institute for the Study of War"), PartialDate.parse("2024-06"),
                "North Korea could receive up to 115 million dollars every year.");
    }

    /** A figure Yonhap (document A's publisher) asserts itself: no source, no relay. */
    static Claim yonhapsOwn() {
        return claim("aaaaaaaaaaaa-3", DOC_A, "personnel", new Quantity(12_000L, 12_000L, Qualifier.APPROX, "persons",
                null, null), "deployed", null, List.of(), PartialDate.parse("2024-10"),
                "About 12,000 North Korean troops are now in Russia.");
    }

    static Statement denial() {
        return new Statement("bbbbbbbbbbbb-s1", DOC_B, "b.txt", "denial", "personnel", "denies", "Dmitry Peskov",
                List.of("TASS"), "TASS", PartialDate.parse("2024-10"), "Peskov called the reports a canard.", 10, 45, "denial");
    }

    static Reconciliation reconciliation() {
        Question people = new Question("personnel|deployed", "personnel", null, "deployed", "persons", null, "2024-10",
                "Personnel deployed");
        Finding troops = new Finding("F1", people, List.of(early().id(), nis().id(), hur().id()),
                new Consensus(java.math.BigDecimal.valueOf(10_000), java.math.BigDecimal.valueOf(11_000), java.math.BigDecimal.valueOf(12_000), 2, "median of one figure per independent originator"),
                List.of("National Intelligence Service (South Korea)", "Defence Intelligence of Ukraine (HUR)"),
                new Confidence("moderate", "B2", "two independent intelligence services agree"),
                List.of(new Flag("outlier", List.of(early().id()), "300–500 is far below the consensus of 10,000–12,000"),
                        new Flag("single-source", List.of(hur().id()), "only HUR reports troops in Kursk")));
        Question money = new Question("payment|USD|year", "payment", null, null, "USD", "year", null,
                "Payment, USD per year");
        Finding paid = new Finding("F2", money, List.of(payment().id()));
        return new Reconciliation(List.of(troops, paid),
                List.of(new Flag("contradiction", List.of(nis().id(), denial().id()), "the Kremlin denies any deployment")),
                List.of(new DerivedFigure("X1", "Payment per brigade a year", 28_750_000L, 38_333_333L, "USD",
                        "brigade-year", "USD 115 million a year / 3–4 brigades", List.of(payment().id()))),
                List.of(new Judgment("North Korea has deployed about 11,000 troops to Russia.",
                        List.of(nis().id(), hur().id()), List.of("F1"))),
                List.of(new Change("new-claim", "HUR's figure of about 11,000 is new.", List.of(hur().id()))));
    }

    static BriefingContent content() {
        return content(reconciliation(), List.of(new QuarantineEntry("empty.txt", "the file is empty")));
    }

    static BriefingContent content(Reconciliation reconciliation, List<QuarantineEntry> quarantine) {
        return content(reconciliation, quarantine, List.of(early(), payment(), nis(), hur()));
    }

    static BriefingContent content(Reconciliation reconciliation, List<QuarantineEntry> quarantine, List<Claim> claims) {
        List<SourceDocument> documents = List.of(
                new SourceDocument(DOC_A, "a.txt", "Seoul and Kyiv on the troops", "Yonhap", "byline",
                        PartialDate.parse("2024-10-25"), "byline date", null),
                new SourceDocument(DOC_B, "b.txt", "Engineers and money", null, "", PartialDate.parse("2024-06"),
                        "inferred from the chronology", "https://example.org/b"));
        return new BriefingContent(TestTemplates.dprkRussia(), "2024-11-01_dprk-russia_test", LocalDate.of(2024, 11, 1),
                "briefing test", documents, claims, List.of(denial()), reconciliation,
                quarantine);
    }

    private static Claim claim(String id, String article, String metric, Quantity quantity, String status, String source,
            List<String> via, PartialDate asOf, String quote) {
        return new Claim(id, article, article.startsWith("a") ? "a.txt" : "b.txt", metric, null, quantity,
                "North Korea", status, null, source, via, List.of(), article.equals(DOC_A) ? "Yonhap" : null, Modality.REPORTED, asOf, "byline", List.of(new Mention(quote, 0,
                        quote.length())), "test");
    }
}
