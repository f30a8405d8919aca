package org.briefing.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.briefing.TestTemplates;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class PdfWriterTests {

    private static final PdfMetadata METADATA = new PdfMetadata("t", "s", "k", "briefing test", LocalDate.of(2024, 11, 1),
            "id", List.of());

    @Test
    void refusesRecordsAndReportsEveryResourceTheHtmlAsksFor(CapturedOutput output) {
        Document html = Jsoup.parse("<html lang=\"en\"><head><title>t</title>"
                + "<link rel=\"stylesheet\" href=\"http://127.0.0.1:9/x.css\"/></head>"
                + "<body><p>text</p><img src=\"file:///etc/passwd\"/></body></html>");
        html.outputSettings().syntax(Document.OutputSettings.Syntax.xml);
        ResourceGuard guard = new ResourceGuard();

        byte[] pdf = new PdfWriter(guard).write(html, TestTemplates.dprkRussia(), Map.of(), METADATA);

        assertThat(pdf).isNotEmpty();
        assertThat(guard.requests()).anySatisfy((r) -> assertThat(r).contains("file:///etc/passwd"))
            .anySatisfy((r) -> assertThat(r).contains("http://127.0.0.1:9/x.css"));
        assertThat(output.getAll()).contains("asked for an external resource and was refused: IMAGE_RASTER file:///etc/passwd");
    }
}
