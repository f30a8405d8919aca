package org.briefing.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefing.template.Template;
import org.jfree.chart.JFreeChart;
import org.jsoup.nodes.Document;

/**
 * Content in, PDF bytes out: the view, the template filled with it, and the layout with its
 * metadata (title, subject, keywords, the tool and its version, the as-of date) and attachments.
 */
final class BriefingPdf {

    private final PdfWriter writer;

    BriefingPdf(PdfWriter writer) {
        this.writer = writer;
    }

    /**
     * @param documentId seed of the PDF's document ID: identical inputs give an identical ID
     */
    byte[] write(BriefingContent content, String documentId, List<PdfMetadata.Attachment> attachments) {
        Template template = content.template();
        BriefingView view = BriefingView.of(content);
        Document html = new HtmlComposer().compose(template, view.variables());
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        view.charts().forEach((c) -> charts.putIfAbsent(c.id(), c.chart()));
        PdfMetadata metadata = new PdfMetadata(template.title(),
                template.subtitle().isEmpty() ? template.subject().name() : template.subtitle(),
                String.join(", ", template.subject().name(), template.name(), "briefing", "as of " + content.asOf(),
                        template.handling()),
                content.generator(), content.asOf(), documentId, attachments);
        return this.writer.write(html, template, charts, metadata);
    }
}
