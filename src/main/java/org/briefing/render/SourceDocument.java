package org.briefing.render;

import org.briefing.domain.Article;
import org.briefing.domain.PartialDate;

/** What the briefing says about an input article: everything but its text. */
public record SourceDocument(String id, String fileName, String title, String publisher, String publisherBasis,
        PartialDate published, String publishedBasis, String url) {

    public static SourceDocument of(Article article) {
        return new SourceDocument(article.id(), article.fileName(), article.title(), article.publisher(),
                article.publisherBasis(), article.published(), article.publishedBasis(), article.url());
    }
}
