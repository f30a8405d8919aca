package org.briefing.ingest;

import java.util.ArrayList;
import java.util.List;

import org.briefing.domain.Block;
import org.briefing.domain.BlockKind;

/**
 * Plain text: the text is the decoded file with line endings made {@code \n}. A block is a run of
 * non-blank lines; a bulleted line starts a block of its own. The first block is the title; short
 * lines without closing punctuation are headings.
 */
final class PlainTextParser {

    ParsedDocument parse(String decoded) {
        String text = decoded.replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<int[]> spans = blockSpans(text);
        List<Block> blocks = new ArrayList<>();
        Block titleBlock = null;
        for (int[] span : spans) {
            String content = text.substring(span[0], span[1]);
            if (titleBlock == null && blocks.size() < 2 && isPageHeader(content)) {
                blocks.add(new Block(span[0], span[1], BlockKind.BOILERPLATE, "page header: masthead and navigation"));
                continue;
            }
            BlockKind kind = (titleBlock == null) ? BlockKind.TITLE : Blocks.kindOf(content);
            Block block = Block.content(span[0], span[1], kind);
            titleBlock = (titleBlock == null) ? block : titleBlock;
            blocks.add(block);
        }
        String title = (titleBlock == null) ? "" : text.substring(titleBlock.start(), titleBlock.end());
        return new ParsedDocument(text, blocks, Blocks.oneLine(title), ParsedDocument.Metadata.NONE);
    }

    /**
     * A copied web page's header above the headline: short lines without closing punctuation, one
     * of them the site's navigation ("Just In | World | Asia").
     */
    static boolean isPageHeader(String block) {
        if (!block.contains("\n") && PublisherFinder.mastheadWithFurniture(block.strip()) != null) {
            return true; // "Le Monde Afrique — English edition" alone
        }
        boolean navigation = false;
        for (String line : block.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.length() > 80 || trimmed.matches(".*[.!?\"”]$")) {
                return false;
            }
            navigation |= Blocks.isNavigation(trimmed);
        }
        return navigation;
    }

    private static List<int[]> blockSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        int blockStart = -1;
        int blockEnd = -1;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = (newline < 0) ? text.length() : newline;
            String line = text.substring(lineStart, lineEnd);
            if (line.isBlank() || Blocks.isBullet(line)) {
                if (blockStart >= 0) {
                    spans.add(trimmed(text, blockStart, blockEnd));
                    blockStart = -1;
                }
            }
            if (!line.isBlank()) {
                if (blockStart < 0) {
                    blockStart = lineStart;
                }
                blockEnd = lineEnd;
                if (Blocks.isBullet(line)) {
                    spans.add(trimmed(text, blockStart, blockEnd));
                    blockStart = -1;
                }
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        if (blockStart >= 0) {
            spans.add(trimmed(text, blockStart, blockEnd));
        }
        spans.removeIf((span) -> span[1] <= span[0]);
        return spans;
    }

    private static int[] trimmed(String text, int start, int end) {
        while (start < end && Blocks.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && Blocks.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return new int[] { start, end };
    }
}
