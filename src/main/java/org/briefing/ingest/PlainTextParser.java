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
        for (int[] span : spans) {
            BlockKind kind = blocks.isEmpty() ? BlockKind.TITLE : Blocks.kindOf(text.substring(span[0], span[1]));
            blocks.add(Block.content(span[0], span[1], kind));
        }
        String title = blocks.isEmpty() ? "" : text.substring(blocks.get(0).start(), blocks.get(0).end());
        return new ParsedDocument(text, blocks, Blocks.oneLine(title), ParsedDocument.Metadata.NONE);
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
