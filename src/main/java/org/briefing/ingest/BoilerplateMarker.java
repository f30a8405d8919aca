package org.briefing.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.ibm.icu.lang.UScript;
import org.briefing.domain.Block;
import org.briefing.domain.BlockKind;
import org.briefing.text.Lower;
import org.briefing.text.Scripts;

/**
 * Marks the blocks that are not the article: bylines, captions, photo credits, visit counters,
 * cookie notices, blocks in another script than the article's, and the trailer: everything from a
 * copyright line, or from a "related", "comments", "read more" or foreign-language heading in the
 * last part of the text, to the end. Each marked block keeps its reason.
 */
final class BoilerplateMarker {

    /** Trailer headings start the trailer only in the last part of the document. */
    private static final double TRAILER_ZONE = 0.4;

    private static final Pattern COPYRIGHT = Pattern.compile("(?i)^\\s*(\\(c\\)|©|copyright\\b).{0,80}$");

    private static final Pattern TRAILER_HEADING = Pattern.compile("(?i)^[\\s\\p{Punct}•·–—-]*("
            + "related|related (articles|stories|news|posts|content|coverage)|read (more|also|next)|see also|more (in|from) .{0,40}"
            + "|more stories|(week's |today's )?top stories|most (read|popular|viewed)|recent posts|latest( news| stories)?"
            + "|load next story|next story|source link|share( this( article| story)?)?( on .*)?|leave a (reply|comment)"
            + "|comments?( \\(\\d+\\))?|enter comments here:?|add a comment|post a comment|join the conversation"
            + "|sponsored( content)?|- ?sponsor ?-.*|advertisement|subscribe.{0,40}|sign up .{0,60}|tags?:?.{0,60}"
            + "|you (may|might) also like|recommended( for you)?|trending( now)?|follow us.{0,40}|about the author"
            + "|свіжі дописи|читайте також|читати більше|новини|последние новости|читайте также"
            + ")[\\s\\p{Punct}]*$");

    private static final Pattern COUNTER = Pattern
        .compile("(?i)^\\s*(visited \\d+ times.*|\\d[\\d,]* (views|visits|reads)\\b.{0,30}|.{0,40}visit\\(s\\) today.*)$");

    private static final Pattern COOKIES = Pattern.compile("(?i).{0,80}\\b(cookies?|використовує cookies)\\b.{0,80}");

    private static final Pattern COMMENT_FORM = Pattern
        .compile("(?i).*(your email address will not be published|required fields are marked|log in to comment).*");

    private static final Pattern CAPTION = Pattern.compile(
            "(?i)^\\s*(in this (photo|picture|image|handout)|photo( source| credit)?\\s*:|image( source)?\\s*:|pictured\\s*:|\\(photo|file photo|screenshot).*"
                    + "|.*\\b(photo source|photo credit|getty images|ap photo|afp via getty|reuters/)\\b.*"
                    + "|.*…\\s*$");

    private static final Pattern CREDIT = Pattern.compile("^\\s*[\\p{Lu}][\\p{Lu}&./ -]{0,14}\\s*$");

    /** Wire copy's credits, corrections and update notes ("(Updates with …)"), a newsroom's standards line. */
    private static final Pattern CREDITS = Pattern.compile(
            "(?i)^\\s*\\(?\\s*(reporting by|additional reporting|writing by|editing by|compiled by|this (story|article|report) (has been|was) (corrected|updated|amended|refiled)|(correction|clarification)(\\s*[,(][^:\\n]{0,40})?\\s*:|our standards\\s*:"
                    + "|(updates|adds|recasts|corrects|refiles|rewrites) (with|to|throughout|paragraph|para|headline)\\b"
                    + "|an? (earlier|previous) version (of this (story|article|report) )?(said|stated|misstated|gave|reported|incorrectly)).*");

    private static final Pattern RELATED_LINE = Pattern.compile("(?i)^\\s*(related|read more|read also|see also|also read|more|watch|listen)\\s*:.*");

    private static final Pattern BYLINE = Pattern.compile(
            "(?i)^\\s*(by\\s+\\p{Lu}.{0,60}|(published|updated|posted)\\b.{0,60}|.{0,40}\\d{1,2}:\\d{2}.{0,30})$");

    List<Block> mark(String text, List<Block> blocks) {
        int script = dominantScript(text, blocks);
        int trailer = trailerStart(text, blocks, script);
        List<Block> marked = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            String content = text.substring(block.start(), block.end());
            // a table row is judged with its table, not as a line of prose: "| Photos | 12 |" is no caption
            String reason = block.isBoilerplate() ? block.reason()
                    : (i >= trailer) ? trailerReason(text, blocks.get(trailer))
                    : block.isTableRow() ? null : reason(content, block, script);
            marked.add((reason == null) ? block : new Block(block.start(), block.end(), BlockKind.BOILERPLATE, reason));
        }
        return marked;
    }

    private static int trailerStart(String text, List<Block> blocks, int script) {
        int zone = (int) (text.length() * (1 - TRAILER_ZONE));
        for (int i = 1; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.isTableRow()) {
                continue; // "| Comments | 3 |" does not start a trailer
            }
            String content = text.substring(block.start(), block.end());
            if (COPYRIGHT.matcher(content).matches()) {
                return i;
            }
            boolean heading = block.kind() == BlockKind.HEADING || Blocks.words(content, 4) <= 4;
            if (block.start() >= zone && heading
                    && (TRAILER_HEADING.matcher(content).matches() || otherScript(content, script))) {
                return i;
            }
        }
        return blocks.size();
    }

    private static String trailerReason(String text, Block first) {
        String marker = Blocks.oneLine(text.substring(first.start(), first.end()));
        if (marker.length() > 40) {
            marker = marker.substring(0, 40) + "…";
        }
        return "page trailer from '" + marker + "': footer, comments, related links";
    }

    /**
     * The patterns run only on blocks that contain one of their words (case folded): a pattern
     * that must find its phrase anywhere in a block tries it at every position, which made these
     * checks the larger part of ingest. The words are necessary for a match, so nothing changes
     * what is marked.
     */
    private static String reason(String content, Block block, int script) {
        if (otherScript(content, script)) {
            return "other-language block";
        }
        String folded = content.toLowerCase(Locale.ROOT);
        int words = Blocks.words(content, 80); // the largest limit below
        if (Lower.containsAny(folded, "visit", "views", "reads") && COUNTER.matcher(content).matches()) {
            return "visit counter";
        }
        if (Lower.containsAny(folded, "your email address", "required fields", "log in to comment")
                && COMMENT_FORM.matcher(content).matches()) {
            return "comment form";
        }
        if (words <= 40 && content.indexOf(':') >= 0 && RELATED_LINE.matcher(content).matches()) {
            return "related link";
        }
        if (words <= 80 && CREDITS.matcher(content).matches()) {
            return "credits or correction note";
        }
        if (words <= 30 && folded.contains("cookie") && COOKIES.matcher(content).matches()) {
            return "cookie notice";
        }
        if (block.kind() != BlockKind.TITLE && words <= 60
                && Lower.containsAny(folded, "photo", "picture", "image", "handout", "screenshot", "getty", "reuters/", "…")
                && CAPTION.matcher(content).matches()) {
            return "photo caption or credit";
        }
        if (block.kind() == BlockKind.HEADING && words <= 3 && CREDIT.matcher(content).matches()) {
            return "photo credit";
        }
        if (block.kind() == BlockKind.HEADING && BYLINE.matcher(content).matches()) {
            return "byline";
        }
        return null;
    }


    private static int dominantScript(String text, List<Block> blocks) {
        StringBuilder body = new StringBuilder();
        for (Block block : blocks) {
            if (block.kind() == BlockKind.BODY || block.kind() == BlockKind.TITLE) {
                body.append(text, block.start(), block.end()).append(' ');
            }
        }
        int script = Scripts.dominant(body);
        return (script == UScript.COMMON) ? Scripts.dominant(text) : script;
    }

    private static boolean otherScript(String content, int script) {
        return script != UScript.COMMON && Scripts.share(content, script) < 0.5
                && Scripts.dominant(content) != UScript.COMMON;
    }

    static String describe(Block block) {
        return block.kind().name().toLowerCase(Locale.ROOT) + (block.reason().isEmpty() ? "" : ": " + block.reason());
    }
}
