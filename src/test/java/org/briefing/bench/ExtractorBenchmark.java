package org.briefing.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.briefing.domain.Article;
import org.briefing.extract.ClaimExtractor;
import org.briefing.ingest.ArticleIngestor;
import org.briefing.ingest.IngestResult;
import org.briefing.template.Template;
import org.briefing.template.TemplateLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Extraction alone, on one thread: {@link ClaimExtractor#extractAll} over {@value #ARTICLES}
 * articles of a generated corpus, ingested beforehand. The score is articles per second on one
 * core. Run it with the command in {@code docs/benchmarks.md}; it is not part of the build. Its
 * settings are those of {@link OneThreadBenchmark}.
 */
public class ExtractorBenchmark extends OneThreadBenchmark {

    static final int ARTICLES = 1000;

    private final List<Article> articles = new ArrayList<>();

    private ClaimExtractor extractor;

    @Setup
    public void ingest() throws IOException {
        Template template = new TemplateLoader().load("dprk-russia");
        Path corpus = Files.createTempDirectory("extractor-benchmark");
        CorpusGenerator.fromProject(Path.of("")).write(corpus, ARTICLES, 1);
        ArticleIngestor ingestor = new ArticleIngestor(corpus, 2_000_000, template);
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(ArticleIngestor::isInput).sorted().toList()) {
                if (ingestor.ingest(file) instanceof IngestResult.Ingested ingested) {
                    this.articles.add(ingested.article());
                }
            }
        }
        if (this.articles.size() != ARTICLES) {
            throw new IllegalStateException("expected " + ARTICLES + " articles, ingested " + this.articles.size());
        }
        this.extractor = new ClaimExtractor(template);
    }

    /** One invocation extracts every article once; the score counts articles. */
    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void extract(Blackhole blackhole) {
        for (Article article : this.articles) {
            blackhole.consume(this.extractor.extractAll(article));
        }
    }
}
