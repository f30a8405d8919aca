package org.briefing.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Pipe tables as GitHub writes them, for commonmark, which leaves them as paragraph text: a header
 * row, a delimiter row ({@code | --- | ---: |}) with as many cells, then the rows that follow
 * while each line holds a bar. Cells are split at bars not escaped ({@code \|} is a bar inside a
 * cell) and read as inline Markdown; a row with fewer cells than the header is filled with empty
 * ones, cells beyond the header's are dropped. A table wider than
 * {@link HtmlParser#MAX_COLUMNS} columns stays paragraph text. Rendered as an HTML
 * {@code <table>}, the header row in {@code <thead>}. (commonmark's own tables extension is not
 * used: it is released in step with the core library, and no release of it matches ours here.)
 */
final class PipeTables {

    private PipeTables() {
    }

    /** A table: its rows, the header first. */
    static final class Table extends CustomBlock {
    }

    /** A row of cells. */
    static final class Row extends CustomNode {

        final boolean header;

        Row(boolean header) {
            this.header = header;
        }
    }

    /** A cell; its children are its inline content. */
    static final class Cell extends CustomNode {
    }

    /** Starts a table where the line is a delimiter row under a paragraph line of as many cells. */
    static final class Factory extends AbstractBlockParserFactory {

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            List<SourceLine> paragraph = matched.getParagraphLines().getLines();
            if (paragraph.isEmpty() || state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            CharSequence delimiter = line.subSequence(state.getNextNonSpaceIndex(), line.length());
            int columns = delimiterColumns(delimiter);
            SourceLine header = paragraph.get(paragraph.size() - 1);
            if (columns < 1 || columns > HtmlParser.MAX_COLUMNS || indexOfBar(header.getContent()) < 0
                    || cells(header.getContent(), columns + 1).size() != columns) {
                return BlockStart.none();
            }
            return BlockStart.of(new Parser(header, columns)).atIndex(state.getIndex()).replaceParagraphLines(1);
        }
    }

    private static final class Parser extends AbstractBlockParser {

        private final Table block = new Table();

        private final SourceLine header;

        private final int columns;

        private final List<SourceLine> rows = new ArrayList<>();

        private boolean delimiterSeen;

        Parser(SourceLine header, int columns) {
            this.header = header;
            this.columns = columns;
        }

        @Override
        public Block getBlock() {
            return this.block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (state.isBlank() || indexOfBar(state.getLine().getContent()) < 0) {
                return BlockContinue.none();
            }
            return BlockContinue.atIndex(state.getIndex());
        }

        @Override
        public void addLine(SourceLine line) {
            if (!this.delimiterSeen) {
                this.delimiterSeen = true; // the delimiter row, which started the table
                return;
            }
            this.rows.add(line);
        }

        @Override
        public void parseInlines(InlineParser inlineParser) {
            this.block.appendChild(row(this.header, true, inlineParser));
            for (SourceLine line : this.rows) {
                this.block.appendChild(row(line, false, inlineParser));
            }
        }

        private Row row(SourceLine line, boolean header, InlineParser inlineParser) {
            Row row = new Row(header);
            List<int[]> cells = cells(line.getContent(), this.columns);
            for (int i = 0; i < this.columns; i++) {
                Cell cell = new Cell();
                if (i < cells.size()) {
                    int[] span = cells.get(i);
                    inlineParser.parse(SourceLines.of(line.substring(span[0], span[1])), cell);
                }
                row.appendChild(cell);
            }
            return row;
        }
    }

    /** The number of cells of a delimiter row ({@code | :--- | ---: |}), or -1 if the line is not one. */
    static int delimiterColumns(CharSequence line) {
        if (indexOfBar(line) < 0) {
            return -1; // "---" alone is a rule or a heading's underline
        }
        List<int[]> cells = cells(line, HtmlParser.MAX_COLUMNS + 1);
        for (int[] cell : cells) {
            int dashes = 0;
            for (int i = cell[0]; i < cell[1]; i++) {
                char c = line.charAt(i);
                boolean colon = c == ':' && (i == cell[0] || i == cell[1] - 1);
                if (c == '-') {
                    dashes++;
                }
                else if (!colon) {
                    return -1;
                }
            }
            if (dashes == 0) {
                return -1;
            }
        }
        return cells.size();
    }

    /**
     * The cells of a row as trimmed offsets into the line, at most {@code max}: split at bars that
     * are not escaped, without the bars that open and close the row.
     */
    static List<int[]> cells(CharSequence line, int max) {
        int start = skipSpaces(line, 0);
        int end = line.length();
        while (end > start && isSpace(line.charAt(end - 1))) {
            end--;
        }
        if (start < end && line.charAt(start) == '|') {
            start++;
        }
        List<int[]> cells = new ArrayList<>();
        int cellStart = start;
        boolean closed = false;
        for (int i = start; i < end && cells.size() < max; i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++; // an escaped character, "\|" among them, stays in the cell
            }
            else if (c == '|') {
                cells.add(trimmed(line, cellStart, i));
                cellStart = i + 1;
                closed = i == end - 1;
            }
        }
        if (!closed && cells.size() < max && (cellStart < end || cells.isEmpty())) {
            cells.add(trimmed(line, cellStart, end));
        }
        return cells;
    }

    private static int[] trimmed(CharSequence line, int start, int end) {
        int from = skipSpaces(line, start);
        int to = end;
        while (to > from && isSpace(line.charAt(to - 1))) {
            to--;
        }
        return new int[] { Math.min(from, to), to };
    }

    private static int skipSpaces(CharSequence line, int from) {
        int i = from;
        while (i < line.length() && isSpace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    private static int indexOfBar(CharSequence line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '|') {
                return i;
            }
        }
        return -1;
    }

    /** Writes a table as HTML: the header row in {@code <thead>}, the others in {@code <tbody>}. */
    static final class Renderer implements NodeRenderer {

        private final HtmlNodeRendererContext context;

        private final HtmlWriter html;

        Renderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Table.class, Row.class, Cell.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof Table) {
                this.html.line();
                this.html.tag("table");
                boolean body = false;
                for (Node row = node.getFirstChild(); row != null; row = row.getNext()) {
                    if (row instanceof Row r && r.header) {
                        this.html.tag("thead");
                        render(row);
                        this.html.tag("/thead");
                    }
                    else {
                        if (!body) {
                            this.html.tag("tbody");
                            body = true;
                        }
                        render(row);
                    }
                }
                if (body) {
                    this.html.tag("/tbody");
                }
                this.html.tag("/table");
                this.html.line();
            }
            else if (node instanceof Row row) {
                this.html.tag("tr");
                String cellTag = row.header ? "th" : "td";
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    this.html.tag(cellTag);
                    renderChildren(cell);
                    this.html.tag("/" + cellTag);
                }
                this.html.tag("/tr");
            }
            else {
                renderChildren(node);
            }
        }

        private void renderChildren(Node parent) {
            Node child = parent.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                this.context.render(child);
                child = next;
            }
        }
    }
}
