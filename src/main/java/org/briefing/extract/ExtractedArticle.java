package org.briefing.extract;

import java.util.List;

import org.briefing.domain.Claim;
import org.briefing.domain.Statement;

/**
 * What extraction made of one article: its claims and statements, or the reason it has none when
 * the article defeated the rules.
 */
public record ExtractedArticle(String articleId, List<Claim> claims, List<Statement> statements, String error) {

    public ExtractedArticle {
        claims = List.copyOf(claims);
        statements = List.copyOf(statements);
    }
}
