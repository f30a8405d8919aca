package org.briefing.ingest;

import java.util.ArrayList;
import java.util.List;

import org.briefing.domain.Article;
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
        List<Article> articles = new ArrayList<>();
        List<ArticleStore.Input> inputs = new ArrayList<>();
        for (Ingested item : chunk) {
            if (item.result() instanceof IngestResult.Ingested ingested) {
                articles.add(ingested.article());
                inputs.add(new ArticleStore.Input(item.input().seq(), ingested.fileName(), ingested.article().id(), null));
            }
            else if (item.result() instanceof IngestResult.Quarantined quarantined) {
                inputs.add(new ArticleStore.Input(item.input().seq(), quarantined.fileName(), null,
                        quarantined.entry().reason()));
            }
        }
        this.store.saveArticles(articles, this.profileKey);
        this.store.saveInputs(this.runId, inputs);
    }
}
