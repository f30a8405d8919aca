package org.briefing.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.briefing.domain.Block;

/**
 * Finds the outlet that published an article when no metadata names it, from what outlets write
 * about themselves: a copyright line ("(C)UNIAN 2023"), a request for comment ("Newsweek has
 * contacted the ministry for comment"), or an editor's signature ("Editor-In-Chief of Atlas News").
 */
final class PublisherFinder {

    private static final String NAME = "(\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:\\s+(?:of\\s+|the\\s+)?\\p{Lu}[\\p{L}\\p{N}&.'’-]*){0,4})";

    private static final Pattern COPYRIGHT = Pattern
        .compile("(?i:\\(c\\)|©|copyright)\\s*(?:(?:19|20)\\d{2}\\s*)?" + NAME + "\\s*(?:(?:19|20)\\d{2})?");

    private static final Pattern FOR_COMMENT = Pattern.compile(
            NAME + "\\s+(?:has\\s+|had\\s+|have\\s+)?(?:contacted|reached out to|asked|approached|emailed)\\b[^.]{0,200}?\\bfor (?:comment|a response)");

    private static final Pattern SIGNATURE = Pattern
        .compile("(?i:editor[- ]in[- ]chief|managing editor|founder|staff writer|correspondent)\\s+(?:of|at|for)\\s+" + NAME);

    record Found(String publisher, String basis) {
    }

    Optional<Found> find(String text, List<Block> blocks) {
        for (Block block : blocks) {
            String content = text.substring(block.start(), block.end());
            Matcher copyright = COPYRIGHT.matcher(content);
            if (content.length() < 120 && copyright.find()) {
                return found(copyright.group(1), "copyright line '" + Blocks.oneLine(content) + "'");
            }
        }
        Matcher comment = FOR_COMMENT.matcher(text);
        if (comment.find()) {
            return found(comment.group(1), "the outlet's request for comment: '" + Blocks.oneLine(shorten(comment.group()))
                    + "'");
        }
        Matcher signature = SIGNATURE.matcher(text);
        if (signature.find()) {
            return found(signature.group(1), "the author's signature: '" + Blocks.oneLine(signature.group()) + "'");
        }
        return Optional.empty();
    }

    private static Optional<Found> found(String name, String basis) {
        String cleaned = name.replaceAll("[.’']+$", "").trim();
        return cleaned.isEmpty() ? Optional.empty() : Optional.of(new Found(cleaned, basis));
    }

    private static String shorten(String text) {
        return (text.length() <= 80) ? text : text.substring(0, 60) + " … " + text.substring(text.length() - 15);
    }
}
