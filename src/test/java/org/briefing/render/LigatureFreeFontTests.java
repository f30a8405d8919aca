package org.briefing.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LigatureFreeFontTests {

    private static final Path DEJAVU = Path.of("report-templates/dprk-russia/fonts/DejaVuSans.ttf");

    @Test
    void hidesTheSubstitutionTableFromPdfBoxAndKeepsTheGlyphs() throws IOException {
        byte[] original = Files.readAllBytes(DEJAVU);

        byte[] font = LigatureFreeFont.of(original);

        try (TrueTypeFont before = parse(original); TrueTypeFont after = parse(font)) {
            assertThat(before.getTableMap()).containsKey("GSUB");
            assertThat(after.getTableMap()).doesNotContainKey("GSUB");
            assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
        }
        assertThat(font).hasSameSizeAs(original);
    }

    @Test
    void leavesOtherBytesAlone() {
        byte[] notAFont = "not a font at all".getBytes(StandardCharsets.US_ASCII);

        assertThat(LigatureFreeFont.of(notAFont)).isSameAs(notAFont);
    }

    private static TrueTypeFont parse(byte[] bytes) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }
}
