package org.briefing.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.briefing.domain.Block;
import org.briefing.domain.BlockKind;
import org.briefing.domain.PartialDate;
import org.briefing.template.ChronologyEvent;
import org.briefing.text.DateMention;
import org.briefing.text.DateMentionFinder;
import org.briefing.text.Datelines;
import org.briefing.text.Lower;
import org.briefing.text.SentenceSplitter;
import org.briefing.text.Span;

/**
 * Dates an article, in this order: its metadata (sidecar, HTML, front matter); a byline or
 * dateline; else inference from the dated events the text mentions: the latest past event gives
 * the month, and a year missing from the text ("since August 6") is taken from the years the text
 * does state, from the template's chronology when a sentence speaks of one of its events, or from
 * dated page furniture. The basis always says which, and says "inferred" when it was.
 */
final class PublicationDater {

    private static final Pattern FUTURE = Pattern
        .compile("(?i)\\b(will|shall|expects?|expected|plans?|planned|planning|intends?|scheduled|set to|next|by (?:the )?end of)\\b");

    /** Strings one of which a sentence {@link #FUTURE} finds holds, in lower case: checked first, as most hold none. */
    private static final String[] FUTURE_WORDS = { "will", "shall", "expect", "plan", "intend", "scheduled", "set to",
            "next", "end of" };

    private static final Pattern PAST_REPORT = Pattern.compile(
            "(?i)\\b(said|reported|announced|stated|told|confirmed|published|wrote|noted|released|issued|signed|met|visited|arrived|held|began|started)\\b[^.;]{0,12}$");

    /** A byline's opening: "By" and a capitalised name. */
    private static final Pattern SIGNED = Pattern.compile("(?i:by)[\\s\\u00A0]+\\p{Lu}");

    /**
     * A line that dates the page: "Published: Dec 18, 2024", "Posted Thu 3 Jul 2025 at 4:12pm", a programme's
     * "Broadcast: Wednesday 14 January 2026, 22:00 to 23:00", "Released 19 February 2026, 09:30".
     */
    private static final Pattern DATE_LINE = Pattern.compile("(?im)^[\\s\\p{Punct}]*(published|updated|posted|date|dated|embargoed|embargo"
            + "|broadcast|aired|recorded|transmitted|released|issued|answered)\\b");

    /** In the header, a date's label also after another sentence of its line: "A Lowdown Audio production. Published Thursday 27 August 2026." */
    private static final Pattern DATE_LABEL = Pattern.compile(DATE_LINE.pattern() + "|(?<=[.!?|·][\\s\\u00A0])(?:published|updated|posted|dated"
            + "|broadcast|aired|recorded|released|issued)\\b", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

    /** A wire's dateline with a day but no year: "SEOUL, Feb. 27 Kyodo -", "LAHORE, Pakistan, Aug 28 (Reuters) -". */
    private static final Pattern WIRE_DATELINE = Pattern.compile(Datelines.PLACE + "\\s*(\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2})\\b");

    /** A dateline up to its credit or dash: "SEOUL, Feb 12, 2026 (AFP) -", "LONDON, Tuesday 23 June 2026 (Kestrel Sports Wire) -". */
    private static final Pattern DATELINE_HEAD = Pattern.compile(Datelines.PLACE + "([^()\\n]{4,60}?)[\\s\\u00A0]*(?:\\(|[-–—][\\s\\u00A0])");

    record Dated(PartialDate date, String basis) {
    }

    private final DateMentionFinder finder = new DateMentionFinder();

    private final Chronology chronology;

    /** The first day of the briefing's period, or null: an inferred date before it is only a bound. */
    private final java.time.LocalDate since;

    PublicationDater(List<ChronologyEvent> events, java.time.LocalDate since) {
        this.chronology = new Chronology(events);
        this.since = since;
    }

    Dated date(String text, List<Block> blocks, ParsedDocument.Metadata metadata, SentenceSplitter sentences) {
        if (metadata.published() != null) {
            Optional<PartialDate> fromMetadata = fullDate(metadata.published());
            if (fromMetadata.isPresent()) {
                return new Dated(fromMetadata.get(), metadata.basis() + " '" + metadata.published() + "'");
            }
        }
        Optional<Dated> byline = byline(text, blocks).or(() -> datedDateline(text, blocks));
        if (byline.isPresent()) {
            return byline.get();
        }
        Optional<Dated> edited = lastEdited(text, blocks);
        if (edited.isPresent()) {
            return edited.get();
        }
        Dated inferred = beforePeriod(inferred(text, blocks, sentences));
        return wireDateline(text, blocks, inferred).orElse(inferred);
    }

    /** A page's stamp of its last edit, in its footer: "This page was last edited on 19 January 2026, at 08:14". */
    private static final Pattern LAST_EDITED = Pattern.compile("(?i)[\\s\\u00A0]*(?:(?:this|the)[\\s\\u00A0]+(?:page|article|entry|post)"
            + "[\\s\\u00A0]+(?:was[\\s\\u00A0]+)?|page[\\s\\u00A0]+)?last[\\s\\u00A0]+(?:edited|updated|modified|revised|reviewed)\\b");

    /**
     * The date of the page's last edit, for a page that gives no other: the text read is that version. A wiki's or a
     * reference page's footer says it; the rest of its text speaks of years of events.
     */
    private Optional<Dated> lastEdited(String text, List<Block> blocks) {
        for (Block block : blocks) {
            if (block.end() - block.start() > 200) {
                continue;
            }
            String content = text.substring(block.start(), block.end());
            java.util.regex.Matcher stamp = LAST_EDITED.matcher(content);
            if (stamp.lookingAt()) { // the stamp opens its line: "The list was last updated in May, the ministry said" is no stamp
                Optional<PartialDate> date = fullDate(content.substring(stamp.end()));
                if (date.isPresent()) {
                    return Optional.of(new Dated(date.get(), "last edit '" + Blocks.oneLine(content) + "'"));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * An inferred date before the briefing's period is only a bound: an undated column whose latest event is the
     * writer's school days ("In 1976 I sat in a class of 41") was not written then, and dating it so would make every
     * figure in it history. It is left undated, and the basis says why.
     */
    private Dated beforePeriod(Dated inferred) {
        if (inferred.date() == null || this.since == null || !inferred.date().end().isBefore(this.since)) {
            return inferred;
        }
        return new Dated(null, "undated: " + inferred.basis().replaceFirst("^inferred: ", "") + ", before the briefing's period (from "
                + this.since + "); the text is not older than that, but no later date can be read from it");
    }

    /**
     * A dateline's day without a year, placed in the first year that puts it on or after the
     * latest event the text mentions: a wire dated "Feb. 27" that speaks of December 2024 was
     * filed on 27 February 2025.
     */
    /** A day of the week named in the dateline's paragraph: "said on Thursday". */
    private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

    private Optional<Dated> wireDateline(String text, List<Block> blocks, Dated inferred) {
        if (inferred.date() == null) {
            return Optional.empty();
        }
        for (Block block : openingParagraphs(blocks)) {
            String head = text.substring(block.start(), Math.min(block.end(), block.start() + 80));
            java.util.regex.Matcher dateline = WIRE_DATELINE.matcher(head);
            if (!dateline.find()) {
                continue;
            }
            for (DateMention mention : this.finder.find(dateline.group(1))) {
                if (mention.month() == null || mention.day() == null || mention.hasYear()) {
                    continue;
                }
                java.time.LocalDate after = inferred.date().start();
                java.util.regex.Matcher weekday = WEEKDAY.matcher(text.substring(block.start(), block.end()));
                if (weekday.find()) {
                    // "PORT-AU-PRINCE, July 31 (Reuters) - …, the United Nations said on Thursday": the year whose
                    // 31 July is a Thursday, if one of the next three is
                    java.time.DayOfWeek day = java.time.DayOfWeek.valueOf(weekday.group(1).toUpperCase(java.util.Locale.ROOT));
                    for (int year = after.getYear(); year <= after.getYear() + 2; year++) {
                        PartialDate date = safeDate(year, mention.month(), mention.day());
                        if (date != null && !date.start().isBefore(after) && date.start().getDayOfWeek() == day) {
                            return Optional.of(new Dated(date, "dateline '" + dateline.group().strip() + "' without a year; "
                                    + "the year is inferred as the first on or after the latest event the text mentions ("
                                    + inferred.date() + ") in which that day is a " + weekday.group(1) + ", as the story says"));
                        }
                    }
                }
                for (int year = after.getYear(); year <= after.getYear() + 1; year++) {
                    PartialDate date = safeDate(year, mention.month(), mention.day());
                    if (date != null && !date.start().isBefore(after)) {
                        return Optional.of(new Dated(date, "dateline '" + dateline.group().strip() + "' without a year; "
                                + "the year is inferred as the first that puts it on or after the latest event the text "
                                + "mentions (" + inferred.date() + ")"));
                    }
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The date of a dateline that gives its year, in one of the body's first three paragraphs. */
    private Optional<Dated> datedDateline(String text, List<Block> blocks) {
        for (Block block : openingParagraphs(blocks)) {
            String head = text.substring(block.start(), Math.min(block.end(), block.start() + 120));
            java.util.regex.Matcher dateline = DATELINE_HEAD.matcher(head);
            if (dateline.find()) {
                Optional<PartialDate> date = fullDate(dateline.group(1));
                if (date.isPresent()) {
                    return Optional.of(new Dated(date.get(), "dateline '" + dateline.group().strip() + "'"));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Where a dateline can stand: it opens the story, after a correction note ("(Corrects …)") or a byline at most,
     * so in one of the body's first three paragraphs.
     */
    private static List<Block> openingParagraphs(List<Block> blocks) {
        return blocks.stream().filter((block) -> block.kind() == BlockKind.BODY && !block.isBoilerplate()).limit(3).toList();
    }

    /**
     * A line that is a date, with its place, weekday and time at most, and a short tail of furniture: "Thursday 12 March
     * 2026, 10.00 am" under a committee's name, "Brussels, Tuesday 24 March 2026, 14.30-16.00, room ASP 3G3",
     * "Wednesday 4 March 2026, 06:00 SAST | 5 min read".
     */
    private static final Pattern DATE_ALONE = Pattern.compile("(?i)[\\s\\u00A0]*(?-i:\\p{Lu}[\\p{L}'’.-]+(?:[\\s\\u00A0]+\\p{Lu}[\\p{L}'’.-]+){0,2},[\\s\\u00A0]+)?"
            + "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[\\s\\u00A0]+)?"
            + "(?:\\d{1,2}[\\s\\u00A0]+\\p{L}{3,9}\\.?,?|\\p{L}{3,9}\\.?[\\s\\u00A0]+\\d{1,2},?)[\\s\\u00A0]+\\d{4}"
            + "(?:,?[\\s\\u00A0]+(?:at[\\s\\u00A0]+)?\\d{1,2}(?:[.:]\\d{2})?[\\s\\u00A0]*(?:am|pm|a\\.m\\.|p\\.m\\.)?(?:[\\s\\u00A0]+\\p{Lu}{2,4})?)?[\\s\\u00A0.]*"
            + "(?:[,|·](?:[^.!?\\n]|\\.(?=\\d)){0,45})?");

    /** The longest date line, its furniture included. */
    private static final int DATE_LINE_LENGTH = 90;

    /** A date line alone among the first three lines of a block. */
    private Optional<Dated> dateAlone(String content) {
        String[] lines = content.split("\n", 4);
        for (int i = 0; i < Math.min(3, lines.length); i++) {
            if (lines[i].length() < DATE_LINE_LENGTH && DATE_ALONE.matcher(lines[i]).matches()) {
                Optional<PartialDate> date = fullDate(lines[i]);
                if (date.isPresent()) {
                    return Optional.of(new Dated(date.get(), "date line '" + lines[i].strip() + "'"));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Dated> byline(String text, List<Block> blocks) {
        boolean beforeBody = true;
        int opening = 0;
        Dated tabled = null; // "UIN 106372, tabled on 8 January 2026": the question's date, if the answer's is not given
        for (Block block : blocks) {
            String content = text.substring(block.start(), block.end());
            boolean header = beforeBody && block.kind() != BlockKind.BODY && !block.isTableRow();
            // the opening blocks, and a byline's block further down: "By Nomvula Sithole, Environment Reporter" over its date
            if ((opening++ < 3 || SIGNED.matcher(content).lookingAt()) && !block.isBoilerplate()) {
                Optional<Dated> alone = dateAlone(content);
                if (alone.isPresent()) {
                    return alone;
                }
            }
            java.util.regex.Matcher labelled = (header ? DATE_LABEL : DATE_LINE).matcher(content);
            boolean dateLine = labelled.find();
            // a byline block below a standfirst: "By Daniel Whitford-Cho" / "16 March 2026 · 18 min read"
            boolean signed = block.kind() != BlockKind.BODY && content.length() < 200 && SIGNED.matcher(content).lookingAt();
            if (header || block.reason().equals("byline") || dateLine || signed) {
                // a long header block ("Briefing: …", "Date: 5 March 2026, 11:00", "Speakers: …") is read
                // by its labelled line alone
                int lineEnd = dateLine ? content.indexOf('\n', labelled.start()) : -1;
                String line = !dateLine ? content : content.substring(labelled.start(), (lineEnd < 0) ? content.length() : lineEnd);
                String read = (content.length() < 200) ? content : line;
                Optional<PartialDate> date = fullDate(published(read)).or(() -> fullDate(read));
                if (date.isPresent() && read.length() < 200) {
                    Dated dated = new Dated(date.get(), "byline '" + Blocks.oneLine(read) + "'");
                    if (tabled == null && BEFORE_PUBLICATION.matcher(read).find() && !PUBLICATION.matcher(read).find()) {
                        tabled = dated; // a written question is published with its answer: look on for "Answered on …"
                    }
                    else if (tabled == null || PUBLICATION.matcher(read).find()) {
                        return Optional.of(dated);
                    }
                }
            }
            beforeBody &= block.kind() != BlockKind.BODY;
        }
        return Optional.ofNullable(tabled);
    }

    /** A date that comes before the document's publication: a question's tabling ("tabled on", "asked on"). */
    private static final Pattern BEFORE_PUBLICATION = Pattern.compile("(?i)\\b(?:tabled|asked|submitted|holding[\\s\\u00A0]+answer)\\b");

    /** A date that is the document's publication: "Answered on 21 January 2026", "Published …". */
    private static final Pattern PUBLICATION = Pattern.compile("(?i)\\b(?:answered|published|released|issued)\\b");

    /** "Published …" in a line that dates the page more than once: "Recorded September 10, 2026. Published September 15, 2026." */
    private static final Pattern PUBLISHED = Pattern.compile("(?i)\\bpublished\\b");

    /** The line from its "Published", where it has one after another date's label; else the line. */
    private static String published(String line) {
        java.util.regex.Matcher published = PUBLISHED.matcher(line);
        return published.find() ? line.substring(published.start()) : line;
    }

    private Optional<PartialDate> fullDate(String text) {
        if (text.length() < 200 && text.chars().noneMatch(Character::isLowerCase)) {
            text = wordsCapitalised(text); // "EMBARGOED UNTIL 00:01 BST ON WEDNESDAY 17 SEPTEMBER 2025"
        }
        for (DateMention mention : this.finder.find(text)) {
            if (mention.hasYear() && mention.month() != null && mention.day() != null) {
                return Optional.of(new PartialDate(mention.year(), mention.month(), mention.day()));
            }
        }
        return Optional.empty();
    }

    /** A line set in capitals, each word capitalised as prose would: "17 SEPTEMBER 2025" is "17 September 2025". */
    private static String wordsCapitalised(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean wordStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(wordStart ? c : Character.toLowerCase(c));
            wordStart = !Character.isLetter(c);
        }
        return out.toString();
    }

    private Dated inferred(String text, List<Block> blocks, SentenceSplitter splitter) {
        List<Mentioned> mentions = new ArrayList<>();
        List<ChronologyEvent> events = new ArrayList<>();
        Integer statedYear = null;
        ChronologyEvent anchorEvent = null;
        Integer furnitureYear = null;
        String furniture = null;
        for (Block block : blocks) {
            if (block.isBoilerplate()) {
                Optional<PartialDate> date = fullDate(text.substring(block.start(), block.end()));
                if (date.isPresent() && (furnitureYear == null || date.get().year() > furnitureYear)) {
                    furnitureYear = date.get().year();
                    furniture = Blocks.oneLine(text.substring(block.start(), block.end()));
                }
                continue;
            }
            for (Span sentence : splitter.split(text, block.start(), block.end())) {
                boolean future = Lower.containsAny(Lower.of(sentence.text()), FUTURE_WORDS)
                        && FUTURE.matcher(sentence.text()).find();
                Optional<ChronologyEvent> event = this.chronology.match(sentence.text());
                if (event.isPresent() && (anchorEvent == null || event.get().date().isAfter(anchorEvent.date()))) {
                    anchorEvent = event.get();
                }
                if (event.isPresent() && !future) {
                    events.add(event.get());
                }
                for (DateMention mention : this.finder.find(sentence.text())) {
                    boolean past = !future || PAST_REPORT.matcher(sentence.text().substring(0, mention.start())).find();
                    if (mention.isCalendar() && mention.role() != DateMention.Role.DEADLINE && past) {
                        mentions.add(new Mentioned(mention));
                        if (mention.hasYear() && (statedYear == null || mention.year() > statedYear)) {
                            statedYear = mention.year();
                        }
                    }
                }
            }
        }
        return latest(mentions, events, anchor(statedYear, anchorEvent, furnitureYear, furniture));
    }

    private record Mentioned(DateMention mention) {
    }

    private record Anchor(Integer year, String basis) {
    }

    private static Anchor anchor(Integer statedYear, ChronologyEvent event, Integer furnitureYear, String furniture) {
        Integer eventYear = (event == null) ? null : event.date().getYear();
        if (eventYear != null && (statedYear == null || eventYear > statedYear)) {
            return new Anchor(eventYear, "year from the chronology: it speaks of '" + event.label() + "' (" + event.date()
                    + ")");
        }
        if (statedYear != null) {
            return new Anchor(statedYear, "year as the text states it");
        }
        if (furnitureYear != null) {
            return new Anchor(furnitureYear, "year from dated page furniture '" + furniture + "'");
        }
        return new Anchor(null, null);
    }

    private static Dated latest(List<Mentioned> mentions, List<ChronologyEvent> events, Anchor anchor) {
        PartialDate latest = null;
        String latestText = null;
        for (ChronologyEvent event : events) {
            PartialDate date = PartialDate.of(event.date());
            if (latest == null || date.end().isAfter(latest.end())) {
                latest = date;
                latestText = event.label();
            }
        }
        List<String> unresolved = new ArrayList<>();
        for (Mentioned mentioned : mentions) {
            DateMention mention = mentioned.mention();
            Integer year = mention.hasYear() ? mention.year() : anchor.year();
            if (year == null) {
                unresolved.add(mention.text());
                continue;
            }
            Integer day = (mention.endDay() != null) ? mention.endDay() : mention.day();
            PartialDate date = safeDate(year, mention.month(), day);
            if (date != null && (latest == null || date.end().isAfter(latest.end()))) {
                latest = date;
                latestText = mention.text();
            }
        }
        if (latest == null) {
            String basis = unresolved.isEmpty() ? "undated: no metadata, byline or dated event in the text"
                    : "undated: the text names " + String.join(", ", unresolved.stream().map((m) -> "'" + m + "'").toList())
                            + " but no year";
            return new Dated(null, basis);
        }
        String basis = "inferred: no metadata or byline date; the latest event the text mentions is '" + latestText
                + "' (" + latest + ")";
        if (!mentions.stream().allMatch((m) -> m.mention().hasYear())) {
            basis += "; " + anchor.basis();
        }
        return new Dated(latest.toMonth(), basis);
    }

    private static PartialDate safeDate(int year, Integer month, Integer day) {
        try {
            return new PartialDate(year, month, day);
        }
        catch (RuntimeException ex) {
            return null;
        }
    }
}
