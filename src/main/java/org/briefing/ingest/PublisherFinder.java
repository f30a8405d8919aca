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

    /** "SEOUL, Oct 18 (Reuters) -", "MOSCOW, October 20. /TASS/.", "KYIV (AFP) -". */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'-]{1,40}(?:,[^()\\n/]{1,30})?[\\s.]*(?:\\(([\\p{L}][\\p{L} .&-]{1,30})\\)|/([\\p{L}][\\p{L} .&-]{1,30})/)\\s*[-–—.:]");

    /** "ISW cannot independently verify", "Reuters could not confirm": an outlet speaking of itself. */
    private static final Pattern SELF_REFERENCE = Pattern.compile(NAME
            + "\\s+(?:could not|cannot|can not|was unable to|has not been able to|has not|did not)\\s+(?:independently\\s+)?(?:verify|confirm|observe[ds]?|seen)\\b");

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
        for (Block block : blocks) {
            Matcher dateline = DATELINE.matcher(text.substring(block.start(), Math.min(block.end(), block.start() + 120)));
            if (!block.isBoilerplate() && dateline.find()) {
                String name = (dateline.group(1) != null) ? dateline.group(1) : dateline.group(2);
                return found(name, "dateline credit '" + Blocks.oneLine(dateline.group()) + "'");
            }
        }
        Matcher comment = FOR_COMMENT.matcher(text);
        if (comment.find()) {
            return found(comment.group(1), "the outlet's request for comment: '" + Blocks.oneLine(shorten(comment.group()))
                    + "'");
        }
        Matcher self = SELF_REFERENCE.matcher(text);
        if (self.find() && !self.group(1).matches("(?i)(it|we|they|he|she|the .*)")) {
            return found(self.group(1), "the outlet speaking of itself: '" + Blocks.oneLine(self.group()) + "'");
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
