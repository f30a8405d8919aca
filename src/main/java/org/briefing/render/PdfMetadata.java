package org.briefing.render;

import java.time.LocalDate;
import java.util.List;

/**
 * What the PDF says about itself, and the files it carries.
 *
 * @param date stamped as creation and modification date (the briefing's as-of date, never the
 * clock, so that the same inputs give the same bytes)
 * @param documentId seed of the PDF's document ID: a digest of the inputs
 */
public record PdfMetadata(String title, String subject, String keywords, String creator, LocalDate date,
        String documentId, List<Attachment> attachments) {

    public PdfMetadata {
        attachments = List.copyOf(attachments);
    }

    /**
     * A file embedded as a PDF/A-3 associated file.
     *
     * @param relationship the PDF /AFRelationship: Data, Source, Supplement
     */
    public record Attachment(String name, String description, String mimeType, String relationship, byte[] bytes) {
    }
}
