package org.briefing.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole job on the seed articles, run like the README's command, read back as a reader would.
 * On H2 here; {@link BriefingJobOnPostgresIntegrationTests} runs the same tests on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BriefingJobIntegrationTests {

    private Path work;

    private TestDatabase database;

    private Path out;

    private int exitCode;

    @BeforeAll
    void runTheJobOnTheSeeds(@TempDir Path work) {
        this.work = work;
        this.out = this.work.resolve("out");
        this.database = database(work);
        this.exitCode = BriefingRun.run(this.database, "--briefing.seeds=seeds", "--briefing.out=" + this.out,
                "--briefing.template=dprk-russia", "--briefing.as-of=2024-11-01");
    }

    @Test
    void exitsZeroAndPointsLatestAtTheRun() throws IOException {
        assertThat(this.exitCode).isZero();
        Path latest = this.out.resolve("latest");
        assertThat(Files.isSymbolicLink(latest)).isTrue();
        assertThat(latest.resolve("briefing.pdf")).isRegularFile();
        assertThat(latest.resolve("claims.json")).isRegularFile();
        assertThat(Files.readSymbolicLink(latest).toString()).startsWith("2024-11-01_dprk-russia_");
        try (var entries = Files.list(this.out)) {
            assertThat(entries.map((p) -> p.getFileName().toString())).noneMatch((n) -> n.startsWith(".partial"));
        }
    }

    @Test
    void thePdfCitesTheSeedsFigures() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(this.out.resolve("latest/briefing.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replace('\u00A0', ' ');

            assertThat(text).contains("11,000", "10,000", "12,000", "2,600", "1,500", "300", "500", "100,000",
                    "115 million");
        }
    }

    @Test
    void chartsAreVectorsNotImages() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(this.out.resolve("latest/briefing.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            int chartPages = 0;
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                if (stripper.getText(pdf).contains("Personnel estimates over time")) {
                    chartPages++;
                    assertThat(imagesOn(pdf.getPage(i - 1))).as("image XObjects on chart page %d", i).isZero();
                }
            }
            assertThat(chartPages).isPositive();
        }
    }

    @Test
    void claimsJsonHoldsEveryClaimWithItsQuote() throws IOException {
        String json = Files.readString(this.out.resolve("latest/claims.json"));

        assertThat(json).contains("\"metric\" : \"personnel\"", "\"qualifier\" : \"range\"", "\"low\" : 10000",
                "\"high\" : 12000", "\"quote\" : ", "\"as_of\" : \"2024-10\"");
    }

    @Test
    void aSecondRunWithTheSameInputsDoesNothing() {
        int second = BriefingRun.run(this.database, "--briefing.seeds=seeds", "--briefing.out=" + this.out,
                "--briefing.template=dprk-russia", "--briefing.as-of=2024-11-01");

        assertThat(second).isZero();
    }

    /** The database the job runs on. */
    TestDatabase database(Path work) {
        return TestDatabase.h2(work);
    }

    private static int imagesOn(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        int images = 0;
        for (COSName name : resources.getXObjectNames()) {
            if (resources.isImageXObject(name)) {
                images++;
            }
        }
        return images;
    }

    static List<String> names(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.map((p) -> p.getFileName().toString()).sorted().toList();
        }
    }
}
