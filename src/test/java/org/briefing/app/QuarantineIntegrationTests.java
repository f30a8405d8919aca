package org.briefing.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inputs that cannot be read are set aside with their reasons, in quarantine.json and in the
 * PDF, and the job still completes with exit code 0.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuarantineIntegrationTests {

    private Path out;

    private int exitCode;

    @BeforeAll
    void runOnAFolderWithBadInputs(@TempDir Path work) throws IOException {
        Path corpus = Corpus.ofSeeds(work.resolve("corpus"), 1);
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Files.write(corpus.resolve("binary.txt"), new byte[] { 0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0 });
        Files.writeString(corpus.resolve("huge.txt"), "Pyongyang sent troops. ".repeat(3000), StandardCharsets.UTF_8);
        Path outside = Files.writeString(work.resolve("secret.txt"), "Outside the input folder.");
        Files.createSymbolicLink(corpus.resolve("escape.txt"), outside);
        this.out = work.resolve("out");
        this.exitCode = BriefingRun.run(work.resolve("db"), "--briefing.seeds=" + corpus, "--briefing.out=" + this.out,
                "--briefing.as-of=2024-11-01", "--briefing.max-article-bytes=40000");
    }

    @Test
    void theJobCompletes() {
        assertThat(this.exitCode).isZero();
    }

    @Test
    void quarantineJsonListsEachBadInputWithItsReason() throws IOException {
        String json = Files.readString(this.out.resolve("latest/quarantine.json"));

        assertThat(json).contains("\"empty.txt\"", "empty file")
            .contains("\"binary.txt\"", "binary content")
            .contains("\"huge.txt\"", "too large")
            .contains("\"escape.txt\"", "symbolic link leading outside the input folder")
            .doesNotContain("Outside the input folder");
    }

    @Test
    void thePdfListsThemToo() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(this.out.resolve("latest/briefing.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(text).contains("empty.txt", "binary.txt", "huge.txt", "escape.txt");
        }
    }

    @Test
    void theSummaryCountsThem() throws IOException {
        assertThat(RunSummary.read(this.out.resolve("latest").toRealPath()))
            .hasValueSatisfying((summary) -> assertThat(summary.quarantined()).isEqualTo(4));
    }
}
