package org.briefing.extract;

import java.util.List;

import org.briefing.domain.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Extracts one article's claims. An article that defeats a rule is kept with no claims and the
 * reason, and the step goes on.
 */
public class ClaimItemProcessor implements ItemProcessor<Article, ExtractedArticle> {

    private static final Logger logger = LoggerFactory.getLogger(ClaimItemProcessor.class);

    private final ClaimExtractor extractor;

    public ClaimItemProcessor(ClaimExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public ExtractedArticle process(Article article) {
        try {
            ClaimExtractor.Extraction extraction = this.extractor.extractAll(article);
            return new ExtractedArticle(article.id(), extraction.claims(), extraction.statements(), null);
        }
        catch (RuntimeException | StackOverflowError ex) {
            logger.warn("extraction failed for {}: {}", article.fileName(), ex.toString());
            return new ExtractedArticle(article.id(), List.of(), List.of(), ex.toString());
        }
    }
}
