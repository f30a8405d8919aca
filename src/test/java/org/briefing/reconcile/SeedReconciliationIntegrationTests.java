package org.briefing.reconcile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefing.app.BriefingRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The judgments a good analyst draws from the five seed articles (the gold README) come out of
 * reconciliation, from the claims, and the briefing shows them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedReconciliationIntegrationTests {

    private JsonNode findings;

    private JsonNode claims;

    private String pdf;

    @BeforeAll
    void runTheJobOnTheSeeds(@TempDir Path work) throws IOException {
        Path out = work.resolve("out");
        int exit = BriefingRun.run(work, "--briefing.seeds=seeds", "--briefing.out=" + out, "--briefing.as-of=2024-11-01");
        assertThat(exit).isZero();
        JsonMapper json = JsonMapper.builder().build();
        this.findings = json.readTree(Files.readAllBytes(out.resolve("latest/findings.json")));
        this.claims = json.readTree(Files.readAllBytes(out.resolve("latest/claims.json")));
        try (PDDocument document = Loader.loadPDF(out.resolve("latest/briefing.pdf").toFile())) {
            this.pdf = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private JsonNode finding(String questionPrefix) {
        for (JsonNode finding : this.findings.path("findings")) {
            if (finding.path("question").path("id").asString().startsWith(questionPrefix)) {
                return finding;
            }
        }
        throw new AssertionError("no finding for " + questionPrefix);
    }

    private List<String> judgments() {
        List<String> texts = new ArrayList<>();
        this.findings.path("judgments").forEach((j) -> texts.add(j.path("text").asString()));
        return texts;
    }

    private String claimId(long low, Long high) {
        for (JsonNode claim : this.claims.path("claims")) {
            boolean highMatches = (high == null) ? claim.path("high").isNull() : claim.path("high").asLong() == high;
            if (claim.path("low").asLong() == low && highMatches) {
                return claim.path("id").asString();
            }
        }
        throw new AssertionError("no claim " + low + ".." + high);
    }

    @Test
    void personnelInRussiaInOctober2024HasAConsensusOfAbout11000From3IndependentSources() {
        JsonNode october = finding("personnel||present-or-planned|persons||2024-10");

        assertThat(october.path("consensus").path("best").asLong()).isEqualTo(11000);
        assertThat(october.path("consensus").path("low").asLong()).isEqualTo(10000);
        assertThat(october.path("consensus").path("high").asLong()).isEqualTo(12000);
        assertThat(october.path("consensus").path("sources").asInt()).isBetween(3, 4);
        assertThat(october.path("confidence").path("basis").asString()).contains("may rest on one intelligence origin");
        assertThat(judgments().get(0)).contains("about 11,000", "October 2024", "10,000 to 12,000");
    }

    @Test
    void firstDeploymentsOf1500And2600AreAFindingOfTheirOwn() {
        JsonNode first = finding("personnel||first-deployment|persons||2024-10");

        assertThat(first.path("claim_ids")).hasSize(2);
        assertThat(judgments()).anyMatch((j) -> j.contains("1,500") && j.contains("2,600"));
    }

    @Test
    void the100000VolunteersAreAnOutlierNotAnEstimate() {
        String claim = claimId(100000, 100000L);

        assertThat(judgments()).anyMatch((j) -> j.contains("100,000") && j.contains("outlier, not an estimate")
                && j.contains("without confirmation"));
        boolean flagged = false;
        for (JsonNode finding : this.findings.path("findings")) {
            for (JsonNode flag : finding.path("flags")) {
                flagged |= flag.path("type").asString().equals("outlier")
                        && flag.path("claim_ids").get(0).asString().equals(claim);
            }
        }
        assertThat(flagged).isTrue();
    }

    @Test
    void thePaymentPerBrigadeYearIsDerivedAndLabelledSo() {
        JsonNode derived = this.findings.path("derived").get(0);

        assertThat(derived.path("low").asLong()).isEqualTo(28_750_000L);
        assertThat(derived.path("high").asLong()).isEqualTo(38_333_333L);
        assertThat(derived.path("label").asString()).contains("per brigade-year (derived)");
        assertThat(derived.path("arithmetic").asString()).contains("115,000,000 ÷ 4");
        assertThat(judgments()).anyMatch((j) -> j.contains("USD 115 million") && j.contains("derived here"));
    }

    @Test
    void rutteAndKovalenkoContradictEachOther() {
        List<String> reasons = new ArrayList<>();
        this.findings.path("contradictions").forEach((f) -> {
            if (f.path("type").asString().equals("contradiction")) {
                reasons.add(f.path("reason").asString());
            }
        });

        assertThat(reasons).anyMatch((r) -> r.startsWith("Mark Rutte sees no evidence") && r.contains("Andriy Kovalenko"));
    }

    @Test
    void pyongyangAndMoscowsDenialsAreNoted() {
        assertThat(this.findings.path("contradictions").toString()).contains("North Korea and Russia deny");
    }

    @Test
    void theBriefingShowsJudgmentsEstimatesContradictionsAndTheDerivedPayment() {
        assertThat(this.pdf).contains("Key judgments", "Reconciled estimates", "Contradictions and outliers",
                "We assess that North Korea very likely had about 11,000", "per brigade", "derived");
        assertThat(this.pdf.indexOf("Key judgments")).isLessThan(this.pdf.indexOf("Reconciled estimates"));
    }
}
