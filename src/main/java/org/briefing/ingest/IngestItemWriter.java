package org.briefing.ingest;

import org.briefing.store.ArticleStore;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Stores each input of the chunk: the article, and the input's place in the run. */
public class IngestItemWriter implements ItemWriter<IngestItemWriter.Ingested> {

    /** An input file and what ingest made of it. */
    public record Ingested(InputFile input, IngestResult result) {
    }

    private final ArticleStore store;

    private final String runId;

    private final String profileKey;

    public IngestItemWriter(ArticleStore store, String runId, String profileKey) {
        this.store = store;
        this.runId = runId;
        this.profileKey = profileKey;
    }

    @Override
    public void write(Chunk<? extends Ingested> chunk) {
        for (Ingested item : chunk) {
            if (item.result() instanceof IngestResult.Ingested ingested) {
                this.store.saveArticle(ingested.article(), this.profileKey);
                this.store.saveInput(this.runId, item.input().seq(), ingested.fileName(), ingested.article().id(), null);
            }
            else if (item.result() instanceof IngestResult.Quarantined quarantined) {
                this.store.saveInput(this.runId, item.input().seq(), quarantined.fileName(), null,
                        quarantined.entry().reason());
            }
        }
    }
}
