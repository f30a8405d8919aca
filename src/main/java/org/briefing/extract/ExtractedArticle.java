package org.briefing.extract;

import java.util.List;

import org.briefing.domain.Claim;

/**
 * What extraction made of one article: its claims, or the reason it has none when the article
 * defeated the rules.
 */
public record ExtractedArticle(String articleId, List<Claim> claims, String error) {

    public ExtractedArticle {
        claims = List.copyOf(claims);
    }
}
