package org.briefing.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.briefing.app.BriefingRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import static org.assertj.core.api.Assertions.assertThat;

/** The seeds' briefing as issue 5 accepts it: valid, small, self-contained, and loading nothing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class SeedBriefingIntegrationTests {

    private Path run;

    private byte[] pdf;

    private String log;

    @BeforeAll
    void renderTheSeeds(@TempDir Path work, CapturedOutput output) throws IOException {
        int exit = BriefingRun.run(work, "--briefing.seeds=seeds", "--briefing.out=" + work.resolve("out"),
                "--briefing.template=dprk-russia", "--briefing.as-of=2024-11-01");
        assertThat(exit).isZero();
        this.run = work.resolve("out/latest");
        this.pdf = Files.readAllBytes(this.run.resolve("briefing.pdf"));
        this.log = output.getAll();
    }

    @Test
    void passesVeraPdfForPdfA3a() {
        assertThat(PdfValidation.failures(this.pdf, PDFAFlavour.PDFA_3_A)).as("PDF/A-3a failures").isEmpty();
    }

    @Test
    void passesVeraPdfForPdfUa1() {
        assertThat(PdfValidation.failures(this.pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 failures").isEmpty();
    }

    @Test
    void staysUnderOneMegabyte() {
        assertThat(this.pdf.length).isLessThan(1_000_000);
    }

    @Test
    void carriesTheDataFilesItWasWrittenWith() throws IOException {
        try (PDDocument document = Loader.loadPDF(this.pdf)) {
            Map<String, PDComplexFileSpecification> files = new LinkedHashMap<>(
                    document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames());

            assertThat(files).containsOnlyKeys("claims.json", "findings.json", "manifest.json");
            assertThat(files.get("claims.json").getEmbeddedFile().toByteArray())
                .isEqualTo(Files.readAllBytes(this.run.resolve("claims.json")));
            assertThat(files.get("findings.json").getEmbeddedFile().toByteArray())
                .isEqualTo(Files.readAllBytes(this.run.resolve("findings.json")));
            assertThat(new String(files.get("manifest.json").getEmbeddedFile().toByteArray()))
                .contains("\"claims.json\"", "000_eb8d9bd0a4c76fe8.txt");
            assertThat(files.get("manifest.json").getCOSObject().getNameAsString("AFRelationship")).isEqualTo("Source");
        }
    }

    @Test
    void asksForNoExternalResource() {
        assertThat(this.log).contains("briefing written to").doesNotContain("asked for an external resource");
    }

    @Test
    void showsEveryFigureOfTheSeedsWithAContentsPage() throws IOException {
        String text = BriefingPdfTests.text(this.pdf);

        assertThat(text).contains("Contents", "Claim register", "Sources", "Method and limitations", "11,000",
                "10,000–12,000", "up to USD 115 million a year", "page 1 of ");
        assertThat(text).containsPattern("Sources \\.+ ?\\d+ ");
    }
}
