package org.briefing.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.briefing.domain.Block;
import org.briefing.domain.BlockKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML through jsoup: scripts, styles, forms and embedded frames are dropped; every block element
 * becomes a block, in document order, and the article's text is the blocks joined by blank lines.
 * Navigation, headers, footers, asides, comment sections, captions and anything outside an
 * {@code <article>} or {@code <main>} element are kept as boilerplate blocks with the reason.
 * Metadata comes from {@code <title>}, Open Graph and article meta tags, {@code <time>} and
 * JSON-LD.
 */
final class HtmlParser {

    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "form", "button", "input", "select", "textarea", "object", "embed", "video", "audio", "map");

    private static final Set<String> BOILERPLATE_TAGS = Set.of("nav", "header", "footer", "aside", "figcaption",
            "caption", "menu");

    private static final Pattern BOILERPLATE_CLASS = Pattern.compile(
            "(?i)(^|[\\s_-])(comments?|related|sidebar|share|sharing|social|newsletter|promo|advert|ads?|sponsor\\w*|cookie\\w*|subscribe|footer|nav|navbar|menu|breadcrumbs?|byline|caption|credit|tags|recommended|trending|popular|widget)($|[\\s_-])");

    private static final Pattern LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");

    private static final Pattern LD_PUBLISHER = Pattern
        .compile("\"publisher\"\\s*:\\s*\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]+)\"");

    ParsedDocument parse(String html) {
        Document document = Jsoup.parse(html);
        ParsedDocument.Metadata metadata = metadata(document);
        document.select(String.join(",", DROPPED)).remove();
        Element root = document.body();
        boolean hasArticle = !document.select("article, main").isEmpty();
        Builder builder = new Builder();
        walk(root, builder, hasArticle ? "outside the article element" : null);
        String title = (metadata.title() != null) ? metadata.title() : builder.firstHeading();
        return new ParsedDocument(builder.text.toString(), builder.blocks, Blocks.oneLine(title == null ? "" : title),
                metadata);
    }

    private void walk(Element element, Builder builder, String boilerplate) {
        String reason = boilerplateReason(element, boilerplate);
        StringBuilder inline = new StringBuilder();
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode textNode) {
                inline.append(textNode.text());
            }
            else if (child instanceof Element childElement) {
                if (childElement.tagName().equals("br")) {
                    inline.append(' ');
                }
                else if (childElement.isBlock() || containsBlock(childElement)) {
                    builder.add(inline.toString(), element, reason);
                    inline.setLength(0);
                    walk(childElement, builder, reason);
                }
                else {
                    inline.append(childElement.text());
                }
            }
        }
        builder.add(inline.toString(), element, reason);
    }

    private static boolean containsBlock(Element element) {
        for (Element child : element.children()) {
            if (child.isBlock() || containsBlock(child)) {
                return true;
            }
        }
        return false;
    }

    private static String boilerplateReason(Element element, String inherited) {
        if (element.tagName().equals("article") || element.tagName().equals("main")) {
            return null;
        }
        if (inherited != null) {
            return inherited;
        }
        if (BOILERPLATE_TAGS.contains(element.tagName())) {
            return "HTML <" + element.tagName() + ">";
        }
        String role = element.attr("role").toLowerCase(Locale.ROOT);
        if (Set.of("navigation", "banner", "contentinfo", "complementary").contains(role)) {
            return "HTML role=" + role;
        }
        Matcher matcher = BOILERPLATE_CLASS.matcher(element.className() + " " + element.id());
        if (matcher.find()) {
            return "HTML class or id '" + matcher.group(2) + "'";
        }
        return null;
    }

    private static ParsedDocument.Metadata metadata(Document document) {
        String title = firstNonBlank(meta(document, "property", "og:title"), document.title());
        String publisher = firstNonBlank(meta(document, "property", "og:site_name"),
                meta(document, "name", "publisher"), jsonLd(document, LD_PUBLISHER));
        String published = firstNonBlank(meta(document, "property", "article:published_time"),
                meta(document, "name", "article:published_time"), meta(document, "name", "date"),
                meta(document, "name", "pubdate"), meta(document, "name", "DC.date.issued"),
                meta(document, "itemprop", "datePublished"), jsonLd(document, LD_DATE), timeElement(document));
        String url = firstNonBlank(meta(document, "property", "og:url"), canonical(document));
        return new ParsedDocument.Metadata(title, publisher, published, url, "HTML metadata");
    }

    private static String meta(Document document, String attribute, String value) {
        Element element = document.selectFirst("meta[" + attribute + "=" + value + "]");
        return (element == null) ? null : element.attr("content");
    }

    private static String canonical(Document document) {
        Element link = document.selectFirst("link[rel=canonical]");
        return (link == null) ? null : link.attr("href");
    }

    private static String timeElement(Document document) {
        Element time = document.selectFirst("article time[datetime], time[datetime]");
        return (time == null) ? null : time.attr("datetime");
    }

    private static String jsonLd(Document document, Pattern pattern) {
        for (Element script : document.select("script[type=application/ld+json]")) {
            Matcher matcher = pattern.matcher(script.data());
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }

    /** Appends blocks to the article text, separated by blank lines. */
    private static final class Builder {

        final StringBuilder text = new StringBuilder();

        final List<Block> blocks = new ArrayList<>();

        private String firstHeading;

        void add(String raw, Element context, String boilerplate) {
            String content = Blocks.oneLine(raw);
            if (content.isEmpty()) {
                return;
            }
            if (this.text.length() > 0) {
                this.text.append("\n\n");
            }
            int start = this.text.length();
            this.text.append(content);
            this.blocks.add(new Block(start, this.text.length(), kind(context, content, boilerplate),
                    (boilerplate == null) ? "" : boilerplate));
        }

        private BlockKind kind(Element context, String content, String boilerplate) {
            if (boilerplate != null) {
                return BlockKind.BOILERPLATE;
            }
            String tag = context.tagName();
            if (tag.equals("h1") && this.firstHeading == null) {
                this.firstHeading = content;
                return BlockKind.TITLE;
            }
            if (tag.matches("h[1-6]")) {
                return BlockKind.HEADING;
            }
            return Blocks.kindOf(content);
        }

        String firstHeading() {
            return this.firstHeading;
        }
    }
}
