package org.briefing.ingest;

import java.util.List;

import org.briefing.domain.Block;

/**
 * A document reduced to text and blocks, with whatever metadata its format carried (HTML meta
 * tags, for instance). Block kinds are provisional: the boilerplate marker revises them.
 */
record ParsedDocument(String text, List<Block> blocks, String title, Metadata metadata) {

    ParsedDocument {
        blocks = List.copyOf(blocks);
        metadata = (metadata == null) ? Metadata.NONE : metadata;
    }

    /** Metadata found in the document or beside it; any field may be {@code null}. */
    record Metadata(String title, String publisher, String published, String url, String basis) {

        static final Metadata NONE = new Metadata(null, null, null, null, null);

        Metadata orElse(Metadata other) {
            return new Metadata(first(this.title, other.title), first(this.publisher, other.publisher),
                    first(this.published, other.published), first(this.url, other.url),
                    first(this.basis, other.basis));
        }

        private static String first(String a, String b) {
            return (a != null && !a.isBlank()) ? a : b;
        }
    }
}
