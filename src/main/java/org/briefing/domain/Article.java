package org.briefing.domain;

import java.util.List;
import java.util.Objects;

/**
 * One input document as ingest understood it. Offsets everywhere (blocks, claims) index into
 * {@link #text()}, which for plain text is the file's decoded content unchanged.
 *
 * @param id SHA-256 of the file's bytes, hex
 * @param fileName the file's name inside the input folder
 * @param format {@code text}, {@code html} or {@code markdown}
 * @param publisher the outlet that published this copy, or {@code null} when the text does not
 * tell
 * @param publisherBasis how the publisher was found
 * @param published the publication date as far as it can be told, or {@code null}
 * @param publishedBasis how the date was found or inferred; always says which
 * @param url the address it came from, when a sidecar or the HTML says so
 */
public record Article(String id, String fileName, String format, String title, String publisher,
        String publisherBasis, PartialDate published, String publishedBasis, String url, String text,
        List<Block> blocks) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
        title = (title == null) ? "" : title;
        publisherBasis = (publisherBasis == null) ? "" : publisherBasis;
        publishedBasis = (publishedBasis == null) ? "" : publishedBasis;
        blocks = List.copyOf(blocks);
    }

    public String slice(int start, int end) {
        return this.text.substring(start, end);
    }

    /** Blocks that hold the article proper: the title, headings and running text. */
    public List<Block> contentBlocks() {
        return this.blocks.stream().filter((block) -> !block.isBoilerplate()).toList();
    }

    public Article withPublished(PartialDate date, String basis) {
        return new Article(this.id, this.fileName, this.format, this.title, this.publisher, this.publisherBasis,
                date, basis, this.url, this.text, this.blocks);
    }
}
