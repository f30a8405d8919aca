package org.briefing.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.briefing.domain.Block;
import org.briefing.domain.Source;
import org.briefing.template.SourceRegistry;
import org.briefing.text.Datelines;
import org.briefing.text.Lower;
import org.briefing.text.PressReleases;
import org.briefing.text.WordStarts;

/**
 * Finds the outlet that published an article when no metadata names it, from what outlets write
 * about themselves: a copyright line ("(C)UNIAN 2023"), a request for comment ("Newsweek has
 * contacted the ministry for comment"), or an editor's signature ("Editor-In-Chief of Atlas News"),
 * a masthead ("ABC News" as the page's first line, a press office above "Press Releases"), a
 * wire's dateline credit, or a staff byline ("By Global Times staff reporters").
 */
final class PublisherFinder {

    /** A proper name of up to five words; "All rights reserved" after it is not part of it. */
    private static final String NAME = "(\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:\\s+(?:of\\s+|the\\s+)?(?!All\\b|Rights\\b|Registered\\b|Licensed\\b)\\p{Lu}[\\p{L}\\p{N}&.'’-]*){0,4})";

    private static final Pattern COPYRIGHT = Pattern
        .compile("(?i:\\(c\\)|©|copyright)\\s*(?:(?:19|20)\\d{2}\\s*)?" + NAME + "\\s*(?:(?:19|20)\\d{2})?");

    private static final Pattern FOR_COMMENT = Pattern.compile(
            NAME + "\\s+(?:has\\s+|had\\s+|have\\s+)?(?:contacted|reached out to|asked|approached|emailed)\\b[^.]{0,200}?\\bfor (?:comment|a response)");

    /**
     * A record's credit to whoever made it: "Transcript produced by Meridian Public Radio", "This
     * podcast is published by the Harbour Times". A report or a podcast the text only mentions ("a
     * report published by RUSI") is not one.
     */
    private static final Pattern CREDIT = Pattern.compile("(?i:\\b(?:transcript|this\\s+(?:programme|program|podcast|episode|show|newsletter|briefing))"
            + "(?:\\s+(?:is|was|has\\s+been))?\\s+(?:produced|prepared|published|provided)\\s+by\\s+(?:the\\s+)?)" + NAME);

    private static final WordStarts.Words CREDIT_FIRST = WordStarts.words("transcript", "this");

    /**
     * A government page's "From: Home Office" line above "Published 18 September 2025" (GOV.UK and
     * its imitators): the name alone on its line, then a line that starts "Published" or "Updated".
     */
    private static final Pattern FROM_LINE = Pattern.compile(
            "(?m)^From:[ \\u00A0]+(\\p{Lu}[\\p{L}&.'’-]*(?:[ \\u00A0]+(?:of[ \\u00A0]+|the[ \\u00A0]+|and[ \\u00A0]+|for[ \\u00A0]+)?"
                    + "\\p{Lu}[\\p{L}&.'’-]*){0,5})[ \\u00A0]*\\n+[ \\u00A0]*(?:Published|Updated|Last updated)\\b");

    /** A newsletter's mail header: "From: The Continental Desk <cities@continentaldesk.example>". */
    private static final Pattern EMAIL_SENDER = Pattern.compile(
            "(?m)^From:[ \\u00A0]+\"?(\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:[ \\u00A0]+(?:of[ \\u00A0]+|the[ \\u00A0]+|and[ \\u00A0]+|for[ \\u00A0]+)?"
                    + "\\p{Lu}[\\p{L}\\p{N}&.'’-]*){0,5})\"?[ \\u00A0]*<[^<>\\s@]+@[^<>\\s@]+>");

    /** "© Crown copyright" is the licence of UK government pages, not an outlet's name. */
    private static final Pattern NOT_A_PUBLISHER = Pattern.compile("(?i)crown");

    /** "By Global Times staff reporters", "compiled by the Eastern Flank Monitor desk". */
    private static final Pattern STAFF = Pattern.compile("(?i:\\bby)\\s+(?:the\\s+)?" + NAME
            + "\\s+(?i:staff|desk|newsroom|editorial (?:team|board)|news team)\\b");

    /** A press office's masthead: its name, then "Press Releases" or the like on the next line. */
    private static final Pattern RELEASE_LINE = Pattern
        .compile("(?i)^(?:press|news|media)\\s+(?:releases?|statements?|room)$");

    /** "ISW cannot independently verify", "Reuters could not confirm": an outlet speaking of itself. */
    /** What an outlet could not do: the end of {@link #SELF_REFERENCE}, whose matches all hold one. */
    private static final String COULD_NOT_VERIFY = "(?:could not|cannot|can not|was unable to|has not been able to|has not|did not)"
            + "\\s+(?:independently\\s+)?(?:verify|confirm|observe[ds]?|seen)\\b";

    static final Pattern SELF_REFERENCE = Pattern.compile(NAME + "\\s+" + COULD_NOT_VERIFY);

    private static final Pattern COULD_NOT = Pattern.compile(COULD_NOT_VERIFY);

    private static final WordStarts.Words COULD_NOT_FIRST = WordStarts.words("could", "cannot", "can", "was", "has", "did");

    private static final Pattern SIGNATURE = Pattern
        .compile("(?i:\\b(?:editor[- ]in[- ]chief|managing editor|founder|staff writer|correspondent))\\s+(?:of|at|for)\\s+" + NAME);

    private static final WordStarts.Words SIGNATURE_FIRST = WordStarts.words("editor", "managing", "founder", "staff",
            "correspondent");

    private static final WordStarts.Words BY = WordStarts.words("by");

    /** The end of every {@link #FOR_COMMENT} match. */
    private static final Pattern FOR_COMMENT_END = Pattern.compile("for (?:comment|a response)");

    /** How far before its last words a {@link #FOR_COMMENT} match can start: five words of a name, a verb and 200 characters. */
    private static final int FOR_COMMENT_REACH = 600;

    /** A name of one to five capitalised words ("ABC News", "House of Commons"), nothing else. */
    private static final Pattern MASTHEAD_NAME = Pattern
        .compile("\\p{Lu}[\\p{L}&.'’-]*(?:\\s+(?:of|the|and|for|de|du|la|le)?\\s*\\p{Lu}[\\p{L}&.'’-]*){0,4}");

    record Found(String publisher, String basis) {
    }

    private final SourceRegistry registry;

    /** @param registry the template's sources, which name the outlets a masthead can show */
    PublisherFinder(SourceRegistry registry) {
        this.registry = registry;
    }

    Optional<Found> find(String text, List<Block> blocks) {
        Optional<Found> masthead = masthead(text, blocks);
        if (masthead.isPresent()) {
            return masthead;
        }
        String top = text.substring(0, Math.min(text.length(), 2_000));
        Matcher from = FROM_LINE.matcher(top);
        if (top.contains("From:") && from.find()) {
            return found(from.group(1), "'From:' line '" + Blocks.oneLine(from.group()) + "'");
        }
        Matcher sender = EMAIL_SENDER.matcher(top);
        if (top.contains("From:") && sender.find()) {
            return found(sender.group(1), "the e-mail's sender '" + Blocks.oneLine(sender.group()) + "'");
        }
        for (Block block : blocks) {
            String content = text.substring(block.start(), block.end());
            Matcher copyright = COPYRIGHT.matcher(content);
            if (content.length() < 120 && mayHoldCopyright(content) && copyright.find()
                    && !NOT_A_PUBLISHER.matcher(copyright.group(1)).matches()) {
                return found(copyright.group(1), "copyright line '" + Blocks.oneLine(content) + "'");
            }
        }
        for (Block block : blocks) {
            Datelines.Credit credit = block.isBoilerplate() ? null
                    : Datelines.credit(text.substring(block.start(), Math.min(block.end(), block.start() + 120)));
            if (credit != null) {
                return found(credit.agency(), "dateline credit '" + Blocks.oneLine(credit.dateline()) + "'");
            }
        }
        // Each pattern below runs only where its fixed words occur: a pattern that starts with a
        // name is tried at every capital letter of the text, which made these the costly part of
        // ingest. The words are necessary for a match, so nothing changes what is found.
        String head = text.substring(0, Math.min(text.length(), 1_500));
        Matcher staff = STAFF.matcher(head);
        Optional<Found> furnished = furnishedMasthead(text, blocks);
        if (Lower.containsAny(head.toLowerCase(Locale.ROOT), "staff", "desk", "newsroom", "editorial", "news team")
                && findAtLineStart(staff, head)) {
            // the desk of "PROSTIR WEEKLY - English edition" is "the Prostir desk": the masthead's fuller name
            boolean fuller = furnished.isPresent()
                    && furnished.get().publisher().toLowerCase(Locale.ROOT).startsWith(staff.group(1).toLowerCase(Locale.ROOT));
            return fuller ? furnished : found(staff.group(1), "the outlet's byline: '" + Blocks.oneLine(staff.group()) + "'");
        }
        if (furnished.isPresent()) {
            return furnished;
        }
        Matcher credit = CREDIT.matcher(text);
        if (Lower.containsAny(text, "produced by", "prepared by", "published by", "provided by")
                && WordStarts.find(credit, text, 0, text.length(), CREDIT_FIRST, true)) {
            return found(credit.group(1), "the record's credit: '" + Blocks.oneLine(credit.group()) + "'");
        }
        Matcher comment = FOR_COMMENT.matcher(text);
        if (Lower.containsAny(text, "for comment", "for a response") && findBefore(comment, text, FOR_COMMENT_END)) {
            return found(comment.group(1), "the outlet's request for comment: '" + Blocks.oneLine(shorten(comment.group()))
                    + "'");
        }
        Matcher self = SELF_REFERENCE.matcher(text);
        // SELF_REFERENCE starts with a name, so find() tries it at every capital letter; a text
        // without its verb phrase after a space (so at a word's start) cannot hold a match
        boolean selfWords = mayReferToItself(text);
        while (selfWords && self.find()) {
            if (!self.group(1).matches("(?i)(it|we|they|he|she|i|you|the .*)")) { // "I cannot confirm" is a person
                return found(self.group(1), "the outlet speaking of itself: '" + Blocks.oneLine(self.group()) + "'");
            }
        }
        Matcher signature = SIGNATURE.matcher(text);
        if (WordStarts.find(signature, text, 0, text.length(), SIGNATURE_FIRST, true)) {
            return found(signature.group(1), "the author's signature: '" + Blocks.oneLine(signature.group()) + "'");
        }
        return houseNote(text, blocks);
    }

    /** What an outlet says of itself under an article: "Meridian Defence Review publishes independent analysis on …". */
    private static final Pattern HOUSE_NOTE = Pattern.compile("(?:^|(?<=[.!?][\\s\\u00A0]))" + NAME
            + "[\\s\\u00A0]+(?:publishes|is[\\s\\u00A0]+an?[\\s\\u00A0]+(?:independent|non-profit|nonprofit)\\b)");

    /**
     * The outlet the article's last paragraph describes as its publisher, when the registry knows it as an outlet:
     * an analysis piece's closing note about its author and its house.
     */
    private Optional<Found> houseNote(String text, List<Block> blocks) {
        if (this.registry == null || blocks.isEmpty()) {
            return Optional.empty();
        }
        Block last = blocks.get(blocks.size() - 1);
        String content = text.substring(last.start(), last.end());
        if (content.length() > 400 || !Lower.containsAny(content, " publishes", " is an independent", " is a non")) {
            return Optional.empty();
        }
        Matcher note = HOUSE_NOTE.matcher(content);
        while (note.find()) {
            Optional<Source> known = this.registry.lookup(note.group(1));
            if (known.isPresent() && SourceRegistry.isOutletKind(known.get().kind())) {
                return found(known.get().name(), "the outlet's note on itself: '" + Blocks.oneLine(note.group()) + "'");
            }
        }
        return Optional.empty();
    }

    /** False when a short block cannot hold a {@link #COPYRIGHT} line. */
    private static boolean mayHoldCopyright(String content) {
        return content.indexOf('\u00A9') >= 0 || Lower.containsAny(content.toLowerCase(Locale.ROOT), "(c)", "copyright");
    }

    /**
     * Finds the first match of a pattern that ends in the words of {@code end}, trying it only in
     * the stretch before each place those words occur rather than at every capital letter of the
     * text; the matcher is left on the match.
     */
    private static boolean findBefore(Matcher matcher, String text, Pattern end) {
        Matcher ends = end.matcher(text);
        matcher.useTransparentBounds(true);
        int from = 0;
        while (ends.find()) {
            matcher.region(Math.max(from, ends.start() - FOR_COMMENT_REACH), ends.end());
            if (matcher.find()) {
                return true;
            }
            from = Math.max(from, ends.start() - FOR_COMMENT_REACH);
        }
        return false;
    }

    /** False when the text cannot hold a {@link #SELF_REFERENCE}: a check much cheaper than the pattern. */
    static boolean mayReferToItself(String text) {
        return Lower.containsAny(text, "could not", "cannot", "can not", "was unable to", "has not", "did not")
                && WordStarts.find(COULD_NOT.matcher(text), text, 0, text.length(), COULD_NOT_FIRST, true);
    }

    /**
     * The name at the head of the page: a line the registry knows as an outlet ("ABC News"), or a
     * press office's name above "Press Releases".
     */
    private Optional<Found> masthead(String text, List<Block> blocks) {
        List<String> lines = firstLines(text, blocks, 5);
        for (int i = 0; i < Math.min(2, lines.size()); i++) {
            String line = lines.get(i);
            if (line.length() > 60) {
                continue;
            }
            Optional<Source> known = (this.registry == null) ? Optional.empty() : this.registry.lookup(line);
            if (known.isPresent() && known.get().kind().contains("media")) {
                return Optional.of(new Found(known.get().name(), "masthead '" + line + "'"));
            }
            if (i + 1 < lines.size() && RELEASE_LINE.matcher(lines.get(i + 1)).matches() && !line.endsWith(".")) {
                if (i == 1 && jointIssuer(lines.get(0), line)) {
                    // "IMPERIAL COLLEGE LONDON" / "LONDON SCHOOL OF HYGIENE & TROPICAL MEDICINE" / "NEWS RELEASE": the first issues it
                    line = lines.get(0);
                    known = (this.registry == null) ? Optional.empty() : this.registry.lookup(line);
                }
                String name = known.map(Source::name).orElse(titleCase(line));
                return Optional.of(new Found(name, "press office masthead '" + line + " / " + lines.get(i + 1) + "'"));
            }
        }
        Optional<Found> release = releaseHeader(lines);
        if (release.isPresent()) {
            return release;
        }
        Optional<Found> letterhead = letterhead(lines);
        if (letterhead.isPresent()) {
            return letterhead;
        }
        // an outlet the registry does not know: a name alone on the first line, above the page's
        // navigation or a proceedings header ("Just In | World | Asia", "NUMBER 131 | 1st SESSION")
        if (!lines.isEmpty() && MASTHEAD_NAME.matcher(lines.get(0)).matches()) {
            for (int i = 1; i < lines.size(); i++) {
                if (Blocks.isNavigation(lines.get(i))) {
                    return Optional.of(new Found(titleCase(lines.get(0)),
                            "masthead '" + lines.get(0) + "' above the page's navigation '" + lines.get(i) + "'"));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the first line of a release's header names a body that issues it with the one on the second line: a name
     * the registry knows as no outlet, or a name set in capitals as the second is.
     */
    private boolean jointIssuer(String first, String second) {
        if (first.length() > 60 || first.endsWith(".") || !MASTHEAD_NAME.matcher(first).matches()) {
            return false;
        }
        Optional<Source> known = (this.registry == null) ? Optional.empty() : this.registry.lookup(first);
        if (known.isPresent()) {
            return !known.get().kind().contains("media");
        }
        return first.equals(first.toUpperCase(Locale.ROOT)) && second.equals(second.toUpperCase(Locale.ROOT))
                && first.chars().anyMatch(Character::isLetter);
    }


    /**
     * A press release's header: a body's name on the first line, a few short header lines ("Federative Republic of
     * Brazil", "Office of Social Communication"), then "FOR IMMEDIATE RELEASE". The body is the registry's when it
     * knows the name, or the name with the place the next line ends on ("Ministry of Health (Brazil)").
     */
    private Optional<Found> releaseHeader(List<String> lines) {
        if (lines.size() < 2 || lines.get(0).length() > 60 || !MASTHEAD_NAME.matcher(lines.get(0)).matches()) {
            return Optional.empty();
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (PressReleases.isReleaseLine(line)) {
                String name = titleCase(lines.get(0));
                Optional<Source> known = (this.registry == null) ? Optional.empty() : this.registry.lookup(name);
                if (known.isEmpty() && i > 1 && this.registry != null) {
                    String[] words = lines.get(1).split("[\\s,]+");
                    known = this.registry.lookup(name + " (" + words[words.length - 1] + ")");
                }
                return Optional.of(new Found(known.map(Source::name).orElse(name),
                        "press release header '" + lines.get(0) + "' above '" + line + "'"));
            }
            if (line.length() > 80 || line.matches(".*[.!?:]$")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A letterhead's first line: a name, then perhaps the document's symbol far to the right ("S/PV.10029"). */
    private static final Pattern LETTERHEAD = Pattern.compile("(\\S+(?: \\S+)*)(?:[ \\t\\u00A0]{3,}\\S{2,30})?");

    /**
     * An organisation's letterhead on its own record: the first line a body the registry knows (not
     * a person, not an outlet), perhaps with the document's symbol beside it, above two more lines
     * of header, short and unpunctuated ("United Nations  S/PV.10029" / "Security Council" /
     * "Eightieth year"). A kicker above a headline and a byline is not one.
     */
    private Optional<Found> letterhead(List<String> lines) {
        if (this.registry == null || lines.size() < 3) {
            return Optional.empty();
        }
        Matcher first = LETTERHEAD.matcher(lines.get(0));
        if (lines.get(0).length() > 100 || !first.matches()) {
            return Optional.empty();
        }
        Optional<Source> body = this.registry.lookup(first.group(1))
            .filter((source) -> !Set.of("person", "official").contains(source.kind()) && !source.kind().contains("media"));
        boolean header = lines.subList(1, 3).stream()
            .allMatch((line) -> line.length() <= 60 && !line.matches(".*[.!?:]$") && !line.matches("(?i)^by\\s.*"));
        return body.filter((source) -> header)
            .map((source) -> new Found(source.name(), "letterhead '" + Blocks.oneLine(lines.get(0)) + "'"));
    }

    /** Where a masthead's name ends and its furniture starts: a bar or a spaced dash. */
    private static final Pattern FURNITURE_SEPARATOR = Pattern.compile("\\s+[|—–-]\\s+");

    /** What only a masthead's furniture says: an edition, an issue or a volume. */
    private static final Pattern EDITION = Pattern.compile("(?i).*\\b(?:edition|issue|vol\\.?|volume|no\\.)(?![\\p{L}]).*");

    private static final Pattern DATE_WORDS = Pattern.compile(
            "(?i).*\\b(?:(?:19|20)\\d{2}|january|february|march|april|june|july|august|september|october|november|december)\\b.*");

    /**
     * The outlet's name when the line is a masthead followed by its furniture: an edition, an issue
     * or a volume; or, after a name in capitals, a date. A headline is not one ("Ukraine War Latest —
     * 12 March" has neither an edition nor capitals). Null otherwise.
     */
    static String mastheadWithFurniture(String line) {
        Matcher separator = FURNITURE_SEPARATOR.matcher(line);
        if (line.length() > 120 || !separator.find()) {
            return null;
        }
        String head = line.substring(0, separator.start()).strip();
        String tail = line.substring(separator.end());
        boolean furniture = EDITION.matcher(tail).matches() || isCapitalsName(head) && (DATE_WORDS.matcher(tail).matches()
                || isSectionLabel(tail) || head.indexOf(' ') > 0 && sectionsInOrdinaryCase(line, tail));
        return (MASTHEAD_NAME.matcher(head).matches() && furniture) ? head : null;
    }

    /** A section or kind of piece in capitals after a masthead in capitals: "VERIFACT DESK | FACT CHECK". */
    private static boolean isSectionLabel(String tail) {
        String label = tail.strip();
        String lower = label.toLowerCase(java.util.Locale.ROOT);
        return label.equals(label.toUpperCase(java.util.Locale.ROOT))
                && (DOCUMENT_KINDS.contains(lower) || SECTION_LABELS.contains(lower));
    }

    /**
     * "THE MERIDIAN REVIEW  |  Long Read  |  Asia & Pacific": after a name in capitals, the line goes on as a
     * navigation of sections in ordinary case (a menu in capitals, "HOME | WORLD | ASIA", names no outlet; nor does a
     * single word, "HOME | World | Asia").
     */
    private static boolean sectionsInOrdinaryCase(String line, String tail) {
        return Blocks.isNavigation(line) && !tail.equals(tail.toUpperCase(java.util.Locale.ROOT))
                && tail.chars().anyMatch(Character::isUpperCase);
    }

    /** Sections and kinds of pieces that a masthead's furniture names, beside {@link #DOCUMENT_KINDS}. */
    private static final Set<String> SECTION_LABELS = Set.of("fact check", "fact-check", "factcheck", "explainer", "live",
            "in depth", "investigation", "investigations", "world", "politics", "business", "opinion", "features");

    /** What a document is, in capitals on its first line: no outlet's name ("TRANSCRIPT" above a briefing's title). */
    private static final Set<String> DOCUMENT_KINDS = Set.of("transcript", "press release", "news release", "statement",
            "report", "briefing", "media advisory", "fact sheet", "readout", "advisory", "memorandum", "communique",
            "communiqué", "verbatim record", "summary", "update", "bulletin", "press briefing", "background briefing",
            "joint statement", "news", "breaking news", "exclusive", "analysis", "opinion", "editorial", "interview");

    /** A name of one to four words in capitals, without digits: "THE SENTRY", "KCNA"; not a document's kind. */
    private static boolean isCapitalsName(String line) {
        return !DOCUMENT_KINDS.contains(line.strip().toLowerCase(java.util.Locale.ROOT)) && line.length() <= 40 && MASTHEAD_NAME.matcher(line).matches() && line.equals(line.toUpperCase(java.util.Locale.ROOT))
                && line.strip().split("\\s+").length <= 4;
    }

    /** A line of a page's header: fields between bars, or a date alone. */
    private static boolean isHeaderLine(String line) {
        return line.contains(" | ") || line.length() <= 40 && DATE_WORDS.matcher(line).matches() && !line.endsWith(".");
    }

    /** The registry's name for the outlet a masthead names ("Le Monde Afrique" is Le Monde), else the name in title case. */
    private String outletNamed(String name) {
        if (this.registry != null) {
            Optional<Source> known = this.registry.lookup(name).or(() -> this.registry.find(name));
            if (known.isPresent() && known.get().kind().contains("media")) {
                return known.get().name();
            }
        }
        return titleCase(name);
    }

    /**
     * A masthead the registry does not know, with its furniture ("THE CONTINENT | Issue 203",
     * "Le Monde Afrique — English edition"), or a name in capitals above a date line. After the
     * staff byline: a newsletter's title is not its publisher ("… compiled by the X desk").
     */
    private Optional<Found> furnishedMasthead(String text, List<Block> blocks) {
        List<String> lines = firstLines(text, blocks, 3);
        // a masthead with its furniture: "THE CONTINENT | Issue 203 | Saturday 14 June 2025",
        // "Le Monde Afrique — English edition"
        String furnished = lines.isEmpty() ? null : mastheadWithFurniture(lines.get(0));
        if (furnished != null) {
            return Optional.of(new Found(outletNamed(furnished), "masthead '" + lines.get(0) + "'"));
        }
        // a name in capitals alone on the first line, above a date line or a line of fields
        // ("THE SENTRY" / "Investigative Report | Executive Summary" / "February 20, 2024")
        if (lines.size() >= 2 && isCapitalsName(lines.get(0))
                && lines.subList(1, Math.min(3, lines.size())).stream().anyMatch(PublisherFinder::isHeaderLine)) {
            return Optional.of(new Found(outletNamed(lines.get(0)), "masthead '" + lines.get(0) + "' above the page's header"));
        }
        return Optional.empty();
    }

    /** The first non-empty lines of the page, whatever blocks they are in. */
    private static List<String> firstLines(String text, List<Block> blocks, int count) {
        List<String> lines = new java.util.ArrayList<>();
        for (Block block : blocks) {
            for (String line : text.substring(block.start(), block.end()).split("\n")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
                if (lines.size() == count) {
                    return lines;
                }
            }
        }
        return lines;
    }

    /** "U.S. DEPARTMENT OF THE TREASURY" as "U.S. Department of the Treasury"; mixed case is kept. */
    private static String titleCase(String line) {
        if (!line.equals(line.toUpperCase(java.util.Locale.ROOT))) {
            return line;
        }
        StringBuilder out = new StringBuilder();
        for (String word : line.split(" ")) {
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            boolean small = java.util.Set.of("of", "the", "and", "for", "on", "in", "at").contains(lower) && out.length() > 0;
            boolean initials = word.matches("(?:\\p{Lu}\\.)+");
            out.append(out.length() > 0 ? " " : "")
                .append(small ? lower : initials ? word : word.isEmpty() ? word : word.charAt(0) + lower.substring(1));
        }
        return out.toString();
    }

    /**
     * A company's legal form and what follows it: "Harbourline News Ltd. Live blog …" is Harbourline
     * News, "The Annapurna Review Pvt. Ltd." is The Annapurna Review.
     */
    private static final Pattern LEGAL_FORM = Pattern.compile("\\s+(?:Ltd|Limited|Inc|LLC|plc|PLC|GmbH|Corp|S\\.A|AG|Pvt|Pte|Pty|SARL|SAS|S\\.p\\.A|BV|B\\.V|NV|AB|Oy|ApS|KK)\\b\\.?(?:\\s.*)?$");

    /**
     * Finds a byline that opens its line ("By China Daily staff writers") or ends a credit ("Compiled and translated …
     * by the Eastern Flank Monitor desk"), not "information provided to me by Department staff" inside a sentence; the
     * matcher is left on it.
     */
    private static boolean findAtLineStart(Matcher staff, String head) {
        for (int from = 0; from < head.length() && WordStarts.find(staff, head, from, head.length(), BY, true); from = staff.end()) {
            int lineStart = head.lastIndexOf('\n', staff.start()) + 1;
            String before = head.substring(lineStart, staff.start());
            if (before.chars().allMatch((c) -> !Character.isLetterOrDigit(c)) || CREDIT_BEFORE.matcher(before).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A credit line's words before its "by": "Compiled and translated from Ukrainian and Russian ". */
    private static final Pattern CREDIT_BEFORE = Pattern.compile("(?i)[^.]{0,20}\\b(?:compiled|translated|written|prepared|produced"
            + "|reporting|reported|edited|curated)\\b[^.]{0,60}");

    /** A name run on past a sentence's end: "Capitol Record Transcripts. Not checked …". */
    private static final Pattern RUN_ON = Pattern.compile("(?<=\\p{Ll}{3})\\.\\s+\\p{Lu}.*$");

    private static Optional<Found> found(String name, String basis) {
        String cleaned = LEGAL_FORM.matcher(RUN_ON.matcher(name).replaceFirst("")).replaceFirst("").replaceAll("[.’']+$", "").trim();
        return cleaned.isEmpty() ? Optional.empty() : Optional.of(new Found(cleaned, basis));
    }

    private static String shorten(String text) {
        return (text.length() <= 80) ? text : text.substring(0, 60) + " … " + text.substring(text.length() - 15);
    }
}
