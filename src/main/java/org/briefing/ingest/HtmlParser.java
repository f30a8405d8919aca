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
 * A data table (cells of a few words, no table inside) becomes its caption as a heading, then one
 * block per row, its cells between bars ({@code | Nepal | 651 | 49 |}), the rows one to a line; a
 * table used for layout is read as any other markup. Metadata comes from {@code <title>}, Open
 * Graph and article meta tags, {@code <time>} and JSON-LD.
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
        boolean gallery = isGallery(hasArticle ? document.select("article, main").first() : root);
        if (gallery) {
            for (Element inCaption : document.select("figcaption *")) {
                if (BOILERPLATE_CLASS.matcher(inCaption.className()).find()) {
                    inCaption.tagName("div"); // "Photo: Lena Hartmann/Agency" becomes a block of its own, boilerplate by its class
                }
            }
        }
        Builder builder = new Builder();
        walk(root, builder, hasArticle ? "outside the article element" : null, gallery);
        String title = (metadata.title() != null) ? metadata.title() : builder.firstHeading();
        return new ParsedDocument(builder.text.toString(), builder.blocks, Blocks.oneLine(title == null ? "" : title),
                metadata);
    }

    /** Photographs at least, for their captions to be the page's text. */
    private static final int GALLERY_PHOTOS = 3;

    /**
     * Whether the page is a photo gallery: its captions hold at least as much text as its paragraphs. There the
     * captions are the article ("The crew took 61 people on board"), not the furniture around a story.
     */
    static boolean isGallery(Element scope) {
        List<Element> captions = scope.select("figcaption");
        if (captions.size() < GALLERY_PHOTOS) {
            return false;
        }
        long captionText = captions.stream().mapToLong((caption) -> caption.text().length()).sum();
        long prose = scope.select("p").stream().filter((paragraph) -> paragraph.closest("figcaption") == null)
            .mapToLong((paragraph) -> paragraph.text().length()).sum();
        return captionText >= prose;
    }

    private void walk(Element element, Builder builder, String boilerplate, boolean gallery) {
        String reason = boilerplateReason(element, boilerplate, gallery);
        StringBuilder inline = new StringBuilder();
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode textNode) {
                inline.append(textNode.text());
            }
            else if (child instanceof Element childElement) {
                if (childElement.tagName().equals("br")) {
                    inline.append(' ');
                }
                else if (childElement.tagName().equals("table") && isDataTable(childElement)) {
                    builder.add(inline.toString(), element, reason);
                    inline.setLength(0);
                    table(childElement, builder, boilerplateReason(childElement, reason, gallery));
                }
                else if (childElement.isBlock() || containsBlock(childElement)) {
                    builder.add(inline.toString(), element, reason);
                    inline.setLength(0);
                    walk(childElement, builder, reason, gallery);
                }
                else {
                    inline.append(childElement.text());
                }
            }
        }
        builder.add(inline.toString(), element, reason);
    }

    /** Columns of a table row at most; cells beyond are dropped. */
    static final int MAX_COLUMNS = 64;

    /** A cell longer than this holds running text: its table lays out a page, it does not tabulate. */
    private static final int MAX_CELL_CHARACTERS = 300;

    /**
     * A table that tabulates: at least one row of two cells or more, no table inside, no cell
     * longer than a short note. Old sites lay whole pages out in tables; those are read as
     * ordinary markup.
     */
    private static boolean isDataTable(Element table) {
        if (table.getElementsByTag("table").size() > 1) {
            return false; // the table itself and another inside it
        }
        boolean twoColumns = false;
        for (Element row : rows(table)) {
            List<Element> cells = cells(row);
            twoColumns |= cells.size() >= 2;
            for (Element cell : cells) {
                if (cell.text().length() > MAX_CELL_CHARACTERS) {
                    return false;
                }
            }
        }
        return twoColumns;
    }

    /** The table's caption, as a heading, then its rows, one block each, with the cells between bars. */
    private static void table(Element table, Builder builder, String boilerplate) {
        for (Element child : table.children()) {
            if (child.tagName().equals("caption")) {
                builder.add(child.text(), BlockKind.HEADING, boilerplate, false);
            }
        }
        boolean first = true;
        for (Element row : rows(table)) {
            List<Element> cells = cells(row);
            if (cells.isEmpty()) {
                continue;
            }
            boolean header = row.parent() != null && row.parent().tagName().equals("thead");
            header |= cells.stream().allMatch((cell) -> cell.tagName().equals("th"));
            builder.add(rowText(cells), header ? BlockKind.TABLE_HEADER : BlockKind.TABLE_ROW, boilerplate, !first);
            first = false;
        }
    }

    /** The rows of this table, not of a table inside it: jsoup puts them in thead, tbody or tfoot. */
    private static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            switch (child.tagName()) {
                case "tr" -> rows.add(child);
                case "thead", "tbody", "tfoot" -> {
                    for (Element row : child.children()) {
                        if (row.tagName().equals("tr")) {
                            rows.add(row);
                        }
                    }
                }
                default -> {
                    // a caption or column group holds no row
                }
            }
        }
        return rows;
    }

    private static List<Element> cells(Element row) {
        List<Element> cells = new ArrayList<>();
        for (Element child : row.children()) {
            if (child.tagName().equals("td") || child.tagName().equals("th")) {
                cells.add(child);
            }
        }
        return cells;
    }

    /**
     * "| Nepal | 651 | 49 |": each cell on one line, a bar inside a cell written "¦" so that the
     * bars keep separating cells; a cell spanning columns is followed by empty cells, so that the
     * cells below a header stay under it.
     */
    static String rowText(List<Element> cells) {
        List<String> texts = new ArrayList<>();
        for (Element cell : cells) {
            texts.add(cell.text());
            int span = 1;
            try {
                span = Integer.parseInt(cell.attr("colspan").trim());
            }
            catch (NumberFormatException ex) {
                // no span, or not a number
            }
            for (int i = 1; i < Math.min(span, MAX_COLUMNS); i++) {
                texts.add("");
            }
        }
        return row(texts);
    }

    /** Cells between bars, at most {@link #MAX_COLUMNS}: "| Nepal | | 49 |". */
    static String row(List<String> cells) {
        StringBuilder row = new StringBuilder("|");
        for (int i = 0; i < Math.min(cells.size(), MAX_COLUMNS); i++) {
            String cell = Blocks.oneLine(cells.get(i)).replace('|', '¦');
            row.append(cell.isEmpty() ? " |" : " " + cell + " |");
        }
        return row.toString();
    }

    private static boolean containsBlock(Element element) {
        for (Element child : element.children()) {
            if (child.isBlock() || containsBlock(child)) {
                return true;
            }
        }
        return false;
    }

    private static String boilerplateReason(Element element, String inherited, boolean gallery) {
        if (element.tagName().equals("article") || element.tagName().equals("main")) {
            return null;
        }
        if (inherited != null) {
            return inherited;
        }
        if (gallery && element.tagName().equals("figcaption")) {
            return null; // a gallery's captions are its text
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
    /** The class or id of an article's standfirst: the summary under its headline. */
    private static final Pattern STANDFIRST = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:standfirst|dek|deck|subhead(?:line|ing)?|sub-head(?:line|ing)?|strapline|kicker|summary|article-summary|lede-summary|excerpt)(?:$|[\\s_-])");

    private static final class Builder {

        final StringBuilder text = new StringBuilder();

        final List<Block> blocks = new ArrayList<>();

        private String firstHeading;

        void add(String raw, Element context, String boilerplate) {
            String content = Blocks.oneLine(raw);
            if (!content.isEmpty()) {
                append(content, kind(context, content, boilerplate), boilerplate, false);
            }
        }

        /** A block of a known kind; {@code nextRow}: a row after the first of its table, on the next line. */
        void add(String raw, BlockKind kind, String boilerplate, boolean nextRow) {
            String content = kind == BlockKind.TABLE_HEADER || kind == BlockKind.TABLE_ROW ? raw : Blocks.oneLine(raw);
            if (!content.isEmpty()) {
                append(content, (boilerplate != null) ? BlockKind.BOILERPLATE : kind, boilerplate, nextRow);
            }
        }

        private void append(String content, BlockKind kind, String boilerplate, boolean nextLine) {
            if (this.text.length() > 0) {
                this.text.append(nextLine ? "\n" : "\n\n");
            }
            int start = this.text.length();
            this.text.append(content);
            this.blocks.add(new Block(start, this.text.length(), kind, (boilerplate == null) ? "" : boilerplate));
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
            if (tag.matches("h[1-6]") || STANDFIRST.matcher(context.className() + " " + context.id()).find()) {
                return BlockKind.HEADING; // a standfirst restates the body's figures, as a headline does
            }
            return Blocks.kindOf(content);
        }

        String firstHeading() {
            return this.firstHeading;
        }
    }
}
