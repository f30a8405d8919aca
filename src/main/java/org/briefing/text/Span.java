package org.briefing.text;

/** A stretch of a larger text: {@code text} is the slice from {@code start} to {@code end}. */
public record Span(int start, int end, String text) {

    public Span {
        if (start < 0 || end < start || text.length() != end - start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public boolean contains(int offset) {
        return offset >= this.start && offset < this.end;
    }
}
