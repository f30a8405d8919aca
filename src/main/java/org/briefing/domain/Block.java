package org.briefing.domain;

import java.util.Objects;

/**
 * A paragraph-level span of an article's text: {@code text.substring(start, end)}.
 *
 * @param reason why a boilerplate block was set aside (empty for content)
 */
public record Block(int start, int end, BlockKind kind, String reason) {

    public Block {
        Objects.requireNonNull(kind, "kind");
        reason = (reason == null) ? "" : reason;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad block span " + start + ".." + end);
        }
    }

    public static Block content(int start, int end, BlockKind kind) {
        return new Block(start, end, kind, "");
    }

    public boolean isBoilerplate() {
        return this.kind == BlockKind.BOILERPLATE;
    }

    /** A row of a table, header or not: its figures are read by their columns, not as a sentence. */
    public boolean isTableRow() {
        return this.kind == BlockKind.TABLE_HEADER || this.kind == BlockKind.TABLE_ROW;
    }

    public boolean contains(int offset) {
        return offset >= this.start && offset < this.end;
    }
}
