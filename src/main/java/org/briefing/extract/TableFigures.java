package org.briefing.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.briefing.domain.Article;
import org.briefing.domain.Block;
import org.briefing.domain.BlockKind;
import org.briefing.domain.Mention;
import org.briefing.domain.Modality;
import org.briefing.domain.PartialDate;
import org.briefing.domain.Quantity;
import org.briefing.template.Template;
import org.briefing.text.DateMention;
import org.briefing.text.DateMentionFinder;
import org.briefing.text.Span;

/**
 * Reads the figures of an article's tables, which ingest writes one row to a block, its cells
 * between bars ({@code | Nepal | 651 | 49 |}). A cell holding a figure, read as in a sentence, is
 * a claim when something names what it counts, in this order: the cell itself ("9,000,000+
 * rounds"), its column's header ("Deaths confirmed by own government"), the row's label
 * ("Ballistic missiles"), the table's caption or the heading above it ("Registered and estimated
 * recruits by country"), each read by the metric rules as if the figure stood before one of its
 * words. The label column and the columns of times ("Year", "Date", "Period"), shares ("%",
 * "Share"), changes ("Change") and ranks or codes ("Rank", "No.", "HS code") hold no claims.
 * <p>
 * A cell is about the subject as a sentence is: its row's label or its column's header names the
 * subject (yes) or another actor and not the subject (no, except for money), else the header row,
 * the caption or heading above, or the block just before the table (a table just before passed
 * over) must name it. The quote is the row; the attribution that of a sentence in the row's place
 * naming no speaker ({@link ArticleAttributions#attributeAfter}); the modality and status those
 * its column's header gives ("Our estimate of recruits" and "(est.)" are estimates); the time the
 * year the column or the row stands for, else a date in the header, the label, the caption or a
 * short note just before the table, else the article's. Each figure read counts against the
 * extractor's budget. One per extractor.
 */
final class TableFigures {

    /** Words of a header, a label or a caption tried as the place of the counted noun, at most. */
    private static final int MAX_WORDS = 12;

    /** Characters of a header, a label or a caption read, at most. */
    private static final int MAX_TEXT = 160;

    /**
     * How much of a caption or of the line below a table is read for its credit ("… (cumulative,
     * end of period). Sources: Yale HRL (flights); …"): cut at 160 characters, "Yale H" was read
     * as a source.
     */
    private static final int MAX_CREDIT_TEXT = 600;

    /** How much of a header or caption a rule names. */
    private static final int RULE_TEXT = 40;

    private static final Pattern WORD_START = Pattern.compile("(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}]");

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}%#±]+");

    /** A column of times: its header starts with one of these words. */
    private static final Set<String> TIME_WORDS = Set.of("year", "years", "date", "dates", "period", "month", "months",
            "quarter", "day", "days", "time", "when", "week");

    /** A column of shares or changes: its header holds one of these words. */
    private static final Set<String> SHARE_WORDS = Set.of("%", "percent", "percentage", "share", "proportion", "ratio",
            "change", "increase", "decrease", "difference", "growth", "±");

    /** A column of changes named by what it compares: "w/w", "y/y", "vs Jan", "chg", "YoY". */
    private static final Pattern COMPARED_HEADER = Pattern.compile("(?i)(?<![\\p{L}])(?:[dwmqy]/[dwmqy]|yoy|mom|wow|qoq|chg|vs\\.?)(?![\\p{L}])");

    /** A column of ranks, numbers or codes: its header starts or ends with one of these words. */
    private static final Set<String> ID_WORDS = Set.of("rank", "#", "id", "code", "ref", "serial");

    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

    private static final Pattern ESTIMATE_ABBREVIATION = Pattern.compile("(?i)(?<![\\p{L}])est\\.");

    /**
     * A column's header that makes its cells the rows' sources: "Source", "Sources", "According to",
     * "Who says so", "Claimed by".
     */
    private static final Pattern SOURCE_HEADER = Pattern.compile("(?i)[\\s\\u00A0*_]*(?:sources?|source\\(s\\)|according[\\s\\u00A0]+to"
            + "|(?:estimated|reported|said|claimed|stated|given)[\\s\\u00A0]+by|attributed[\\s\\u00A0]+to|who[\\s\\u00A0]+says(?:[\\s\\u00A0]+so)?"
            + "|(?:estimate|figures?|data)[\\s\\u00A0]+(?:by|from))[\\s\\u00A0*_:?]*");

    /**
     * Documents and their owner: a column of one source's documents ("IAEA report", "NIS briefing",
     * "Rosstat figures"), a credit ("Ukrainian Air Force morning statements on Telegram").
     */
    private static final Pattern DOCUMENTS = Pattern.compile("(\\p{Lu}[\\p{L}.&-]*(?:[\\s\\u00A0]+\\p{Lu}[\\p{L}.&-]*){0,4})(?:'s|’s)?"
            + "[\\s\\u00A0]+(?:\\p{Ll}[\\p{Ll}-]*[\\s\\u00A0]+){0,2}?(?i:reports?|briefings?|figures|estimates?|data|assessments?|releases?"
            + "|statements?|bulletins?|updates?|counts?|tall(?:y|ies)|posts?|records?)(?![\\p{L}])");

    /** The source a caption or a note names: "(source: Suez Canal Authority)", "Source: UNCTAD." */
    private static final Pattern STATED_SOURCE = Pattern
        .compile("(?i)(?<![\\p{L}])sources?[\\s\\u00A0]*:[\\s\\u00A0]*([^;:()\\n]{2,80}?)[\\s\\u00A0]*(?:[().;]|$)");

    /** A note that opens with whose record the table sets out: "The MSMT's first report …:", "Ukraine's General Staff figures …:". */
    private static final Pattern OWNED_RECORD = Pattern.compile("(?:The[\\s\\u00A0]+)?(\\p{Lu}[\\p{L}\\p{N}.'’ -]{1,80}?)['’]s[\\s\\u00A0]+"
            + "(?:[\\p{L}-]+[\\s\\u00A0]+){0,3}?(?:report|reports|figures|data|findings|estimates|assessment|count|tally|statistics)\\b");

    /**
     * A caption that credits the table's figures to their owner: "Table 1: NDMA and PDMA figures as of 13 August 2026",
     * "Figure 2. UNHCR data, 30 June". Of two owners, the first is the lead (group 1), as a joint work is cited by its first.
     */
    private static final Pattern CAPTION_OWNER = Pattern.compile("(?:(?:Table|Figure|Chart|Exhibit)[\\s\\u00A0]+\\d{1,3}[.:–—-]?[\\s\\u00A0]+)?"
            + "(?:The[\\s\\u00A0]+)?(\\p{Lu}[\\p{L}.&-]*(?:[\\s\\u00A0]+\\p{Lu}[\\p{L}.&-]*){0,4})(?:['’]s)?"
            + "(?:[\\s\\u00A0]+and[\\s\\u00A0]+\\p{Lu}[\\p{L}.&-]*(?:[\\s\\u00A0]+\\p{Lu}[\\p{L}.&-]*){0,4}(?:['’]s)?)?"
            + "[\\s\\u00A0]+(?:\\p{Ll}[\\p{Ll}-]*[\\s\\u00A0]+){0,2}?(?i:figures|data|statistics|estimates|counts?|tall(?:y|ies))"
            + "(?:(?:[\\s\\u00A0]+|,[\\s\\u00A0]*)(?:as[\\s\\u00A0]+(?:of|at)[\\s\\u00A0]+|to[\\s\\u00A0]+|for[\\s\\u00A0]+|on[\\s\\u00A0]+)?"
            + "[\\p{L}\\p{N} ,]{1,40})?[\\s\\u00A0.:]*");

    /** A date after a source's name: "30 September 2025", "September 30, 2025", "March 2026", "2025". */
    private static final Pattern DATE_AFTER = Pattern.compile(
            "(?:\\d{1,2}[\\s\\u00A0]+)?(?:\\p{L}+\\.?[\\s\\u00A0]+)?(?:\\d{1,2},?[\\s\\u00A0]+)?\\d{4}");

    /** A place after a source's name: one to three capitalised words ("Port-au-Prince", "New York"). */
    private static final Pattern PLACE_AFTER = Pattern.compile("\\p{Lu}[\\p{Ll}'’-][\\p{L}'’-]*(?:[\\s\\u00A0]+\\p{Lu}[\\p{Ll}'’-][\\p{L}'’-]*){0,2}");

    /** An item of a source list that is the outlet's own work: "CCSS compilation", "38 North calculations". */
    private static final Pattern OWN_WORK = Pattern.compile("(?i)\\b(?:compil|calculat|analys|estimat|own)\\w*");

    /** A money column's currency in its header's unit: "Revenue (US$ m)", "Value, EUR million". */
    private static final Pattern HEADER_CURRENCY = Pattern
        .compile("(?<![\\p{L}])(US\\$|A\\$|C\\$|\\$|€|£|₽|₩|¥|₴|₹|[A-Z]{3}(?![\\p{L}]))");

    /** A currency's word in a header's unit: "(rubles a month)", "(million euros)". */
    private static final Pattern HEADER_CURRENCY_WORD = Pattern
        .compile("(?i)(?<![\\p{L}])(" + Currencies.WORD_ALTERNATION + ")(?![\\p{L}])");

    /** A money column's scale in its header's unit: "(US$ m)", "($bn)", "(€ '000)". */
    private static final Pattern HEADER_SCALE = Pattern.compile(
            "(?i)(?<![\\p{L}\\d])(thousands?|k|'000|000s|millions?|mn|mln|m|billions?|bn)(?![\\p{L}\\d])");

    private static final org.slf4j.Logger logger = org.slf4j.LoggerFactory.getLogger(TableFigures.class);

    private final FigureFinder figures;

    private final DateMentionFinder dates = new DateMentionFinder();

    private final MetricMatcher metrics;

    private final ActorNames actors;

    private final String subject;

    private final StatusClassifier status;

    private final ModalityClassifier modality = new ModalityClassifier();

    private final AsOfResolver asOf = new AsOfResolver();

    private final java.time.LocalDate since;

    TableFigures(Template template) {
        this.figures = new FigureFinder(FigureFinder.measuresCounted(template));
        this.metrics = new MetricMatcher(template);
        this.actors = new ActorNames(template);
        this.subject = template.subject().name();
        this.status = new StatusClassifier(template);
        this.since = template.since();
    }

    /** Whether the article holds a table: a look at its blocks, nothing more. */
    static boolean holdsTables(Article article) {
        for (Block block : article.blocks()) {
            if (block.isTableRow()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The candidates of the article's tables.
     *
     * @param sentenceStarts where the article's sentences start, in order: a row is attributed as a
     * sentence after the last one before its table
     * @param budget figures that may still be read; decremented for each
     * @param aboutSubject whether the article is about the subject, so that a table naming no other actor is too
     */
    List<Candidate> candidates(Article article, int[] sentenceStarts, ArticleAttributions attributions, int[] budget,
            boolean aboutSubject) {
        List<Candidate> found = new ArrayList<>();
        List<Block> blocks = article.blocks();
        int defeated = 0;
        for (int b = 0; b < blocks.size() && budget[0] > 0; b++) {
            if (!blocks.get(b).isTableRow()) {
                continue;
            }
            int end = b + 1;
            while (end < blocks.size() && blocks.get(end).kind() == BlockKind.TABLE_ROW
                    || end < blocks.size() && blocks.get(end).kind() == BlockKind.TABLE_HEADER
                            && blocks.get(end - 1).kind() == BlockKind.TABLE_HEADER) {
                end++; // a header row after body rows starts the next table
            }
            try {
                Table table = new Table(article, blocks, b, end);
                int before = Arrays.binarySearch(sentenceStarts, blocks.get(b).start());
                Attribution stated = table.statedSource(attributions);
                Attribution attribution = (stated != null) ? stated
                        : attributions.attributeAfter((before >= 0) ? before - 1 : -before - 2);
                for (int r = table.firstBodyRow; r < table.rows.size() && budget[0] > 0; r++) {
                    try {
                        found.addAll(row(article, table, r, attribution, attributions, budget, aboutSubject));
                    }
                    catch (RuntimeException | StackOverflowError ex) {
                        defeated++; // the other rows are still read
                        logger.debug("{}: table row skipped", article.fileName(), ex);
                    }
                }
            }
            catch (RuntimeException | StackOverflowError ex) {
                defeated++; // the other tables are still read
                logger.debug("{}: table skipped", article.fileName(), ex);
            }
            b = end - 1;
        }
        if (defeated > 0) {
            logger.warn("{}: {} table row(s) or table(s) defeated the rules and were skipped", article.fileName(), defeated);
        }
        return found;
    }

    private List<Candidate> row(Article article, Table table, int index, Attribution attribution, ArticleAttributions attributions,
            int[] budget, boolean aboutSubject) {
        Block block = table.blocks.get(index);
        List<String> cells = table.rows.get(index);
        String label = (table.labelColumn < cells.size()) ? cells.get(table.labelColumn) : "";
        Attribution rowSource = rowSource(table, cells, attribution, attributions);
        List<Candidate> found = new ArrayList<>();
        for (int c = 0; c < cells.size() && budget[0] > 0; c++) {
            String cell = cells.get(c);
            if (c == table.labelColumn || table.skipped(c) || !FigureFinder.mayHoldFigures(cell)) {
                continue;
            }
            for (Figure each : this.figures.find(cell, masks(cell))) {
                if (--budget[0] < 0) {
                    break;
                }
                // "718" under "Revenue (US$ m)" is read as "US$718 million", "3.5" under "Workers
                // (thousands)" as "3.5 thousand"
                String moneyUnit = each.isMoney() ? null : table.moneyUnit(c);
                boolean money = moneyUnit != null;
                String unit = (money || each.isMoney()) ? moneyUnit : table.countScale(c);
                String written = (unit == null) ? null : unit.replace("#", cell.substring(each.start(), each.end()));
                Figure scaled = (written == null) ? null : scaled(written, money);
                String text = (scaled == null) ? cell : written;
                Figure figure = (scaled == null) ? each : scaled;
                Reading reading = read(table, c, text, figure, label);
                if (reading == null || !about(table, c, label, figure, aboutSubject)) {
                    continue;
                }
                Candidate candidate = candidate(article, table, c, block, text, figure, label, reading, rowSource);
                if (this.since == null || candidate.asOf() == null || !candidate.asOf().end().isBefore(this.since)) {
                    found.add(candidate); // else history before the template's period
                }
            }
        }
        return found;
    }

    /** A label column of those who give what the row counts: "Donor", "Pledged by", "Contributor". */
    private static final Pattern GIVER_HEADER = Pattern.compile("(?i)[\\s\\u00A0*_]*(?:donors?|donor[\\s\\u00A0]+(?:country|government)|pledged[\\s\\u00A0]+by"
            + "|pledgers?|contributors?|funders?|givers?)[\\s\\u00A0*_:]*");

    /** What a source cell adds after a comma in lower case: ", to lawmakers", ", in a briefing". */
    private static final Pattern LOWER_CASE_TAIL = Pattern.compile(",[\\s\\u00A0]*\\p{Ll}[^,;]*$");

    /**
     * The row's own source, in a column headed "Source": one name ("NIS"), resolved as a stated
     * source would be; otherwise the table's attribution ("Shoigu, NIS" names two).
     */
    private static Attribution rowSource(Table table, List<String> cells, Attribution otherwise, ArticleAttributions attributions) {
        if (table.sourceColumn < 0 || table.sourceColumn >= cells.size()) {
            return otherwise;
        }
        String name = cells.get(table.sourceColumn).replace("*", "").replace("_", "").strip();
        name = LOWER_CASE_TAIL.matcher(name).replaceFirst(""); // "NIS, to lawmakers": the source, and how it spoke
        boolean one = !name.isEmpty() && !name.contains(",") && !name.contains(";") && !name.contains(" and ")
                && !name.contains("/") && words(name).size() <= 6;
        Attribution stated = one ? attributions.stated(name) : null;
        return (stated != null) ? stated : otherwise;
    }

    /**
     * The figure a cell's number makes with its column's unit ("US$718 million", "3.5 thousand"),
     * else null.
     */
    private Figure scaled(String written, boolean money) {
        for (Figure figure : this.figures.find(written, List.of())) {
            if (figure.isMoney() == money && figure.start() == 0) {
                return figure;
            }
        }
        return null;
    }

    /** What a figure counts, and where that was read. */
    private record Reading(MetricMatcher.Match match, String source, String text) {
    }

    private Reading read(Table table, int column, String cell, Figure figure, String label) {
        Optional<MetricMatcher.Match> own = this.metrics.match(cell, figure);
        if (own.isPresent()) {
            return new Reading(own.get(), "cell", cell);
        }
        String header = table.header(column);
        Optional<MetricMatcher.Match> byHeader = table.cached(table.byHeader, column, figure,
                () -> counted(cell, figure, header));
        if (byHeader.isPresent()) {
            return new Reading(byHeader.get(), "column", header);
        }
        Optional<MetricMatcher.Match> byLabel = counted(cell, figure, label);
        if (byLabel.isPresent()) {
            return new Reading(byLabel.get(), "row", label);
        }
        Optional<MetricMatcher.Match> byCaption = table.cached(table.byCaption, column, figure,
                () -> counted(cell, figure, table.caption));
        return byCaption.map((match) -> new Reading(match, "caption", table.caption)).orElse(null);
    }

    /**
     * What {@code text} says the figure counts, read by the metric rules with the figure placed
     * before each of its words in turn: "Our {figure} estimate of recruits", "{figure} Deaths
     * confirmed by own government".
     */
    private Optional<MetricMatcher.Match> counted(String cell, Figure figure, String text) {
        String words = clip(text);
        if (words.isBlank()) {
            return Optional.empty();
        }
        String written = cell.substring(figure.start(), Math.max(figure.end(), figure.nounFrom()));
        java.util.regex.Matcher start = WORD_START.matcher(words);
        for (int tried = 0; tried < MAX_WORDS && start.find(); tried++) {
            String before = words.substring(0, start.start());
            Phrase phrase = new Phrase(before + written + " " + words.substring(start.start()), shifted(figure, before.length()));
            Optional<MetricMatcher.Match> match = this.metrics.match(phrase.text(), phrase.figure());
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }

    /** A figure placed in a text of its own, with the offsets it has there. */
    private record Phrase(String text, Figure figure) {
    }

    private static Figure shifted(Figure figure, int at) {
        int by = at - figure.start();
        return new Figure(figure.start() + by, figure.end() + by, figure.low(), figure.high(), figure.qualifier(),
                figure.currency(), figure.nounFrom() + by, figure.rule());
    }

    /** The figure after its column's header, as a sentence would put it: "Our estimate of recruits 3,000–5,000". */
    private static Phrase afterHeader(String header, String cell, Figure figure) {
        String before = clip(header).isEmpty() ? "" : clip(header) + " ";
        String written = cell.substring(figure.start(), Math.max(figure.end(), figure.nounFrom()));
        return new Phrase(before + written, shifted(figure, before.length()));
    }

    /**
     * The row's label or the column's header names the subject: yes; another actor and not the
     * subject: no, unless the figure is money (Russia pays); else the table or the block before it
     * must name the subject.
     */
    private boolean about(Table table, int column, String label, Figure figure, boolean aboutSubject) {
        List<String> named = this.actors.named(clip(label) + " ¦ " + clip(table.header(column)));
        if (named.contains(this.subject)) {
            return true;
        }
        if (!named.isEmpty() && !figure.isMoney()) {
            return false;
        }
        // in an article about the subject, a table that names no other actor is about it, as a sentence would be
        return aboutSubject || table.namesSubject();
    }

    private Candidate candidate(Article article, Table table, int column, Block block, String cell, Figure figure,
            String label, Reading reading, Attribution attribution) {
        String header = table.header(column);
        Phrase headed = afterHeader(header, cell, figure);
        MetricMatcher.Match match = reading.match();
        Modality kind = ESTIMATE_ABBREVIATION.matcher(header + " " + cell).find() ? Modality.ESTIMATE
                : this.modality.classify(headed.text(), headed.figure(), null, "");
        String status = this.status.classify(headed.text(), headed.figure());
        if (status == null && !reading.source().equals("column")) {
            Phrase read = afterHeader(reading.text(), cell, figure);
            status = this.status.classify(read.text(), read.figure());
        }
        AsOfResolver.AsOf time = time(article, table, header, label);
        String currency = figure.currency();
        Phrase money = new Phrase(cell.substring(0, Math.max(figure.end(), figure.nounFrom())) + " " + clip(header)
                + (header.indexOf('(') < 0 ? " " + table.captionUnit : ""), figure);
        Quantity quantity = new Quantity(figure.low(), figure.high(), figure.qualifier(), match.unit(),
                (currency != null) ? ClaimExtractor.per(money.text(), money.figure()) : null, currency);
        String text = article.slice(block.start(), block.end());
        String where = reading.source().equals("cell") ? "cell" : reading.source() + " '" + shorten(reading.text()) + "'";
        return new Candidate(match.metric(), match.kind(), quantity, status, attribution, kind, time.date(),
                time.basis(), new Mention(text, block.start(), block.end()),
                false, "table:" + where + " | figure:" + figure.rule() + " | metric:" + match.rule());
    }

    /**
     * A year the column or the row stands for ("2023"), else a date in the header, the label, the
     * caption or the note just before the table ("Figures as of 28 February 2025."), else the
     * article's date.
     */
    private AsOfResolver.AsOf time(Article article, Table table, String header, String label) {
        if (YEAR.matcher(header).matches()) {
            return new AsOfResolver.AsOf(new PartialDate(Integer.parseInt(header), null, null),
                    "year of the table's column: '" + header + "'");
        }
        if (YEAR.matcher(label).matches()) {
            return new AsOfResolver.AsOf(new PartialDate(Integer.parseInt(label), null, null),
                    "year of the table's row: '" + label + "'");
        }
        List<DateMention> mentions = new ArrayList<>();
        for (String text : List.of(header, label, table.caption, table.note)) {
            mentions.addAll(this.dates.find(clip(text)));
        }
        AsOfResolver.AsOf time = this.asOf.resolve(mentions, article.published());
        return new AsOfResolver.AsOf(time.date(), time.basis().replace("in the sentence", "in the table"));
    }

    private List<Span> masks(String cell) {
        return this.dates.find(cell).stream().map((d) -> new Span(d.start(), d.end(), d.text())).toList();
    }

    private static String clip(String text) {
        return (text.length() <= MAX_TEXT) ? text : text.substring(0, MAX_TEXT);
    }

    private static String shorten(String text) {
        return (text.length() <= RULE_TEXT) ? text : text.substring(0, RULE_TEXT - 1) + "…";
    }

    /** The cells of a row written "| a | b |". */
    static List<String> cells(String row) {
        int from = row.startsWith("|") ? 1 : 0;
        int to = row.endsWith("|") && row.length() > from ? row.length() - 1 : row.length();
        List<String> cells = new ArrayList<>();
        for (String cell : row.substring(from, to).split("\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    /** One table: its rows split into cells, its header, label column, caption and context. */
    private final class Table {

        final List<Block> blocks = new ArrayList<>();

        final List<List<String>> rows = new ArrayList<>();

        /** The header rows come first; the rows from here on hold the figures. */
        final int firstBodyRow;

        final List<String> headers = new ArrayList<>();

        final int labelColumn;

        /** The column that names each row's source ("Source", "According to"), or -1. */
        final int sourceColumn;

        /** The heading or caption above the table, its first {@link #MAX_TEXT} characters. */
        final String caption;

        /** The same, whole up to {@link #MAX_CREDIT_TEXT} characters, where a credit line is sought. */
        private final String credit;

        /** A short note just before the table ("Figures as of 28 February 2025."), else empty. */
        final String note;

        private final Article article;

        private final List<Block> all;

        private final int first;

        private Boolean namesSubject;

        /** The caption's unit in brackets when it gives the money columns theirs ("($ a barrel)"), else "". */
        private final String captionUnit;

        /** Each column's money unit, "US$# million" with # for the cell's number; null for none. */
        private final String[] moneyUnits;

        /** A count column's scale from its header ("Workers (thousands)": "# thousand"), else null. */
        private final String[] countScales;

        private Attribution stated;

        private boolean statedRead;

        final Map<Integer, Optional<MetricMatcher.Match>> byHeader = new HashMap<>();

        final Map<Integer, Optional<MetricMatcher.Match>> byCaption = new HashMap<>();

        private final boolean[] skipped;

        Table(Article article, List<Block> all, int first, int end) {
            this.article = article;
            this.all = all;
            this.first = first;
            for (int b = first; b < end; b++) {
                Block block = all.get(b);
                this.blocks.add(block);
                this.rows.add(cells(article.slice(block.start(), block.end())));
            }
            int headerRows = 0;
            while (headerRows < this.blocks.size() && this.blocks.get(headerRows).kind() == BlockKind.TABLE_HEADER) {
                headerRows++;
            }
            if (headerRows == 0 && this.rows.size() > 1 && !holdsFigures(this.rows.get(0))) {
                headerRows = 1; // no marked header: a first row of words names the columns
            }
            this.firstBodyRow = headerRows;
            int columns = 0;
            for (List<String> row : this.rows) {
                columns = Math.max(columns, row.size());
            }
            for (int c = 0; c < columns; c++) {
                StringBuilder header = new StringBuilder();
                for (int r = 0; r < headerRows; r++) {
                    String cell = (c < this.rows.get(r).size()) ? this.rows.get(r).get(c) : "";
                    if (!cell.isEmpty()) {
                        header.append((header.length() > 0) ? " " : "").append(cell);
                    }
                }
                this.headers.add(header.toString());
            }
            this.skipped = new boolean[columns];
            int label = -1;
            for (int c = 0; c < columns; c++) {
                List<String> words = words(this.headers.get(c));
                boolean id = !words.isEmpty() && (ID_WORDS.contains(words.get(0))
                        || ID_WORDS.contains(words.get(words.size() - 1)) || words.equals(List.of("no")));
                this.skipped[c] = id || !words.isEmpty() && TIME_WORDS.contains(words.get(0))
                        || words.stream().anyMatch(SHARE_WORDS::contains) || COMPARED_HEADER.matcher(this.headers.get(c)).find()
                        || words.size() > 1 && words.get(0).equals("as") && words.get(1).equals("of");
                if (label < 0 && !id) {
                    label = c;
                }
            }
            this.labelColumn = Math.max(label, 0);
            int source = -1;
            for (int c = 0; c < columns && source < 0; c++) {
                if (c != this.labelColumn && SOURCE_HEADER.matcher(this.headers.get(c)).matches()) {
                    source = c;
                    this.skipped[c] = true;
                }
            }
            if (source < 0 && this.labelColumn < columns && GIVER_HEADER.matcher(this.headers.get(this.labelColumn)).matches()) {
                source = this.labelColumn; // "| Donor | Pledge |": each row is its donor's pledge
            }
            this.sourceColumn = source;
            this.credit = caption(all, first, article, MAX_CREDIT_TEXT);
            this.caption = this.credit.substring(0, Math.min(this.credit.length(), MAX_TEXT));
            this.note = note(all, first, article);
            this.moneyUnits = new String[columns];
            this.countScales = new String[columns];
            // "Benchmarks, week to March 27 ($ a barrel)": a caption's unit holds for the columns whose headers give none
            int open = this.caption.lastIndexOf('(');
            String captionMoney = (open >= 0 && this.caption.strip().endsWith(")")) ? moneyUnitOf(this.caption.strip()) : null;
            this.captionUnit = (captionMoney == null) ? "" : this.caption.substring(open).strip();
            for (int c = 0; c < columns; c++) {
                this.moneyUnits[c] = moneyUnitOf(this.headers.get(c));
                this.countScales[c] = countScaleOf(this.headers.get(c));
                if (this.moneyUnits[c] == null && this.countScales[c] == null && captionMoney != null && c != this.labelColumn
                        && !this.skipped[c]) {
                    this.moneyUnits[c] = captionMoney;
                }
            }
        }

        String moneyUnit(int column) {
            return (column < this.moneyUnits.length) ? this.moneyUnits[column] : null;
        }

        String countScale(int column) {
            return (column < this.countScales.length) ? this.countScales[column] : null;
        }

        /**
         * The one source the caption, the note before the table or a short line after it names
         * ("(source: Suez Canal Authority)"); null when none does, or when it names several.
         */
        Attribution statedSource(ArticleAttributions attributions) {
            if (!this.statedRead) {
                this.statedRead = true;
                int after = this.first + this.blocks.size();
                String below = "";
                if (after < this.all.size() && !this.all.get(after).isTableRow()) {
                    Block block = this.all.get(after);
                    below = this.article.slice(block.start(), Math.min(block.end(), block.start() + MAX_CREDIT_TEXT));
                }
                // the whole caption and line below: a credit line often comes last, past what the other rules read
                String lead = lead(this.all, this.first, this.article);
                Matcher owned = OWNED_RECORD.matcher(lead);
                if (lead.stripTrailing().endsWith(":") && owned.lookingAt()) {
                    // "The Multilateral Sanctions Monitoring Team's first report, published in May 2025, gave the baseline:"
                    this.stated = attributions.stated(owned.group(1));
                    if (this.stated != null) {
                        return this.stated;
                    }
                }
                Matcher captioned = (lead.length() <= 160) ? CAPTION_OWNER.matcher(lead.strip()) : null;
                if (captioned != null && captioned.matches()) {
                    // "Table 1: NDMA and PDMA figures as of 13 August 2026": the caption credits the figures below it
                    this.stated = attributions.stated(captioned.group(1));
                    if (this.stated != null) {
                        return this.stated;
                    }
                }
                for (String text : List.of(this.credit, this.note, below)) {
                    Matcher named = STATED_SOURCE.matcher(text);
                    if (named.find()) {
                        // "Ukrainian Air Force morning statements on Telegram, as first published": how it spoke goes
                        String name = ownerOfDocuments(
                                LOWER_CASE_TAIL.matcher(withoutPlaceOrDate(named.group(1).strip(), attributions)).replaceFirst(""));
                        // "Sources: NIS briefings as reported by Yonhap; MSMT report; interviews" names several;
                        // "Source: MND; CCSS compilation" names one beside the outlet's own work
                        boolean listed = text.charAt(named.end() - 1) == ';' && otherSources(text.substring(named.end()));
                        boolean one = !listed && !name.contains(",") && !name.contains(" and ") && words(name).size() <= 6;
                        this.stated = one ? attributions.stated(name) : null;
                        break;
                    }
                }
                if (this.stated == null) {
                    this.stated = headedByDocuments(attributions);
                }
            }
            return this.stated;
        }

        /** The owner of the documents a credit names ("Ukrainian Air Force morning statements on Telegram"), else the credit. */
        private static String ownerOfDocuments(String name) {
            Matcher documents = DOCUMENTS.matcher(name);
            return documents.lookingAt() ? documents.group(1) : name;
        }

        /** The source whose documents a column lists, by its header: "IAEA report", "NIS estimates"; null if none. */
        private Attribution headedByDocuments(ArticleAttributions attributions) {
            for (String header : this.headers) {
                Matcher documents = DOCUMENTS.matcher(header.replace("*", "").replace("_", "").strip());
                if (documents.matches()) {
                    Attribution owner = attributions.stated(documents.group(1));
                    if (owner != null) {
                        return owner;
                    }
                }
            }
            return null;
        }

        /**
         * "Africa CDC vaccine dashboard, 30 September 2025", "GSF headquarters, Port-au-Prince": the source without the
         * date or place after its comma; a second source after it ("NIS, HUR") stays, as a list.
         */
        private static String withoutPlaceOrDate(String name, ArticleAttributions attributions) {
            int comma = name.indexOf(',');
            if (comma <= 0) {
                return name;
            }
            String rest = name.substring(comma + 1).strip();
            boolean date = DATE_AFTER.matcher(rest).matches();
            boolean place = PLACE_AFTER.matcher(rest).matches() && attributions.stated(rest) == null;
            return (date || place) ? name.substring(0, comma).strip() : name;
        }

        /** Whether the rest of a source list names a source other than the outlet's own work. */
        private static boolean otherSources(String rest) {
            String line = rest.split("\n", 2)[0];
            for (String item : line.split(";")) {
                String trimmed = item.replaceAll("[*_.\\s\u00A0]+$", "").strip();
                if (!trimmed.isEmpty() && !OWN_WORK.matcher(trimmed).find()) {
                    return true;
                }
            }
            return false;
        }

        private boolean holdsFigures(List<String> row) {
            for (String cell : row) {
                if (FigureFinder.mayHoldFigures(cell) && !TableFigures.this.figures.find(cell, masks(cell)).isEmpty()) {
                    return true;
                }
            }
            return false;
        }

        String header(int column) {
            return (column < this.headers.size()) ? this.headers.get(column) : "";
        }

        boolean skipped(int column) {
            return column < this.skipped.length && this.skipped[column];
        }

        /** A column's reading from its header or the caption, the same for every figure of its kind. */
        Optional<MetricMatcher.Match> cached(Map<Integer, Optional<MetricMatcher.Match>> cache, int column, Figure figure,
                java.util.function.Supplier<Optional<MetricMatcher.Match>> read) {
            return cache.computeIfAbsent(figure.isMoney() ? -1 - column : column, (key) -> read.get());
        }

        /**
         * Whether the header row, the caption or heading above, or the block before the table (a
         * table just before it passed over) names the subject.
         */
        boolean namesSubject() {
            if (this.namesSubject == null) {
                List<String> texts = new ArrayList<>(this.headers);
                texts.add(this.caption);
                for (int b = this.first - 1; b >= 0; b--) {
                    if (!this.all.get(b).isBoilerplate() && !this.all.get(b).isTableRow()) {
                        Block before = this.all.get(b);
                        texts.add(this.article.slice(before.start(), Math.min(before.end(), before.start() + 2_000)));
                        break;
                    }
                }
                this.namesSubject = texts.stream().anyMatch((text) -> TableFigures.this.actors.named(text)
                    .contains(TableFigures.this.subject));
            }
            return this.namesSubject;
        }

        /** The paragraph right before the table when it is at most two lines long and introduces it (ends with a colon), else empty. */
        private static String lead(List<Block> all, int first, Article article) {
            if (first == 0 || all.get(first - 1).isBoilerplate() || all.get(first - 1).isTableRow()) {
                return "";
            }
            Block block = all.get(first - 1);
            return (block.end() - block.start() <= 2 * MAX_TEXT) ? article.slice(block.start(), block.end()) : "";
        }

        /** The block before the table (a table just before it passed over) when it is a short note, else empty. */
        private static String note(List<Block> all, int first, Article article) {
            for (int b = first - 1; b >= 0; b--) {
                Block block = all.get(b);
                if (!block.isBoilerplate() && !block.isTableRow()) {
                    String text = article.slice(block.start(), Math.min(block.end(), block.start() + MAX_TEXT));
                    return (block.end() - block.start() <= MAX_TEXT && words(text).size() <= MAX_WORDS) ? text : "";
                }
            }
            return "";
        }

        /**
         * The table's caption, or the heading right above it: the nearest heading or title before
         * it with at most one block between ("Figures as of 28 February 2025."), tables not
         * counted. A heading further up names a section, which may hold more than the table is
         * about.
         */
        private static String caption(List<Block> all, int first, Article article, int limit) {
            int between = 0;
            for (int b = first - 1; b >= 0 && between <= 1; b--) {
                Block block = all.get(b);
                if (block.kind() == BlockKind.HEADING || block.kind() == BlockKind.TITLE) {
                    return article.slice(block.start(), Math.min(block.end(), block.start() + limit));
                }
                if (!block.isBoilerplate() && !block.isTableRow()) {
                    between++; // a table before this one, under the same heading, does not count
                }
            }
            return "";
        }
    }

    /**
     * The money unit a header gives its column, in its parentheses or after its last comma
     * ("Revenue (US$ m)", "Value, EUR million"): a currency, and a scale if any, as a template
     * "US$# million" for the cell's number; null when the header names no currency there.
     */
    static String moneyUnitOf(String header) {
        int open = header.lastIndexOf('(');
        int comma = header.lastIndexOf(',');
        String unit = (open >= 0) ? header.substring(open + 1) : (comma >= 0) ? header.substring(comma + 1) : "";
        Matcher currency = HEADER_CURRENCY.matcher(unit);
        if (unit.length() > 30) {
            return null;
        }
        if (!currency.find()) {
            // "Promised wage (rubles a month)": the currency's word
            Matcher word = HEADER_CURRENCY_WORD.matcher(unit);
            String code = word.find() ? Currencies.ofName(null, word.group(1)) : null;
            if (code == null) {
                return null;
            }
            Matcher scale = HEADER_SCALE.matcher(unit.substring(0, word.start()) + " " + unit.substring(word.end()));
            return code + " #" + (scale.find() ? " " + scaleWord(scale.group(1)) : "");
        }
        String code = currency.group(1);
        if (code.chars().allMatch(Character::isLetter) && !Currencies.ALL_CODES.contains(code)) {
            return null;
        }
        Matcher scale = HEADER_SCALE.matcher(unit.substring(0, currency.start()) + " " + unit.substring(currency.end()));
        String word = scale.find() ? " " + scaleWord(scale.group(1)) : "";
        return code + (code.chars().allMatch(Character::isLetter) ? " " : "") + "#" + word;
    }

    /** A scale alone in a header's parentheses: "(thousands)", "(in millions)", "('000)". */
    private static final Pattern COUNT_SCALE = Pattern.compile(
            "(?i)\\((?:in[\\s\\u00A0]+)?(thousands|millions|'000|’000|000s)\\)[\\s\\u00A0]*$");

    /**
     * The scale a header gives a column of counts in its closing parentheses ("Workers
     * (thousands)", "Shells (millions)", "Troops ('000)"): "# thousand" or "# million" for the
     * cell's number; null when it gives none.
     */
    static String countScaleOf(String header) {
        Matcher scale = COUNT_SCALE.matcher(header);
        if (!scale.find()) {
            return null;
        }
        return "# " + scaleWord(scale.group(1));
    }

    /** The word FigureFinder reads for a header's scale: "bn" billion, "mn" or "millions" million, "'000" thousand. */
    private static String scaleWord(String written) {
        String lower = written.toLowerCase(Locale.ROOT);
        return lower.startsWith("b") ? "billion" : lower.startsWith("m") ? "million" : "thousand";
    }

    /** The words of a header, lower case, "No." as "no". */
    private static List<String> words(String header) {
        List<String> words = new ArrayList<>();
        for (String word : NON_WORD.split(header.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
