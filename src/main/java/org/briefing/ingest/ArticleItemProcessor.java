package org.briefing.ingest;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Ingests one input file. Safe to call from several threads at once (the ingest step processes the
 * items of a chunk concurrently): {@link ArticleIngestor} is not thread-safe, so each call borrows
 * an ingestor of its own from a small pool, which never holds more ingestors than there were calls
 * at the same time.
 */
public class ArticleItemProcessor implements ItemProcessor<InputFile, IngestItemWriter.Ingested> {

    private final Queue<ArticleIngestor> idle = new ConcurrentLinkedQueue<>();

    private final Supplier<ArticleIngestor> ingestors;

    public ArticleItemProcessor(Supplier<ArticleIngestor> ingestors) {
        this.ingestors = ingestors;
    }

    @Override
    public IngestItemWriter.Ingested process(InputFile input) {
        ArticleIngestor ingestor = this.idle.poll();
        if (ingestor == null) {
            ingestor = this.ingestors.get();
        }
        try {
            return new IngestItemWriter.Ingested(input, ingestor.ingest(input.path()));
        }
        finally {
            this.idle.add(ingestor);
        }
    }
}
