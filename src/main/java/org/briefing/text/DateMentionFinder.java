package org.briefing.text;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates and periods in English text: "January 30, 2023", "02.02.23", "October 8 to 13",
 * "24 October", "in June", "March 2023", "since 2022", "on Thursday", "this week". Month and day
 * names come from {@code java.time}. Month names must be capitalised, so "may" the verb is not a
 * month. Overlapping matches keep the longest.
 */
public final class DateMentionFinder {

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    private static final String MONTH;

    /** The words MONTH matches, as written: "March", "Mar", "Sept". */
    private static final java.util.Set<String> MONTH_WORDS = new java.util.HashSet<>();

    static {
        List<String> names = new ArrayList<>();
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            String abbreviated = full.substring(0, 3);
            MONTHS.put(full.toLowerCase(Locale.ROOT), month.getValue());
            MONTHS.put(abbreviated.toLowerCase(Locale.ROOT), month.getValue());
            names.add(full);
            MONTH_WORDS.add(full);
            MONTH_WORDS.add(abbreviated);
            if (!abbreviated.equals(full)) {
                names.add(abbreviated + "\\.?");
            }
        }
        MONTHS.put("sept", 9);
        MONTH_WORDS.add("Sept");
        names.add("Sept\\.?");
        MONTH = "(" + String.join("|", names) + ")(?![\\p{L}])";
    }

    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\d])";

    private static final String YEAR = "((?:19|20)\\d{2})(?![\\p{L}\\d])";

    private static final String RANGE_TO = "\\s*(?:-|–|—|to|and|through)\\s*";

    private static final Pattern ISO = Pattern.compile("(?<![\\d.-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])");

    /** 17/10/2022: day first when the first part cannot be a month, else month first (US usage). */
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})(?![\\d/])");

    /** Year first with slashes or dots, as East Asian agencies stamp their copy: "2026/02/11 18:02 KST", "2026.02.11". */
    private static final Pattern YEAR_FIRST = Pattern.compile("(?<![\\d/.])((?:19|20)\\d{2})([/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d/.])");

    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})(?![\\d.])");

    private static final Pattern MONTH_DAY = Pattern
        .compile("(?<![\\p{L}])" + MONTH + "\\s+" + DAY + "(?:" + RANGE_TO + DAY + ")?(?:,?\\s+" + YEAR + ")?");

    /** A season or fiscal year that spans two years: "2025/26", "2024-25", "2025–2026". */
    private static final Pattern SEASON = Pattern
        .compile("(?<![\\d/.,-])((?:19|20)\\d{2})[/\\-–]((?:19|20)?\\d{2})(?![\\d/-]|[.,]\\d|\\s*(?:%|per\\s*cent|percent))");

    private static final Pattern DAY_MONTH = Pattern
        .compile("(?<![\\p{L}\\d])(?<!\\d{4}[/\\-–])" + DAY + "(?:" + RANGE_TO + DAY + ")?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+" + YEAR + ")?");

    private static final Pattern MONTH_YEAR = Pattern.compile("(?<![\\p{L}])" + MONTH + "(?:\\s+of)?,?\\s+" + YEAR);

    private static final Pattern MONTH_ALONE = Pattern.compile(
            "(?i:\\b(in|since|by|until|till|from|during|early|late|mid-|end of|beginning of|start of|as early as|before|after|throughout)(?:\\s+|(?<=-)))"
                    + "(?:the\\s+(?i:end|beginning|start|middle)\\s+of\\s+)?" + MONTH
                    // "by Dec. 31" is a day, read by MONTH_DAY: the month alone would hide it
                    + "(?!\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?![\\p{L}\\d]))"
                    + "(?i:\\s+of\\s+(this|last|next)\\s+year)?");

    private static final Pattern YEAR_ALONE = Pattern
        .compile("(?i:\\b(in|since|by|until|from|during|early|late|mid-|of|throughout|before|after|between|fiscal(?:\\s+year)?"
                + "|financial\\s+year)(?:\\s+|(?<=-)))" + YEAR + "(?![/\\-–]\\d)"); // "in 2022-23" is a season

    private static final Pattern WEEKDAY = Pattern
        .compile("(?i:\\b(on|last|this|next|by)\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\\p{L}])");

    private static final Pattern RELATIVE = Pattern.compile(
            "(?i)\\b(this|last|next|earlier this|later this|past|previous)\\s+(week|month|year)\\b|\\b(yesterday|today)\\b");

    /** "70 years ago", "three weeks ago": a time counted back from the article's date. */
    private static final Pattern AGO = Pattern.compile(
            "(?i)\\b(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(day|week|month|year)s?\\s+ago\\b");

    private static final List<String> SMALL_NUMBERS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve");

    /** "by", "until", "no later than" (then "the", "end of"): the date is a deadline. */
    private static final Tails DEADLINE_WORDS = Tails.atWordStart(List.of("by", "until", "till", "before", "due"));

    private static final Tails DEADLINE_PHRASES = Tails.anywhere(List.of("no later than", "as early as", "not before"));

    /** "since", "starting" (then "on", "in"): the date starts a period. */
    private static final Tails SINCE_WORDS = Tails.atWordStart(List.of("since", "starting", "beginning"));

    /** Every date mention in the text, in order, without overlaps. */
    public List<DateMention> find(String text) {
        List<DateMention> found = new ArrayList<>();
        boolean digits = hasDigit(text);
        List<Integer> months = monthNames(text);
        String lower = Lower.of(text);
        // each pattern only runs where the text can hold it: most sentences have no date at all
        if (digits) {
            if (betweenDigits(text, '-')) {
                collect(found, ISO, text, this::iso);
            }
            if (betweenDigits(text, '.')) {
                collect(found, DOTTED, text, this::dotted);
            }
            if (betweenDigits(text, '/')) {
                collect(found, SLASHED, text, this::slashed);
            }
            if (betweenDigits(text, '/') || betweenDigits(text, '.')) {
                collect(found, YEAR_FIRST, text, this::yearFirst);
            }
            if (betweenDigits(text, '/') || betweenDigits(text, '-') || betweenDigits(text, '–')) {
                collect(found, SEASON, text, this::season);
            }
            List<Integer> years = years(text);
            collectAtWords(found, YEAR_ALONE, text, this::yearAlone, years, 25, 6, YEAR_ALONE_FIRST_WORDS, true);
        }
        if (digits) {
            collectNear(found, MONTH_DAY, text, this::monthDay, months, 1, 40, false);
            collectNear(found, DAY_MONTH, text, this::dayMonth, months, 16, 30, true);
            collectNear(found, MONTH_YEAR, text, this::monthYear, months, 1, 25, false);
        }
        collectAtWords(found, MONTH_ALONE, text, this::monthAlone, months, 45, 35, MONTH_ALONE_FIRST_WORDS, true);
        if (Lower.containsAny(lower, WEEKDAYS)) {
            collectAtWords(found, WEEKDAY, text, this::weekday, List.of(0), 0, text.length(), WEEKDAY_FIRST_WORDS, false); // "Monday" needs no \b
        }
        boolean period = lower.contains("week") || lower.contains("month") || lower.contains("year");
        if (period && (lower.contains("this ") || lower.contains("last ") || lower.contains("next ")
                || lower.contains("past ") || lower.contains("previous ")) || lower.contains("today")
                || lower.contains("yesterday")) {
            collectAtWords(found, RELATIVE, text, this::relative, List.of(0), 0, text.length(), RELATIVE_FIRST_WORDS, true);
        }
        if (lower.contains(" ago")) {
            collect(found, AGO, text, this::ago);
        }
        if (found.isEmpty()) {
            return List.of();
        }
        List<DateMention> kept = withoutOverlaps(found);
        List<DateMention> withRoles = new ArrayList<>(kept.size());
        for (DateMention mention : kept) {
            withRoles.add(mention.withRole(roleOf(text, mention.start(), mention.end())));
        }
        return withRoles;
    }

    private static final String[] WEEKDAYS = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday" };


    /** Whether the separator stands between two digits somewhere: "2024-10-08", "02.02.23", "17/10". */
    private static boolean betweenDigits(String text, char separator) {
        for (int i = text.indexOf(separator); i >= 0; i = text.indexOf(separator, i + 1)) {
            if (i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The first letters of the months' names: A, D, F, J, M, N, O, S. */
    private static boolean isMonthInitial(char c) {
        return switch (c) {
            case 'A', 'D', 'F', 'J', 'M', 'N', 'O', 'S' -> true;
            default -> false;
        };
    }

    /** Where capitalised words start with the first three letters of a month. */
    private static List<Integer> monthNames(String text) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i + 3 <= text.length(); i++) {
            char c = text.charAt(i);
            if (isMonthInitial(c) && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                int end = i + 1;
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                // only where MONTH can match: a month's name, as written, not "Marchenko" or "MAY"
                if (end - i <= 9 && MONTH_WORDS.contains(text.substring(i, end))) {
                    positions.add(i);
                }
            }
        }
        return positions;
    }

    /** Where four-digit numbers from 1900 to 2099 start. */
    private static List<Integer> years(String text) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i + 4 <= text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '1' || c == '2') && (i == 0 || !Character.isDigit(text.charAt(i - 1)))
                    && (text.startsWith("19", i) || text.startsWith("20", i)) && Character.isDigit(text.charAt(i + 2))
                    && Character.isDigit(text.charAt(i + 3))) {
                positions.add(i);
            }
        }
        return positions;
    }

    /**
     * Runs a pattern only in a window around each candidate position, and there only where it can
     * start: a month's capital after no letter, or (with {@code startsWithDay}) a day's digit after no
     * letter or digit.
     */
    private static void collectNear(List<DateMention> found, Pattern pattern, String text, Reader reader,
            List<Integer> positions, int before, int after, boolean startsWithDay) {
        if (positions.isEmpty()) {
            return;
        }
        Matcher matcher = pattern.matcher(text);
        matcher.useTransparentBounds(true);
        for (int position : positions) {
            int to = Math.min(text.length(), position + after);
            int i = Math.max(0, position - before);
            while (i < to) {
                // the patterns start with a month's capital after no letter, or a day's digit after no
                // letter or digit: only there is the pattern tried, as find() would find it
                if (!(startsWithDay ? isDayStart(text, i) : isMonthStart(text, i))) {
                    i++;
                    continue;
                }
                matcher.region(i, to);
                if (!matcher.lookingAt()) {
                    i++;
                    continue;
                }
                DateMention mention = reader.read(matcher);
                if (mention != null) {
                    found.add(mention);
                }
                i = Math.max(i + 1, matcher.end());
            }
        }
    }

    private static boolean isMonthStart(String text, int i) {
        return Character.isUpperCase(text.charAt(i)) && (i == 0 || !Character.isLetter(text.codePointBefore(i)));
    }

    private static boolean isDayStart(String text, int i) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
            return false;
        }
        if (i == 0) {
            return true;
        }
        int before = text.codePointBefore(i);
        return !Character.isLetter(before) && !(before >= '0' && before <= '9');
    }

    /** The words a pattern can start with, in lower case: it is tried only where one of them starts a word. */
    private static final WordStarts.Words MONTH_ALONE_FIRST_WORDS = WordStarts.words("in", "since", "by", "until", "till", "from",
            "during", "early", "late", "mid", "end", "beginning", "start", "as", "before", "after", "throughout");

    private static final WordStarts.Words YEAR_ALONE_FIRST_WORDS = WordStarts.words("in", "since", "by", "until", "from", "during",
            "early", "late", "mid", "of", "throughout", "before", "after", "between", "fiscal", "financial");

    private static final WordStarts.Words WEEKDAY_FIRST_WORDS = WordStarts.words("on", "last", "this", "next", "by", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private static final WordStarts.Words RELATIVE_FIRST_WORDS = WordStarts.words("this", "last", "next", "earlier", "later", "past",
            "previous", "yesterday", "today");

    /**
     * Runs a pattern that starts with a word boundary and one of {@code firstWords} in a window
     * around each candidate position, as {@link #collectNear} does, but tries it only where one of
     * those words starts: the same matches, without trying every character of the window. With
     * {@code boundary}, every alternative of the pattern starts with {@code \b}.
     */
    private static void collectAtWords(List<DateMention> found, Pattern pattern, String text, Reader reader,
            List<Integer> positions, int before, int after, WordStarts.Words firstWords, boolean boundary) {
        if (positions.isEmpty()) {
            return;
        }
        Matcher matcher = pattern.matcher(text);
        for (int position : positions) {
            int to = Math.min(text.length(), position + after);
            int from = Math.max(0, position - before);
            while (WordStarts.find(matcher, text, from, to, firstWords, boundary)) {
                DateMention mention = reader.read(matcher);
                if (mention != null) {
                    found.add(mention);
                }
                from = Math.max(matcher.start() + 1, matcher.end());
            }
        }
    }

    private interface Reader {

        DateMention read(Matcher matcher);

    }

    private static void collect(List<DateMention> found, Pattern pattern, String text, Reader reader) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            DateMention mention = reader.read(matcher);
            if (mention != null) {
                found.add(mention);
            }
        }
    }

    private static List<DateMention> withoutOverlaps(List<DateMention> found) {
        List<DateMention> byLength = new ArrayList<>(found);
        byLength.sort(Comparator.comparingInt((DateMention m) -> m.end() - m.start()).reversed()
            .thenComparingInt(DateMention::start));
        List<DateMention> kept = new ArrayList<>();
        for (DateMention candidate : byLength) {
            boolean overlaps = kept.stream().anyMatch((k) -> candidate.start() < k.end() && k.start() < candidate.end());
            if (!overlaps) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(DateMention::start));
        return kept;
    }

    private static final Pattern OWN_DEADLINE = Pattern.compile("(?i)^(by|until|till|before|as early as|no later than)\\b");

    private static final Pattern OWN_SINCE = Pattern.compile("(?i)^(since|starting)\\b");

    private static DateMention.Role roleOf(String text, int start, int end) {
        String own = text.substring(start, Math.min(text.length(), start + 20));
        if (OWN_DEADLINE.matcher(own).lookingAt()) { // both patterns are anchored at the mention's start
            return DateMention.Role.DEADLINE;
        }
        if (OWN_SINCE.matcher(own).lookingAt()) {
            return DateMention.Role.SINCE;
        }
        boolean ownFrom = own.regionMatches(true, 0, "from ", 0, 5);
        Matcher range = RANGE_START.matcher(text.substring(Math.max(0, start - 30), start));
        if ((ownFrom || range.find()) && (!ownFrom && range.group(1).equalsIgnoreCase("between")
                || RANGE_END.matcher(text.substring(end, Math.min(text.length(), end + 30))).lookingAt())) {
            // "between October 2024 and January 2025", "from March to May": the period starts; its end is the time
            return DateMention.Role.SINCE;
        }
        String before = text.substring(Math.max(0, start - 30), start);
        if (deadlineBefore(before)) {
            return DateMention.Role.DEADLINE;
        }
        if (sinceBefore(before)) {
            return DateMention.Role.SINCE;
        }
        if (COMPARED_BEFORE.matcher(before).find()) {
            return DateMention.Role.COMPARED;
        }
        String clause = text.substring(Math.max(0, start - 80), start);
        if ((clause.contains("since") || clause.contains("Since")) && SINCE_CLAUSE.matcher(clause).find()) {
            return DateMention.Role.SINCE;
        }
        if ((clause.contains(", which") || clause.contains(", who") || clause.contains(", where")) && RELATIVE_CLAUSE.matcher(clause).find()
                && text.startsWith(",", end)) {
            return DateMention.Role.ASIDE;
        }
        return DateMention.Role.POINT;
    }

    /** A relative clause set off by commas that the date closes: ", which began arriving a year ago". */
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile(",\\s+(?:which|who|whose|where)\\s[^,;:]*$");

    /** "between ", "from ": a date that starts a period whose end follows. */
    private static final Pattern RANGE_START = Pattern.compile("(?i)\\b(between|from)\\s+(?:the\\s+(?:start|beginning|end)\\s+of\\s+)?$");

    /** What ends a period opened by "from": "from March to May", "from 2023 through 2025". */
    private static final Pattern RANGE_END = Pattern.compile("(?i)\\s+(?:to|through|until|till)\\s+(?:the\\s+)?[\\p{Lu}\\d]");

    /**
     * "more than in the whole of ", "compared with ", "on the same date ", "at the same point ": the date is another
     * figure's time.
     */
    private static final Pattern COMPARED_BEFORE = Pattern.compile("(?i)\\b(?:than|compared\\s+(?:with|to)|against)"
            + "(?:\\s+(?:in|during|for|over|at))?(?:\\s+the)?(?:\\s+(?:whole|same\\s+period|same\\s+point|end|start"
            + "|(?:first|second|third|fourth|final|last)\\s+(?:half|quarter|months?|weeks?))(?:\\s+of(?:\\s+the)?)?"
            + "|\\s+entire)?\\s*$"
            + "|\\b(?:on|at|in|over|during|for|by)\\s+the\\s+same\\s+(?:date|day|week|month|quarter|period|point|time)(?:\\s+(?:of|in))?\\s*$");

    /**
     * A date that ends a clause opened by "since": "since the outbreak was declared in August last year",
     * "since its campaign began in Goma in October". The date starts the period.
     */
    private static final Pattern SINCE_CLAUSE = Pattern.compile("(?i)\\bsince\\s+(?:the|its|their|his|her|our|this|that)"
            + "(?:\\s+[\\p{L}'’-]+){1,5}\\s+(?:was|were|had\\s+been|has\\s+been|began|begun|started|opened|broke\\s+out|emerged"
            + "|arrived|launched|declared|confirmed|detected|took\\s+office|came\\s+into\\s+force|entered\\s+into\\s+force)"
            + "(?:\\s+[\\p{L}-]+){0,3}?(?:\\s+(?:in|on))?\\s*$"
            // "since its first launch in August 2024", "since the invasion in February 2022": an event named by a noun
            + "|(?i)\\bsince\\s+(?:the|its|their|his|her|our|this|that)(?:\\s+[\\p{L}'’-]+){1,4}\\s+(?:in|on)\\s*$");

    /** "by ", "until the ", "no later than the end of ": what ends {@code before} makes the date a deadline. */
    private static boolean deadlineBefore(String before) {
        int end = spaces(before, before.length());
        if (end < 0) {
            return false;
        }
        // the words that may stand between the trigger and the date, each after its own spaces
        int[] ends = { end, -1, -1, -1 };
        int of = wordThenSpaces(before, end, "of");
        if (of >= 0) {
            int endOf = wordThenSpaces(before, of, "end");
            ends[1] = (endOf >= 0) ? endOf : wordThenSpaces(before, of, "beginning");
        }
        for (int i = 0; i < 2; i++) {
            if (ends[i] >= 0) {
                ends[i + 2] = wordThenSpaces(before, ends[i], "the");
            }
        }
        for (int at : ends) {
            if (at >= 0 && (DEADLINE_WORDS.longest(before, at) >= 0 || DEADLINE_PHRASES.longest(before, at) >= 0)) {
                return true;
            }
        }
        return false;
    }

    /** "since ", "starting on ", "beginning in ". */
    private static boolean sinceBefore(String before) {
        int end = spaces(before, before.length());
        if (end < 0) {
            return false;
        }
        int on = wordThenSpaces(before, end, "on");
        int in = wordThenSpaces(before, end, "in");
        for (int at : new int[] { end, on, in }) {
            if (at >= 0 && SINCE_WORDS.longest(before, at) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Where the white space ({@code \s+}, at least one) that ends {@code text.substring(0, end)} starts, or -1. */
    private static int spaces(String text, int end) {
        int i = end;
        while (i > 0 && isAsciiSpace(text.charAt(i - 1))) {
            i--;
        }
        return (i < end) ? i : -1;
    }

    /** Where {@code word} then white space that end at {@code end} start, after the white space before them; or -1. */
    private static int wordThenSpaces(String text, int end, String word) {
        if (!Tails.endsWith(text, end, word)) {
            return -1;
        }
        return spaces(text, end - word.length());
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private DateMention iso(Matcher m) {
        return calendar(m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                null);
    }

    private DateMention yearFirst(Matcher m) {
        return calendar(m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), null);
    }

    private DateMention dotted(Matcher m) {
        int year = Integer.parseInt(m.group(3));
        if (year < 100) {
            year += 2000;
        }
        return calendar(m, year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), null);
    }

    private DateMention slashed(Matcher m) {
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        boolean dayFirst = first > 12;
        return calendar(m, Integer.parseInt(m.group(3)), dayFirst ? second : first, dayFirst ? first : second, null);
    }

    private DateMention monthDay(Matcher m) {
        return calendar(m, intOrNull(m.group(4)), month(m.group(1)), Integer.parseInt(m.group(2)), intOrNull(m.group(3)));
    }

    private DateMention dayMonth(Matcher m) {
        return calendar(m, intOrNull(m.group(4)), month(m.group(3)), Integer.parseInt(m.group(1)), intOrNull(m.group(2)));
    }

    private DateMention monthYear(Matcher m) {
        return calendar(m, Integer.parseInt(m.group(2)), month(m.group(1)), null, null);
    }

    private DateMention monthAlone(Matcher m) {
        // "In July of this year" keeps the year open: it is the reference year
        return calendar(m, null, month(m.group(2)), null, null);
    }

    /** A season keeps both years: "the 2025/26 season" was under way in 2025 and ends in 2026. */
    private DateMention season(Matcher m) {
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        boolean next = (m.group(2).length() == 2) ? second == (first + 1) % 100 : second == first + 1;
        return next ? new DateMention(m.start(), m.end(), m.group(), first, null, null, null, DateMention.Role.POINT, null,
                null, 0, first + 1) : null;
    }

    private DateMention yearAlone(Matcher m) {
        return calendar(m, Integer.parseInt(m.group(2)), null, null, null);
    }

    private DateMention weekday(Matcher m) {
        DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
        String modifier = (m.group(1) == null) ? "" : m.group(1).toLowerCase(Locale.ROOT);
        int offset = switch (modifier) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return new DateMention(m.start(), m.end(), m.group(), null, null, null, null, DateMention.Role.POINT, day, null,
                offset, null);
    }

    private DateMention ago(Matcher m) {
        String count = m.group(1).toLowerCase(Locale.ROOT);
        int back = Character.isDigit(count.charAt(0)) ? Integer.parseInt(count)
                : (count.equals("a") || count.equals("an")) ? 1 : SMALL_NUMBERS.indexOf(count) + 1;
        return new DateMention(m.start(), m.end(), m.group(), null, null, null, null, DateMention.Role.POINT, null,
                m.group(2).toLowerCase(Locale.ROOT), -back, null);
    }

    private DateMention relative(Matcher m) {
        if (m.group(3) != null) {
            int offset = m.group(3).equalsIgnoreCase("yesterday") ? -1 : 0;
            return new DateMention(m.start(), m.end(), m.group(), null, null, null, null, DateMention.Role.POINT, null,
                    "day", offset, null);
        }
        String modifier = m.group(1).toLowerCase(Locale.ROOT);
        int offset = switch (modifier) {
            case "last", "past", "previous" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return new DateMention(m.start(), m.end(), m.group(), null, null, null, null, DateMention.Role.POINT, null,
                m.group(2).toLowerCase(Locale.ROOT), offset, null);
    }

    private static DateMention calendar(Matcher m, Integer year, Integer month, Integer day, Integer endDay) {
        if (month != null && (month < 1 || month > 12)) {
            return null;
        }
        if (day != null && (day < 1 || day > 31)) {
            return null;
        }
        if (endDay != null && (day == null || endDay <= day || endDay > 31)) {
            endDay = null;
        }
        return new DateMention(m.start(), m.end(), m.group(), year, month, day, endDay, DateMention.Role.POINT, null,
                null, 0, null);
    }

    private static Integer month(String name) {
        return MONTHS.get(name.replace(".", "").toLowerCase(Locale.ROOT));
    }

    private static Integer intOrNull(String digits) {
        return (digits == null) ? null : Integer.valueOf(digits);
    }
}
