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

    static {
        List<String> names = new ArrayList<>();
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            String abbreviated = full.substring(0, 3);
            MONTHS.put(full.toLowerCase(Locale.ROOT), month.getValue());
            MONTHS.put(abbreviated.toLowerCase(Locale.ROOT), month.getValue());
            names.add(full);
            if (!abbreviated.equals(full)) {
                names.add(abbreviated + "\\.?");
            }
        }
        MONTHS.put("sept", 9);
        names.add("Sept\\.?");
        MONTH = "(" + String.join("|", names) + ")(?![\\p{L}])";
    }

    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\d])";

    private static final String YEAR = "((?:19|20)\\d{2})(?![\\p{L}\\d])";

    private static final String RANGE_TO = "\\s*(?:-|–|—|to|and|through)\\s*";

    private static final Pattern ISO = Pattern.compile("(?<![\\d.-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])");

    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})(?![\\d.])");

    private static final Pattern MONTH_DAY = Pattern
        .compile("(?<![\\p{L}])" + MONTH + "\\s+" + DAY + "(?:" + RANGE_TO + DAY + ")?(?:,?\\s+" + YEAR + ")?");

    private static final Pattern DAY_MONTH = Pattern
        .compile("(?<![\\p{L}\\d])" + DAY + "(?:" + RANGE_TO + DAY + ")?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+" + YEAR + ")?");

    private static final Pattern MONTH_YEAR = Pattern.compile("(?<![\\p{L}])" + MONTH + "(?:\\s+of)?,?\\s+" + YEAR);

    private static final Pattern MONTH_ALONE = Pattern.compile(
            "(?i:\\b(in|since|by|until|till|from|during|early|late|mid-|end of|beginning of|start of|as early as|before|after|throughout)\\s+)"
                    + "(?:the\\s+(?i:end|beginning|start|middle)\\s+of\\s+)?" + MONTH
                    + "(?i:\\s+of\\s+(this|last|next)\\s+year)?");

    private static final Pattern YEAR_ALONE = Pattern
        .compile("(?i:\\b(in|since|by|until|from|during|early|late|mid-|of|throughout|before|after)\\s+)" + YEAR);

    private static final Pattern WEEKDAY = Pattern
        .compile("(?i:\\b(on|last|this|next|by)\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\\p{L}])");

    private static final Pattern RELATIVE = Pattern.compile(
            "(?i)\\b(this|last|next|earlier this|later this|past|previous)\\s+(week|month|year)\\b|\\b(yesterday|today)\\b");

    private static final Pattern DEADLINE_BEFORE = Pattern
        .compile("(?i)(?:\\bby|\\buntil|\\btill|\\bbefore|no later than|as early as|\\bdue|not before)\\s+(?:the\\s+)?(?:end\\s+of\\s+|beginning\\s+of\\s+)?$");

    private static final Pattern SINCE_BEFORE = Pattern.compile("(?i)(?:\\bsince|\\bstarting|\\bbeginning)\\s+(?:on\\s+|in\\s+)?$");

    /** Every date mention in the text, in order, without overlaps. */
    public List<DateMention> find(String text) {
        List<DateMention> found = new ArrayList<>();
        collect(found, ISO, text, this::iso);
        collect(found, DOTTED, text, this::dotted);
        collect(found, MONTH_DAY, text, this::monthDay);
        collect(found, DAY_MONTH, text, this::dayMonth);
        collect(found, MONTH_YEAR, text, this::monthYear);
        collect(found, MONTH_ALONE, text, this::monthAlone);
        collect(found, YEAR_ALONE, text, this::yearAlone);
        collect(found, WEEKDAY, text, this::weekday);
        collect(found, RELATIVE, text, this::relative);
        List<DateMention> kept = withoutOverlaps(found);
        List<DateMention> withRoles = new ArrayList<>(kept.size());
        for (DateMention mention : kept) {
            withRoles.add(mention.withRole(roleOf(text, mention.start())));
        }
        return withRoles;
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

    private static DateMention.Role roleOf(String text, int start) {
        String before = text.substring(Math.max(0, start - 30), start);
        if (DEADLINE_BEFORE.matcher(before).find()) {
            return DateMention.Role.DEADLINE;
        }
        if (SINCE_BEFORE.matcher(before).find()) {
            return DateMention.Role.SINCE;
        }
        return DateMention.Role.POINT;
    }

    private DateMention iso(Matcher m) {
        return calendar(m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                null);
    }

    private DateMention dotted(Matcher m) {
        int year = Integer.parseInt(m.group(3));
        if (year < 100) {
            year += 2000;
        }
        return calendar(m, year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), null);
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
                offset);
    }

    private DateMention relative(Matcher m) {
        if (m.group(3) != null) {
            int offset = m.group(3).equalsIgnoreCase("yesterday") ? -1 : 0;
            return new DateMention(m.start(), m.end(), m.group(), null, null, null, null, DateMention.Role.POINT, null,
                    "day", offset);
        }
        String modifier = m.group(1).toLowerCase(Locale.ROOT);
        int offset = switch (modifier) {
            case "last", "past", "previous" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return new DateMention(m.start(), m.end(), m.group(), null, null, null, null, DateMention.Role.POINT, null,
                m.group(2).toLowerCase(Locale.ROOT), offset);
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
                null, 0);
    }

    private static Integer month(String name) {
        return MONTHS.get(name.replace(".", "").toLowerCase(Locale.ROOT));
    }

    private static Integer intOrNull(String digits) {
        return (digits == null) ? null : Integer.valueOf(digits);
    }
}
