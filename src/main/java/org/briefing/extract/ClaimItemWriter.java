package org.briefing.extract;

import org.briefing.store.ClaimStore;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Stores each article's claims with the mark that it is extracted, in the chunk's transaction. */
public class ClaimItemWriter implements ItemWriter<ExtractedArticle> {

    private final ClaimStore store;

    private final String profileKey;

    public ClaimItemWriter(ClaimStore store, String profileKey) {
        this.store = store;
        this.profileKey = profileKey;
    }

    @Override
    public void write(Chunk<? extends ExtractedArticle> chunk) {
        for (ExtractedArticle article : chunk) {
            this.store.save(article.articleId(), this.profileKey, article.claims(), article.statements(), article.error());
        }
    }
}
