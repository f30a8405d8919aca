package org.briefing.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.briefing.app.BriefingRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article whose text holds markup, a script and an image pointing at a local file: the briefing
 * must print that text as written, and the renderer must ask for nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
class HostileArticleIntegrationTests {

    private static final String ARTICLE = """
            North Korean troops <b>bold</b> in Kursk

            About 3,000 North Korean troops <b>bold</b> <script>alert(1)</script> \
            <img src="file:///etc/passwd"> were deployed to Kursk, Ukraine's General Staff said on Friday.
            """;

    @Test
    void printsMarkupLiterallyAndLoadsNothing(@TempDir Path work, CapturedOutput output) throws IOException {
        Path seeds = Files.createDirectories(work.resolve("seeds"));
        Files.writeString(seeds.resolve("hostile.txt"), ARTICLE, StandardCharsets.UTF_8);

        int exit = BriefingRun.run(work.resolve("db"), "--briefing.seeds=" + seeds, "--briefing.out=" + work.resolve("out"),
                "--briefing.template=dprk-russia", "--briefing.as-of=2024-11-01");

        assertThat(exit).isZero();
        String text = BriefingPdfTests.text(Files.readAllBytes(work.resolve("out/latest/briefing.pdf")));
        assertThat(text).contains("about 3,000", "General Staff of the Armed Forces of Ukraine");
        // lines may break inside the markup ("<b>bold<" / "/b>"): compare without white space
        assertThat(text.replaceAll("\\s", "")).contains("troops<b>bold</b><script>alert(1)</script>",
                "<imgsrc=\"file:///etc/passwd\">weredeployed");
        assertThat(text).doesNotContain("root:x:0:0");
        assertThat(output.getAll()).contains("briefing written to").doesNotContain("asked for an external resource");
    }
}
