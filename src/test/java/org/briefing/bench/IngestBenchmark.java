package org.briefing.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.briefing.ingest.ArticleIngestor;
import org.briefing.template.TemplateLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Ingest alone, on one thread: {@link ArticleIngestor#ingest} (read, decode, parse, mark
 * boilerplate, find publisher and date) over the {@value #FILES} inputs of a generated corpus,
 * read from the file cache. The score is files per second on one core; run it with the command
 * in {@code docs/benchmarks.md}. Its settings are those of {@link OneThreadBenchmark}.
 */
public class IngestBenchmark extends OneThreadBenchmark {

    static final int FILES = 1000;

    private List<Path> files;

    private ArticleIngestor ingestor;

    @Setup
    public void generate() throws IOException {
        Path corpus = Files.createTempDirectory("ingest-benchmark");
        CorpusGenerator.fromProject(Path.of("")).write(corpus, FILES, 1);
        try (Stream<Path> listed = Files.list(corpus)) {
            this.files = listed.filter(ArticleIngestor::isInput).sorted().toList();
        }
        if (this.files.size() != FILES) {
            throw new IllegalStateException("expected " + FILES + " inputs, found " + this.files.size());
        }
        this.ingestor = new ArticleIngestor(corpus, 2_000_000, new TemplateLoader().load("dprk-russia"));
    }

    /** One invocation ingests every file once; the score counts files. */
    @Benchmark
    @OperationsPerInvocation(FILES)
    public void ingest(Blackhole blackhole) {
        for (Path file : this.files) {
            blackhole.consume(this.ingestor.ingest(file));
        }
    }
}
