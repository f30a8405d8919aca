package org.briefing.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs on a growing corpus: an article already ingested and extracted under the same profile is
 * not extracted again; new rules or a new template (a new profile) extract everything again.
 * What each run extracted is read from its run-log.json.
 */
class IncrementalRunsIntegrationTests {

    @TempDir
    Path work;

    @Test
    void aNewArticleIsTheOnlyOneExtracted() throws IOException {
        Path corpus = Corpus.ofSeeds(this.work.resolve("corpus"), 1);
        run(corpus, "dprk-russia");
        Files.writeString(corpus.resolve("new-article.txt"),
                Files.readString(Path.of("seeds").resolve(firstSeed())) + "\n\nA later edition.\n");

        Path second = run(corpus, "dprk-russia");

        assertThat(stepCount(second, "ingestStep", "read")).isEqualTo(6);
        assertThat(stepCount(second, "extractStep", "read")).isEqualTo(1);
        assertThat(runs()).hasSize(2);
    }

    @Test
    void aNewProfileExtractsEverythingAgain() throws IOException {
        Path corpus = Corpus.ofSeeds(this.work.resolve("corpus"), 1);
        run(corpus, "dprk-russia");
        Path template = copyOfTheTemplate();
        Files.writeString(template.resolve("briefing.css"), "\n/* restyled */\n", java.nio.file.StandardOpenOption.APPEND);

        Path second = run(corpus, template.toString());

        assertThat(stepCount(second, "extractStep", "read")).isEqualTo(5);
    }

    private Path run(Path corpus, String template) throws IOException {
        int exit = BriefingRun.run(this.work.resolve("db"), "--briefing.seeds=" + corpus,
                "--briefing.out=" + this.work.resolve("out"), "--briefing.template=" + template,
                "--briefing.as-of=2024-11-01");
        assertThat(exit).isZero();
        return this.work.resolve("out/latest").toRealPath();
    }

    private static long stepCount(Path run, String step, String count) {
        JsonNode log = JsonMapper.builder().build().readTree(run.resolve(RunLog.FILE).toFile());
        for (JsonNode s : log.path("executions").get(0).path("steps")) {
            if (s.path("step").asString().equals(step)) {
                return s.path(count).asLong();
            }
        }
        throw new AssertionError("no " + step + " in " + run);
    }

    private Path copyOfTheTemplate() throws IOException {
        Path source = Path.of("report-templates", "dprk-russia");
        Path target = this.work.resolve("restyled");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(source.relativize(file).toString()));
            }
        }
        return target;
    }

    private java.util.List<Path> runs() throws IOException {
        try (Stream<Path> entries = Files.list(this.work.resolve("out"))) {
            return entries.filter((p) -> p.getFileName().toString().startsWith("2024-")).toList();
        }
    }

    private static String firstSeed() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            return files.map((p) -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
        }
    }
}
