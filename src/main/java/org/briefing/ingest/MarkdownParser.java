package org.briefing.ingest;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Markdown through commonmark, then as HTML. A YAML front matter block ({@code ---} … {@code ---})
 * gives metadata: {@code title}, {@code publisher}, {@code published} (or {@code date}),
 * {@code url}. Raw HTML inside the Markdown is escaped, never interpreted. Pipe tables become HTML
 * tables through commonmark's GitHub tables extension, and so rows of cells between bars.
 */
final class MarkdownParser {

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\s*\\n(.*?)\\n---\\s*\\n", Pattern.DOTALL);

    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    private static final java.util.List<org.commonmark.Extension> EXTENSIONS = java.util.List
        .of(org.commonmark.ext.gfm.tables.TablesExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).extensions(EXTENSIONS).build();

    private final HtmlParser html = new HtmlParser();

    ParsedDocument parse(String markdown) {
        String body = markdown.replace("\r\n", "\n");
        ParsedDocument.Metadata front = ParsedDocument.Metadata.NONE;
        Matcher matcher = FRONT_MATTER.matcher(body);
        if (matcher.find()) {
            front = frontMatter(matcher.group(1));
            body = body.substring(matcher.end());
        }
        String rendered = this.renderer.render(this.parser.parse(body));
        ParsedDocument parsed = this.html.parse("<html><body><article>" + rendered + "</article></body></html>");
        ParsedDocument.Metadata metadata = front.orElse(parsed.metadata());
        String title = (front.title() != null) ? front.title() : parsed.title();
        return new ParsedDocument(parsed.text(), parsed.blocks(), title, metadata);
    }

    @SuppressWarnings("unchecked")
    private static ParsedDocument.Metadata frontMatter(String yaml) {
        try {
            Map<String, Object> fields = YAML.readValue(yaml, Map.class);
            if (fields == null) {
                return ParsedDocument.Metadata.NONE;
            }
            Object published = fields.containsKey("published") ? fields.get("published") : fields.get("date");
            return new ParsedDocument.Metadata(string(fields.get("title")), string(fields.get("publisher")),
                    string(published), string(fields.get("url")), "Markdown front matter");
        }
        catch (JacksonException | ClassCastException ex) {
            return ParsedDocument.Metadata.NONE;
        }
    }

    private static String string(Object value) {
        return (value == null) ? null : value.toString();
    }
}
