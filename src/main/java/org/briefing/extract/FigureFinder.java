package org.briefing.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.briefing.domain.Qualifier;
import org.briefing.template.MetricSpec;
import org.briefing.template.Template;
import org.briefing.text.Lower;
import org.briefing.text.Span;
import org.briefing.text.Tails;

/**
 * Finds the figures of a sentence and reads each as a range with its qualifier: digits with
 * separators ("11,000", "10 000"), scales ("115 million", "$2bn"), ranges ("300-500", "between X
 * and Y", "three to four", "10-12 thousand"), hedges ("almost", "up to", "at least", "12+"),
 * spelled-out numbers (through ICU4J), money (symbols, ISO codes, currency words), and vague
 * quantities under the convention documented in {@code docs/claims.md} ("several thousand" is 2,000
 * to 9,000). Dates, times, percentages, ages, ordinals and designations ("Article 5", "KN-23") are
 * not figures. Stateless and thread-safe.
 */
final class FigureFinder {

    private static final Pattern SEPARATORS = Pattern.compile("[,\\u00A0\\u202F\\u2009 ]");

    private static final Pattern JOIN = Pattern.compile("[\\s\\u00A0-]*");

    private static final Pattern HYPHEN = Pattern.compile("-");

    private static final Pattern BETWEEN_END = Pattern.compile("\\bbetween[\\s\\u00A0]+$");

    static final long MAX_VALUE = 1_000_000_000_000_000L;

    /**
     * A currency symbol ({@link Currencies#SYMBOLS}), "Rs", or an ISO 4217 code (any code the JDK
     * knows, checked after the match) right before a number.
     */
    private static final String CURRENCY_BEFORE = "(" + Currencies.SYMBOL_ALTERNATION
            + "|(?<![\\p{L}])(?:Rs\\.?|[A-Z]{3})(?=[\\s\\u00A0\\d])"
            // the rand's "R", kept only before what is clearly a sum (isSum): "R2" is a class, a route, a model
            + "|(?<![\\p{L}\\p{N}])R(?=\\d|$))";

    /** A number that is clearly a sum: thousands groups ("750,000") or a scale ("9.6 million", "290m"). */
    private static boolean isSum(Matcher number) {
        return number.group(1).indexOf(',') > 0 || number.group(2) != null || number.group(3) != null;
    }

    /**
     * A number and its scale, read from where a run of digits starts. A group after a space is a
     * thousands group ("10 000") unless a letter follows it: "about 100 240mm rocket launchers" is
     * 100 launchers of 240 mm.
     */
    private static final Pattern NUMBER = Pattern.compile(
            "(\\d{1,3}(?:(?:,\\d{3})|(?:[\\u00A0\\u202F\\u2009 ]\\d{3}(?![\\p{L}])))+(?:\\.\\d+)?"
                    // a decimal comma, read only before a scale word: "1,5 billion rubles", "3,5 billion euros"
                    + "|\\d{1,3},\\d{1,2}(?=[\\s\\u00A0]?(?:thousand|million|billion|trillion|mln|bln|mn|bn|tn)(?![\\p{L}]))"
                    + "|\\d+(?:\\.\\d+)?)"
                    + "(?:[\\s\\u00A0]?(thousand|million|billion|trillion|mln|bln|mn|bn|tn|mil\\.|lakhs?|crores?)(?![\\p{L}])|(m|b|k)(?![\\p{L}\\p{N}]))?");

    /** A currency symbol or code right before a number. */
    private static final Pattern CURRENCY_END = Pattern.compile(CURRENCY_BEFORE + "[\\s\\u00A0]?$");

    /** A currency's name after a number: its country's words, if any ("New Taiwan", "U.S."), and its unit word. */
    private static final Pattern CURRENCY_AFTER = Pattern.compile(
            "^[\\s\\u00A0]*((?:(?:U\\.S\\.|\\p{Lu}[\\p{L}'’-]*)[\\s\\u00A0]+){1,3})?(?i:(" + Currencies.WORD_ALTERNATION
                    + "))(?![\\p{L}])");

    private static final Pattern VAGUE = Pattern.compile("(?i)(?<![\\p{L}-])(?:"
            + "(?:(several|a few|a couple of|many)\\s+)?(tens|hundreds)\\s+of\\s+(thousands|millions|billions)"
            + "|(several|a few|few|a couple of|many)\\s+(dozen|hundred|thousand|million|billion)(?![\\p{L}])"
            + "|(?:many\\s+|several\\s+)?(dozens|hundreds|thousands|millions|billions)(?![\\p{L}])"
            + "|(a dozen)(?![\\p{L}])"
            + "|(several|a few|a handful of|a couple of)(?=\\s+\\p{L})" + ")");

    private static final Pattern OF = Pattern.compile("[\\s\\u00A0]+of(?=[\\s\\u00A0])", Pattern.CASE_INSENSITIVE);

    private static final Pattern HALF_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])half[\\s\\u00A0]+$");

    private static final Pattern LARGER_SCALE = Pattern.compile("[\\s\\u00A0]+(thousand|million|billion)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);

    /** The words a vague quantity can start with. */
    private static final Set<String> VAGUE_FIRST_WORDS = Set.of("several", "a", "many", "few", "tens", "hundreds",
            "dozens", "thousands", "millions", "billions");

    private static final Pattern RANGE_SEPARATOR = Pattern.compile("^[\\s\\u00A0]*(-|–|—|to|or|and)[\\s\\u00A0]*$",
            Pattern.CASE_INSENSITIVE);

    /**
     * Hedges before a figure, in three groups: an upper bound ("up to"), a lower bound ("at least"),
     * about ("nearly"); the one that starts furthest left wins ("no more than" over "more than").
     */
    private static final List<String> UP_TO = List.of("up to", "as many as", "as much as", "as high as", "no more than",
            "not more than",
            "fewer than", "less than", "under", "at most", "a maximum of", "maximum of", "just under", "below");

    private static final List<String> AT_LEAST = List.of("at least", "more than", "over", "in excess of", "upwards of",
            "no fewer than", "not less than", "a minimum of", "at minimum", "just over", "starts at", "starting at",
            "start at", "exceed", "exceeds", "exceeded",
            "exceeding", "top", "tops", "topped", "surpass", "surpasses", "surpassed", "passed", "crossed", "crosses", "beyond", "above");

    private static final List<String> ABOUT = List.of("about", "around", "almost", "nearly", "some", "roughly",
            "approximately", "an estimated", "estimated", "close to", "circa", "approx", "approx.", "something like",
            "in the order of", "on the order of", "of the order of", "closer to", "nearer to", "near", "nearer",
            "somewhere near", "somewhere around", "in the region of", "approaching", "nearing", "perhaps", "maybe");

    private static final Tails HEDGES = Tails.afterNonLetter(
            java.util.stream.Stream.of(UP_TO, AT_LEAST, ABOUT).flatMap(List::stream).toList());

    private static final Pattern SUFFIX = Pattern.compile("^(\\+|[\\s\\u00A0]+or more\\b|[\\s\\u00A0]+or so\\b|-odd\\b)",
            Pattern.CASE_INSENSITIVE);

    /**
     * A unit of measure in the singular after a number other than one: the number measures what
     * follows ("a 74,035 deadweight-tonne vessel") rather than counting tonnes ("35,000 tonnes of fuel").
     */
    private static final Pattern MEASURE_AFTER = Pattern.compile(
            "[\\s\\u00A0]+(?:deadweight[\\s\\u00A0-]+|gross[\\s\\u00A0-]+)?"
                    + "(?:tonne|ton|metre|meter|foot|mile|kilometre|kilometer|litre|liter|gallon|dwt|TEU)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);

    private static final String STRONG = "-strong";

    private static final Pattern NOT_A_COUNT_AFTER = Pattern.compile(
            "^(?:[\\s\\u00A0]*(?:%|percent\\b|per cent\\b|pct\\b|-year-old|-years-old|years? old\\b|year-old|a\\.m\\.|p\\.m\\.|am\\b|pm\\b|GMT\\b|UTC\\b|hours\\b|hrs\\b|°"
                    + ")|:\\d|/\\d|\\.\\d|-(?!strong(?![\\p{L}]))\\p{L})",
            Pattern.CASE_INSENSITIVE);

    /** A percentage's sign or word right after its number: a figure only where a metric of the template counts percent. */
    /** What makes the figure after it a change rather than a level: "was up ", "were down ", "rose by ". */
    private static final Pattern CHANGE_BEFORE = Pattern.compile("(?i)(?:\\b(?:was|were|is|are|been)[\\s\\u00A0]+(?:up|down)"
            + "|\\b(?:up|down|rose|fell|risen|fallen|increased|decreased|climbed|dropped|jumped|slipped|grew|declined|gained)"
            + "[\\s\\u00A0]+by)[\\s\\u00A0]+(?:some[\\s\\u00A0]+|about[\\s\\u00A0]+|around[\\s\\u00A0]+|nearly[\\s\\u00A0]+)?[$€£¥₩]?$");

    /** A statistical interval's name: "CI", "CrI", "UI", "PI", "confidence interval", "uncertainty range". */
    static final String INTERVAL = "(?:CI|CrI|UI|PI|(?i:confidence|credible|credibility|uncertainty|prediction)[\\s\\u00A0]+"
            + "(?i:intervals?|bounds?|limits?|range|level))";

    /** What names a percentage as a statistical interval's level: "95% CI", "95% confidence interval", "90% UI". */
    private static final Pattern INTERVAL_AFTER = Pattern.compile("[\\s\\u00A0]*" + INTERVAL + "(?![\\p{L}])");

    static final Pattern PERCENT_AFTER = Pattern.compile("(?i)[\\s\\u00A0]*(?:%|percent\\b|per[\\s\\u00A0]+cent\\b|pct\\b)");

    /** How a template names a unit or noun of percentages. */
    static final Set<String> PERCENT_WORDS = Set.of("percent", "per cent", "%", "percentage", "percentage points", "pct");

    /** A span of time after a number ("3 years", "2 to 4 weeks"): not a count, unless the template counts it. */
    private static final Pattern DURATION_AFTER = Pattern.compile(
            "^[\\s\\u00A0]*(?:(?:to|and|or|-|\u2013)[\\s\\u00A0]*\\d{1,3}[\\s\\u00A0]*)?(days|weeks|months|years)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> DURATIONS = Set.of("days", "weeks", "months", "years");

    /**
     * Words before a span of time that make it the time of something else: "for", "during the", "over the past"
     * ("over" alone is a bound: "over three weeks").
     */
    private static final Pattern TIME_FRAME_BEFORE = Pattern.compile("(?i)\\b(?:for|during|throughout|past|last|first|next|previous)"
            + "[\\s\\u00A0]+(?:the[\\s\\u00A0]+)?(?:(?:about|around|nearly|almost|some|roughly|more[\\s\\u00A0]+than|at[\\s\\u00A0]+least)[\\s\\u00A0]+)?$");

    /** Words after a span of time that date something else: "six months after the strikes", "two years ago". */
    private static final Pattern TIME_FRAME_AFTER = Pattern.compile("(?i)[\\s\\u00A0]+(?:after|ago|later|earlier|before|since|into|from[\\s\\u00A0]+now)\\b");

    /**
     * The measures a metric of the template counts that are otherwise no figure or another kind of one: spans
     * of time ("days", "weeks", "months", "years") and "pounds" of weight, in the plural.
     */
    private final Set<String> measures;

    FigureFinder() {
        this(Set.of());
    }

    /** A finder that reads "3 weeks" as a figure when "weeks" is in {@code measures}, and "310 pounds" as a weight when "pounds" is. */
    FigureFinder(Set<String> measures) {
        this.measures = Set.copyOf(measures);
    }

    /** The measures of {@link #measures} the template's metrics count by their nouns ("days" for a waiting time, "lb"). */
    static Set<String> measuresCounted(Template template) {
        Set<String> counted = new java.util.HashSet<>();
        for (MetricSpec metric : template.metrics()) {
            for (String noun : metric.nouns()) {
                String lower = noun.toLowerCase(Locale.ROOT);
                String plural = lower.endsWith("s") ? lower : lower + "s";
                if (DURATIONS.contains(plural) || plural.equals("pounds")) {
                    counted.add(plural);
                }
                if (lower.equals("lb") || lower.equals("lbs")) {
                    counted.add("pounds");
                }
                if (PERCENT_WORDS.contains(lower)) {
                    counted.add("percent");
                }
            }
            if (PERCENT_WORDS.contains(metric.unit().toLowerCase(Locale.ROOT))) {
                counted.add("percent"); // a share, a rate: "about 4.4% of US electricity"
            }
        }
        return counted;
    }

    /** A number and "in" or "out of" right before a number: "nine in 10", "one in 300", "3 out of 4". */
    private static final Pattern PROPORTION = Pattern.compile(
            "(?i)(?:^|[^\\p{L}\\d,.])(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)[\\s\\u00A0]+(?:in|out[\\s\\u00A0]+of)[\\s\\u00A0]+$");

    /** Words right before a number that make it not a count: "aged 19", "No. 5", "page 12", "a woman of 71". */
    /** Verbs before "up to" that make a count a sum: "added up to", "totted up to". */
    private static final Tails SUMMED = Tails.atWordStart(List.of("added", "totted", "summed"));

    private static final Tails NOT_A_COUNT_WORDS = Tails.atWordStart(List.of("aged", "ages", "age of", "age", "aged between",
            "number", "numbers", "no.", "nos.", "page", "p.", "pp.", "rank", "ranked", "a man of", "a woman of", "a boy of", "a girl of",
            "a pensioner of", "per", "every", // "two deaths per 10,000 people", "one latrine for every 90 people": a rate's base
            "index of", "score of", "rating of", "magnitude", "magnitude of", // "a body mass index of 40": a measure's value
            "trial of", "survey of", "poll of", "sample of")); // "a trial of 3,400 patients": a sample's size

    private static final Set<String> NOT_DESIGNATORS = Set.of("between", "from", "some", "about", "around", "almost",
            "nearly", "roughly", "approximately", "over", "under", "up", "to", "at", "more", "fewer", "less", "just",
            "only", "another", "an", "the", "and", "or", "with", "by", "of", "for", "in", "on", "estimated", "all",
            "these", "those", "its", "their", "his", "her", "our", "than", "as", "had", "has", "have", "sent",
            "killed", "reportedly", "were", "was", "are", "is", "there");

    /** An atom: one number, before ranges and hedges are read. */
    private record Atom(int start, int end, BigDecimal value, long scale, String currency, boolean spelled) {
    }

    /** Whether the text can hold a figure at all: a digit, a number word or a vague quantity. */
    static boolean mayHoldFigures(String sentence) {
        return hasDigit(sentence) || mayHoldWords(Lower.of(sentence));
    }

    List<Figure> find(String sentence, List<Span> masked) {
        String lower = Lower.of(sentence);
        boolean digits = hasDigit(sentence);
        if (!digits && !mayHoldWords(lower)) {
            return List.of(); // no digit, no number word, no vague quantity: the common case
        }
        List<Figure> figures = new ArrayList<>(Lower.containsAny(lower, VAGUE_WORDS) ? vague(sentence, masked) : List.of());
        List<Atom> atoms = atoms(sentence, masked, figures);
        for (int i = 0; i < atoms.size(); i++) {
            Atom atom = atoms.get(i);
            Atom next = (i + 1 < atoms.size()) ? atoms.get(i + 1) : null;
            Optional<Figure> range = (next == null) ? Optional.empty() : range(sentence, atom, next);
            if (range.isPresent()) {
                figures.add(range.get());
                i++;
            }
            else if (!isLoneOne(sentence, atom)) {
                figures.add(single(sentence, atom)); // "one" alone is a pronoun or an article, not a figure
            }
        }
        figures.sort(Comparator.comparingInt(Figure::start));
        return digits ? withConversionsBounded(sentence, figures) : figures;
    }

    private static boolean isLoneOne(String sentence, Atom atom) {
        return atom.spelled() && atom.end() - atom.start() == 3 && sentence.regionMatches(true, atom.start(), "one", 0, 3);
    }

    /** What stands between a sum and its conversion in brackets: "1 trillion won ($700 million)". */
    private static final Pattern CONVERSION_OPEN = Pattern.compile("(?i)[\\s\\u00A0]*\\([\\s\\u00A0]*(?:about|around|roughly|some|approximately|or|~|c\\.)?[\\s\\u00A0]*");

    /**
     * A sum's conversion in brackets is bounded as the sum is: "at least 1 trillion won ($700
     * million)" is at least $700 million, "as much as 28 trillion won ($20.3 billion)" at most $20.3
     * billion.
     */
    private static List<Figure> withConversionsBounded(String sentence, List<Figure> figures) {
        for (int i = 1; i < figures.size(); i++) {
            Figure sum = figures.get(i - 1);
            Figure conversion = figures.get(i);
            boolean bounded = sum.qualifier() == Qualifier.AT_LEAST || sum.qualifier() == Qualifier.UP_TO;
            if (!bounded || !sum.isMoney() || !conversion.isMoney() || conversion.qualifier() != Qualifier.EXACT
                    || sum.end() > conversion.start()
                    || !CONVERSION_OPEN.matcher(sentence).region(sum.end(), conversion.start()).matches()) {
                continue;
            }
            BigDecimal value = conversion.low();
            boolean atLeast = sum.qualifier() == Qualifier.AT_LEAST;
            figures.set(i, new Figure(conversion.start(), conversion.end(), atLeast ? value : null, atLeast ? null : value,
                    sum.qualifier(), conversion.currency(), conversion.nounFrom(), conversion.rule() + "+bounded-as-converted"));
        }
        return figures;
    }

    /** Whether the second sum converts the first, in brackets right after it: "1 trillion won ($700 million)". */
    static boolean converts(String sentence, Figure sum, Figure conversion) {
        return sum != null && sum.isMoney() && conversion.isMoney() && sum.end() <= conversion.start()
                && CONVERSION_OPEN.matcher(sentence).region(sum.end(), conversion.start()).matches();
    }

    private static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isAsciiDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static final String[] VAGUE_WORDS = { "several", "few", "dozen", "hundred", "thousand", "million", "billion",
            "many", "couple", "handful" };


    /** Whether spelled-out numbers or vague quantities can be in the text. */
    private static boolean mayHoldWords(String lower) {
        if (Lower.containsAny(lower, VAGUE_WORDS)) {
            return true;
        }
        // most words are ruled out by their initial, without finding where they end
        for (int start = 0; start < lower.length(); start++) {
            char initial = lower.charAt(start);
            if (!NumberWords.mayStart(initial) || !Character.isLetter(initial) || !startsWord(lower, start)) {
                continue;
            }
            int end = wordEnd(lower, start);
            boolean shaped = NumberWords.mayBe(initial, end - start) || hasHyphen(lower, start, end);
            if (shaped && isNumberPart(lower.substring(start, end))) {
                return true;
            }
            start = end - 1;
        }
        return false;
    }

    private List<Figure> vague(String sentence, List<Span> masked) {
        List<Figure> figures = new ArrayList<>();
        Matcher m = VAGUE.matcher(sentence);
        m.useTransparentBounds(true);
        int length = sentence.length();
        int i = 0;
        while (i < length) {
            // the expression is only tried where one of its first words starts
            if (!Character.isLetter(sentence.charAt(i)) || (i > 0 && (Character.isLetter(sentence.charAt(i - 1))
                    || sentence.charAt(i - 1) == '-'))) {
                i++;
                continue;
            }
            int end = i;
            while (end < length && Character.isLetter(sentence.charAt(end))) {
                end++;
            }
            boolean first = end - i <= 9 && VAGUE_FIRST_WORDS.contains(sentence.substring(i, end).toLowerCase(Locale.ROOT));
            m.region(i, length);
            if (!first || !m.lookingAt()) {
                i = end;
                continue;
            }
            i = Math.max(end, m.end());
            if (isMasked(masked, m.start(), m.end())) {
                continue;
            }
            long[] range = vagueRange(m);
            if (range == null) {
                continue;
            }
            Qualifier qualifier = (m.group(7) != null) ? Qualifier.APPROX : Qualifier.VAGUE;
            String rule = (m.group(7) != null) ? "a-dozen" : "vague:" + m.group().toLowerCase(Locale.ROOT);
            int figureEnd = m.end();
            Matcher larger = LARGER_SCALE.matcher(sentence);
            larger.region(m.end(), length);
            if (m.group(5) != null && scale(m.group(5)) < 1_000_000 && larger.lookingAt()) {
                // "a few hundred million": the multiplier's scale times a larger one
                long unit = scale(larger.group(1));
                range = new long[] { range[0] * unit, range[1] * unit };
                figureEnd = larger.end();
                rule += " " + larger.group(1).toLowerCase(Locale.ROOT);
                i = Math.max(i, figureEnd);
            }
            // "a few hundred million dollars", "hundreds of millions of dollars": vague money
            int moneyFrom = figureEnd;
            Matcher of = OF.matcher(sentence);
            of.region(figureEnd, length);
            if (of.lookingAt()) {
                moneyFrom = of.end();
            }
            Matcher money = CURRENCY_AFTER.matcher(sentence.substring(moneyFrom));
            String currency = null;
            if (money.find()) {
                currency = currencyWord(money);
                figureEnd = moneyFrom + money.end();
                i = Math.max(i, figureEnd);
            }
            Figure figure = new Figure(m.start(), figureEnd, BigDecimal.valueOf(range[0]), BigDecimal.valueOf(range[1]),
                    qualifier, currency, figureEnd, rule);
            // "no more than a dozen" is at most twelve; a vague quantity keeps its range whatever its hedge
            figures.add((m.group(7) != null) ? hedged(sentence, figure) : figure);
        }
        return figures;
    }

    private static long[] vagueRange(Matcher m) {
        if (m.group(2) != null) { // tens / hundreds of thousands
            long unit = scale(m.group(3).substring(0, m.group(3).length() - 1));
            long step = m.group(2).equalsIgnoreCase("tens") ? 10 : 100;
            return new long[] { 2 * step * unit, 10 * step * unit - 1 };
        }
        if (m.group(5) != null) { // several thousand
            long unit = scale(m.group(5));
            long[] multiplier = multiplier(m.group(4));
            return new long[] { multiplier[0] * unit, multiplier[1] * unit };
        }
        if (m.group(6) != null) { // thousands
            long unit = scale(m.group(6).substring(0, m.group(6).length() - 1));
            return new long[] { 2 * unit, 10 * unit - 1 };
        }
        if (m.group(7) != null) {
            return new long[] { 12, 12 };
        }
        long[] multiplier = multiplier(m.group(8));
        return multiplier;
    }

    private static long[] multiplier(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "a few", "few", "a handful of" -> new long[] { 2, 5 };
            case "a couple of" -> new long[] { 2, 3 };
            default -> new long[] { 2, 9 };
        };
    }

    private static long scale(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "dozen" -> 12;
            case "hundred" -> 100;
            case "thousand", "k" -> 1_000;
            case "million", "mln", "mn", "m", "mil." -> 1_000_000; // "12 mil. shells" in a headline
            case "billion", "bln", "bn", "b" -> 1_000_000_000L;
            case "trillion", "tn" -> 1_000_000_000_000L;
            case "lakh", "lakhs" -> 100_000; // South Asian scales: "2 lakh rupees", "5 crore"
            case "crore", "crores" -> 10_000_000;
            default -> 1;
        };
    }

    private List<Atom> atoms(String sentence, List<Span> masked, List<Figure> vague) {
        List<Atom> atoms = new ArrayList<>();
        if (hasDigit(sentence)) {
            digitAtoms(sentence, masked, vague, atoms);
        }
        spelledAtoms(sentence, masked, vague, atoms);
        atoms.sort(Comparator.comparingInt(Atom::start));
        return atoms;
    }

    private void digitAtoms(String sentence, List<Span> masked, List<Figure> vague, List<Atom> atoms) {
        Matcher m = NUMBER.matcher(sentence);
        int i = 0;
        while (i < sentence.length()) {
            if (!Character.isDigit(sentence.charAt(i)) || (i > 0 && Character.isDigit(sentence.charAt(i - 1)))) {
                i++;
                continue;
            }
            m.region(i, sentence.length());
            if (!m.lookingAt()) {
                i++;
                continue;
            }
            i = Math.max(i + 1, m.end());
            String currency = null;
            int start = m.start();
            if (mayEndCurrency(sentence, m.start())) {
                Matcher currencyBefore = CURRENCY_END.matcher(sentence.substring(Math.max(0, m.start() - 5), m.start()));
                currency = currencyBefore.find() ? currencySymbol(currencyBefore.group(1)) : null;
                if ("ZAR".equals(currency) && currencyBefore.group(1).equals("R") && !isSum(m)) {
                    currency = null;
                }
                start = (currency != null) ? m.start() - (currencyBefore.end() - currencyBefore.start()) : m.start();
            }
            int end = m.end();
            String attachedScale = m.group(3);
            if (attachedScale != null && currency == null) {
                end = m.end(1); // "10m" is metres unless it is money
                attachedScale = null;
            }
            if (blocked(sentence, start, end, masked, vague)) {
                continue;
            }
            String scaleWord = (m.group(2) != null) ? m.group(2) : attachedScale;
            Optional<BigDecimal> value = digitsValue(m.group(1), scaleWord);
            if (value.isEmpty()) {
                continue;
            }
            if (currency == null && scaleWord == null && looksLikeYear(sentence, m.group(1), end)) {
                continue; // "North Korea's 2024 missile tests"
            }
            if (currency == null && value.get().compareTo(BigDecimal.ONE) != 0 && MEASURE_AFTER.matcher(sentence).region(end, sentence.length()).lookingAt()) {
                continue; // "the 74,035 deadweight-tonne vessel", "a 300 dwt barge": a size, not a count
            }
            Atom atom = new Atom(start, end, value.get(), scale((scaleWord == null) ? "" : scaleWord), currency, false);
            atoms.add(withCurrencyAfter(sentence, atom));
        }
    }

    /** The characters a {@link #CURRENCY_BEFORE} match can end with: the symbols' last, capitals, "Rs" and "Rs.". */
    private static final java.util.BitSet CURRENCY_LAST = currencyLast();

    private static java.util.BitSet currencyLast() {
        java.util.BitSet last = new java.util.BitSet();
        Currencies.SYMBOLS.keySet().forEach((symbol) -> last.set(symbol.charAt(symbol.length() - 1)));
        last.set('A', 'Z' + 1);
        last.set('s');
        last.set('.');
        return last;
    }

    /** Whether a currency can end right before the number at {@code start}, or before one space there. */
    private static boolean mayEndCurrency(String sentence, int start) {
        int before = start - 1;
        if (before >= 0 && Tails.isSpace(sentence.charAt(before))) {
            before--;
        }
        return before >= 0 && CURRENCY_LAST.get(sentence.charAt(before));
    }

    /** A bare 1900–2099 before a singular word or a possessive is a year, not a count. */
    private static boolean looksLikeYear(String sentence, String digits, int end) {
        if (digits.length() != 4 || !(digits.startsWith("19") || digits.startsWith("20")) || !isDigits(digits)) {
            return false;
        }
        Matcher next = NEXT_WORD.matcher(sentence);
        next.region(end, sentence.length());
        if (!next.lookingAt()) {
            return true;
        }
        int start = end - digits.length();
        if (YEAR_DETERMINER.matcher(sentence.substring(Math.max(0, start - 8), start)).find()) {
            return true; // "the 2023 shipments", "its 2024 exports": a count would be written "2,023"
        }
        String word = next.group(1);
        return !word.endsWith("s") || word.endsWith("'s") || word.endsWith("’s");
    }

    private static final Pattern YEAR_DETERMINER = Pattern.compile("(?i)(?<![\\p{L}])(?:the|its|their|this|that|whose)[\\s\\u00A0]+$");

    private static final Pattern NEXT_WORD = Pattern.compile("[\\s\\u00A0]+([\\p{L}'’]+)");

    /** Digits with a comma and one or two digits after it, which {@link #NUMBER} takes only before a scale word. */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d{1,3},\\d{1,2}");

    /**
     * The value of digits, times their scale word: exact decimals ("21.7" stays 21.7, "1.5 million" is
     * 1,500,000), a whole number when a scale word leaves a fraction of one ("1.2345 thousand").
     */
    private static Optional<BigDecimal> digitsValue(String digits, String scaleWord) {
        String plain = DECIMAL_COMMA.matcher(digits).matches() ? digits.replace(',', '.')
                : SEPARATORS.matcher(digits).replaceAll("");
        if (plain.length() > 40) {
            return Optional.empty();
        }
        try {
            long scale = scale(scaleWord == null ? "" : scaleWord);
            BigDecimal value = new BigDecimal(plain).multiply(BigDecimal.valueOf(scale));
            if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(MAX_VALUE)) > 0) {
                return Optional.empty();
            }
            if (scale > 1) {
                value = value.setScale(0, RoundingMode.HALF_UP);
            }
            return Optional.of(value);
        }
        catch (NumberFormatException ex) {
            return Optional.empty();
        }
    }

    private void spelledAtoms(String sentence, List<Span> masked, List<Figure> vague, List<Atom> atoms) {
        int runStart = -1;
        int runEnd = -1;
        int next = 0;
        String lastWord = "";
        while (true) {
            int wordStart = nextLetter(sentence, next);
            boolean found = wordStart < sentence.length();
            int wordEnd = found ? wordEnd(sentence, wordStart) : wordStart;
            next = wordEnd;
            char initial = found ? sentence.charAt(wordStart) : ' ';
            boolean candidate = found && (NumberWords.mayStart(initial) || initial == 'a' || initial == 'A')
                    && (wordEnd - wordStart == 3 || NumberWords.mayBe(initial, wordEnd - wordStart)
                            || hasHyphen(sentence, wordStart, wordEnd)); // "and", "twenty-five"
            String word = candidate ? sentence.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT) : "";
            // "and" joins a number's parts only after a scale ("one hundred and five"); "two and three thousand" is two numbers
            boolean numberWord = found && (isNumberPart(word) || (word.equals("and") && runStart >= 0 && SCALES.contains(lastWord)));
            boolean adjacent = found && runStart >= 0 && JOIN.matcher(sentence).region(runEnd, wordStart).matches();
            lastWord = word;
            if (numberWord && (runStart < 0 || adjacent)) {
                if (runStart < 0) {
                    runStart = wordStart;
                }
                runEnd = wordEnd;
                continue;
            }
            if (runStart >= 0) {
                addSpelled(sentence, runStart, runEnd, masked, vague, atoms);
                runStart = -1;
            }
            if (!found) {
                break;
            }
            if (numberWord) {
                runStart = wordStart;
                runEnd = wordEnd;
            }
        }
    }

    /**
     * Whether a word (as {@link #wordEnd} reads words) starts at the letter at {@code i}: no letter
     * before it, and no hyphen that joins it to letters before ("twenty-five" is one word).
     */
    private static boolean startsWord(String text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        return !Character.isLetter(before) && !(before == '-' && i >= 2 && Character.isLetter(text.charAt(i - 2)));
    }

    private static boolean hasHyphen(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '-') {
                return true;
            }
        }
        return false;
    }

    /** The first letter at or after {@code from}, or the text's length. */
    private static int nextLetter(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Where a word starting at {@code start} ends: letters, and hyphens between letters ("twenty-five"). */
    private static int wordEnd(String text, int start) {
        int i = start;
        while (i < text.length() && (Character.isLetter(text.charAt(i))
                || text.charAt(i) == '-' && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1)) && i > start)) {
            i++;
        }
        return i;
    }

    private static boolean isNumberPart(String word) {
        if (word.indexOf('-') < 0) {
            return NumberWords.isNumberWord(word);
        }
        for (String part : HYPHEN.split(word)) {
            if (!NumberWords.isNumberWord(part)) {
                return false;
            }
        }
        return true;
    }

    /** What follows "one" when it opens a range. */
    private static final Pattern ONE_TO = Pattern.compile("(?i)[\\s\\u00A0]*(?:to|or|-|\u2013)[\\s\\u00A0]*(?:\\d|two|three|four|five|six|seven|eight|nine|ten)(?![\\p{L}-])");

    private void addSpelled(String sentence, int start, int end, List<Span> masked, List<Figure> vague,
            List<Atom> atoms) {
        String run = sentence.substring(start, end);
        if (run.toLowerCase(Locale.ROOT).endsWith(" and")) {
            end -= 4;
            run = sentence.substring(start, end);
        }
        String lower = run.toLowerCase(Locale.ROOT);
        if ((lower.equals("one") && !ONE_TO.matcher(sentence).region(end, sentence.length()).lookingAt()) || lower.equals("a")
                || isMasked(masked, start, end) || overlapsVague(vague, start, end)) {
            return; // "one" is a figure only where it opens a range: "one to two weeks", "one or two brigades"
        }
        int atomStart = start;
        String before = sentence.substring(Math.max(0, start - 2), start);
        boolean half = false;
        if (before.equalsIgnoreCase("a ") && (isScaleWord(lower) || startsWithScale(lower))) {
            atomStart = start - 2; // "a thousand", "a hundred and twenty million"
            Matcher halfBefore = HALF_BEFORE.matcher(sentence.substring(Math.max(0, atomStart - 6), atomStart));
            if (halfBefore.find()) {
                atomStart -= halfBefore.group().length(); // "half a billion"
                half = true;
            }
        }
        else if (isScaleWord(lower)) {
            return; // a bare "hundred" or "million" is not a count
        }
        // "a million"; "one hundred and twenty million", as the rules read it without the British "and"
        String spelled = AND_AFTER_SCALE.matcher((atomStart < start) ? "one " + run : run).replaceAll("$1 ");
        Optional<Long> value = NumberWords.parse(spelled);
        int and = lower.indexOf(" and ");
        if (value.isEmpty() && and > 0) {
            // "five thousand and six thousand": two numbers, as "between" reads them
            addSpelled(sentence, start, start + and, masked, vague, atoms);
            addSpelled(sentence, start + and + 5, end, masked, vague, atoms);
            return;
        }
        if (half && value.isPresent()) {
            value = Optional.of(value.get() / 2);
        }
        if (value.isEmpty() || value.get() == 0 || blocked(sentence, atomStart, end, masked, vague)) {
            return;
        }
        atoms.add(withCurrencyAfter(sentence, new Atom(atomStart, end, BigDecimal.valueOf(value.get()), 1, null, true)));
    }

    private static boolean isScaleWord(String word) {
        return Set.of("hundred", "thousand", "million", "billion", "trillion").contains(word);
    }

    private Atom withCurrencyAfter(String sentence, Atom atom) {
        if (atom.currency() != null) {
            return atom;
        }
        int next = atom.end();
        while (next < sentence.length() && Tails.isSpace(sentence.charAt(next))) {
            next++;
        }
        if (next == sentence.length() || !Character.isLetter(sentence.charAt(next))) {
            return atom; // a currency's name starts with a letter
        }
        Matcher m = CURRENCY_AFTER.matcher(sentence).region(atom.end(), sentence.length());
        if (!m.lookingAt()) {
            return atom;
        }
        if (this.measures.contains("pounds") && m.group(1) == null && m.group(2).regionMatches(true, 0, "pound", 0, 5)
                && !m.group(2).toLowerCase(Locale.ROOT).contains("sterling")) {
            return atom; // "310 pounds of fentanyl" where the template weighs in pounds: no sum of money
        }
        return new Atom(atom.start(), m.end(), atom.value(), atom.scale(), currencyWord(m), atom.spelled());
    }

    /** The ISO code of a {@link #CURRENCY_AFTER} match: "dollars" USD, "North Korean won" KPW, "pesos" none. */
    private static String currencyWord(Matcher m) {
        return Currencies.ofName(m.group(1), m.group(2));
    }

    private static String currencySymbol(String symbol) {
        return (symbol == null) ? null : Currencies.ofSymbol(symbol);
    }

    private boolean blocked(String sentence, int start, int end, List<Span> masked,
            List<Figure> vague) {
        if (isMasked(masked, start, end) || overlapsVague(vague, start, end)) {
            return true;
        }
        if (start > 0 && Character.isLetterOrDigit(sentence.charAt(start - 1))) {
            return true;
        }
        if (end < sentence.length() && Character.isLetterOrDigit(sentence.charAt(end))) {
            return true;
        }
        String before = sentence.substring(Math.max(0, start - 20), start);
        if ((before.contains("up ") || before.contains("down ") || before.contains(" by ")) && CHANGE_BEFORE.matcher(before).find()) {
            return true; // "was up 1.48 euros", "rose by 1,000 to 12,000": a change, not a level
        }
        boolean percent = false;
        if (this.measures.contains("percent")) {
            Matcher sign = PERCENT_AFTER.matcher(sentence).region(end, sentence.length());
            percent = sign.lookingAt();
            if (percent && INTERVAL_AFTER.matcher(sentence).region(sign.end(), sentence.length()).lookingAt()) {
                return true; // "25,300 (95% CI 21,800–28,900)": the interval's level, not a share
            }
        }
        if (notACountBefore(before) || !percent && NOT_A_COUNT_AFTER.matcher(sentence).region(end, sentence.length()).lookingAt()) {
            return true;
        }
        Matcher duration = DURATION_AFTER.matcher(sentence).region(end, sentence.length());
        if (duration.lookingAt() && (!this.measures.contains(duration.group(1).toLowerCase(Locale.ROOT))
                || TIME_FRAME_BEFORE.matcher(before).find()
                || TIME_FRAME_AFTER.matcher(sentence).region(duration.end(), sentence.length()).lookingAt())) {
            return true; // "for eight months", "during the three months", "six months after the strikes": when, not how long
        }
        return isDesignation(before) && !isQuantityShaped(sentence, start, end);
    }

    /** A scale word right after a number: "100 million", "a hundred and twenty million" was read whole. */
    private static final Pattern SCALE_AFTER = Pattern.compile("(?i)[\\s\\u00A0]+(?:thousand|million|billion|trillion)\\b");

    /**
     * Whether a number after a capitalised word is a quantity, not a designation ("paid North Korea 100 million
     * dollars", "sent Moscow 12,000 troops", not "Unit 731"): it groups its thousands, is spelled, or a scale follows.
     */
    private static boolean isQuantityShaped(String sentence, int start, int end) {
        boolean digits = false;
        for (int i = start; i < end; i++) {
            char c = sentence.charAt(i);
            if (c == ',' && i > start && i + 3 <= end && Character.isDigit(sentence.charAt(i - 1))) {
                return true; // "12,000"
            }
            digits |= Character.isDigit(c);
        }
        return !digits || SCALE_AFTER.matcher(sentence).region(end, sentence.length()).lookingAt()
                || SCALE_AFTER.matcher(sentence).region(start, end).find(); // "100 million" read as one atom
    }

    /**
     * "aged 19", "No. 5", "aged 19 to 27", "10:30", "3/4", "KN-23", "#5": what comes right before
     * the number says it is not a count.
     */
    private static boolean notACountBefore(String before) {
        int n = before.length();
        if (n == 0) {
            return false;
        }
        char last = before.charAt(n - 1);
        if ("/:#^*\u00D7".indexOf(last) >= 0) {
            return true;
        }
        if (n >= 2 && (last == ':' || last == '/' || last == '.') && isAsciiDigit(before.charAt(n - 2))
                || last == '-' && n >= 2 && Character.isLetter(before.codePointBefore(n - 1))) {
            return true;
        }
        int end = Tails.spaceBefore(before, n);
        if (end > 1 && before.charAt(end - 1) == '#' && Tails.isWordChar(before.codePointBefore(end - 1))) {
            return true; // "5# ": the old pattern's word boundary before the sign
        }
        int word = NOT_A_COUNT_WORDS.longest(before, end);
        if (word >= 0) {
            return true;
        }
        if ((Tails.endsWith(before, end, "in") || Tails.endsWith(before, end, "of")) && PROPORTION.matcher(before).find()) {
            return true; // "nine in 10 unvaccinated people", "three out of 4": a share, not a count
        }
        return agedRange(before, end);
    }

    /** "aged 19 to ", "aged 19-": the second number of an age range. */
    private static boolean agedRange(String before, int end) {
        int i = end;
        String[] joins = { "to", "and", "-", "\u2013" };
        String join = null;
        for (String candidate : joins) {
            if (Tails.endsWith(before, i, candidate)) {
                join = candidate;
                break;
            }
        }
        if (join == null) {
            return false;
        }
        i = Tails.spaceBefore(before, i - join.length());
        int digits = i;
        while (digits > 0 && isAsciiDigit(before.charAt(digits - 1))) {
            digits--;
        }
        if (digits == i) {
            return false;
        }
        int space = Tails.spaceBefore(before, digits);
        return space < digits && Tails.endsWith(before, space, "aged")
                && (space == 4 || !Tails.isWordChar(before.codePointBefore(space - 4)));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Parts of a document that a number names, written in lower case: "in paragraph 5", "see page 12". */
    private static final Set<String> DOCUMENT_PARTS = Set.of("paragraph", "paragraphs", "para", "paras", "page", "pages",
            "section", "chapter", "clause", "footnote", "annex", "appendix", "item", "line", "row", "column");

    /**
     * "Article 5", "General Bureau 7": a capitalised word right before the number names it; so does a
     * part of a document in lower case ("corrects paragraph 5").
     */
    private static boolean isDesignation(String before) {
        int end = Tails.spaceBefore(before, before.length());
        if (end == before.length()) {
            return false;
        }
        int start = end;
        while (start > 0 && Character.isLetter(before.codePointBefore(start))) {
            start -= Character.charCount(before.codePointBefore(start));
        }
        if (start == end) {
            return false;
        }
        String word = before.substring(start, end);
        if (DOCUMENT_PARTS.contains(word)) {
            return true;
        }
        return Character.isUpperCase(word.charAt(0)) && !NOT_DESIGNATORS.contains(word.toLowerCase(Locale.ROOT))
                && !word.equals(word.toUpperCase(Locale.ROOT));
    }

    private static boolean isMasked(List<Span> masked, int start, int end) {
        for (Span span : masked) {
            if (start < span.end() && span.start() < end) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsVague(List<Figure> vague, int start, int end) {
        for (Figure figure : vague) {
            if (start < figure.end() && figure.start() < end) {
                return true;
            }
        }
        return false;
    }

    private Optional<Figure> range(String sentence, Atom low, Atom high) {
        String between = sentence.substring(low.end(), high.start());
        if (this.measures.contains("percent")) {
            Matcher percent = PERCENT_AFTER.matcher(between);
            if (percent.lookingAt() && PERCENT_AFTER.matcher(sentence).region(high.end(), sentence.length()).lookingAt()) {
                between = between.substring(percent.end()); // "6.7% to 12%"
            }
        }
        Matcher separator = RANGE_SEPARATOR.matcher(between);
        if (!separator.matches()) {
            return Optional.empty();
        }
        String word = separator.group(1).toLowerCase(Locale.ROOT);
        String before = sentence.substring(Math.max(0, low.start() - 12), low.start()).toLowerCase(Locale.ROOT);
        boolean betweenAnd = BETWEEN_END.matcher(before).find();
        if (word.equals("and") && !betweenAnd) {
            return Optional.empty();
        }
        if ((word.equals("to") || word.equals("-") || word.equals("–")) && before.endsWith("from ") && changedBefore(sentence, low.start())) {
            return Optional.empty(); // "will raise the surcharge from €4 to €5": the old figure and the new, not a range
        }
        BigDecimal lowValue = low.value();
        long scaleOfHigh = (high.scale() == 1 && high.spelled()) ? spelledScale(sentence.substring(high.start(), high.end()))
                : high.scale();
        BigDecimal highScale = BigDecimal.valueOf(scaleOfHigh);
        if (low.scale() == 1 && scaleOfHigh > 1 && lowValue.multiply(highScale).compareTo(high.value()) < 0) {
            lowValue = lowValue.multiply(highScale).setScale(0, RoundingMode.HALF_UP); // "10-12 thousand", "three to four thousand"
        }
        if (lowValue.compareTo(high.value()) >= 0) {
            return Optional.empty();
        }
        String currency = (low.currency() != null) ? low.currency() : high.currency();
        int start = betweenAnd ? low.start() - 8 : low.start();
        String rule = betweenAnd ? "range:between" : "range:" + word;
        Figure figure = new Figure(Math.max(0, start), high.end(), lowValue, high.value(), Qualifier.RANGE, currency,
                high.end(), rule + ((low.spelled() || high.spelled()) ? "+spelled" : ""));
        return Optional.of(hedged(sentence, figure));
    }

    /** A verb of change before "from X to Y" in its clause: "raise … from", "was cut from", "revised its estimate from". */
    private static final Pattern CHANGE_VERB = Pattern.compile("(?i)\\b(?:rais|increas|lift|hik|reduc|lower|cut|slash|trimm|revis|doubl|tripl|halv|"
            + "ris(?:e|es|en|ing)|rose|fell|fall|drop|declin|grow|grew|climb|jump|soar|surg|plung|shrank|shrink)\\p{L}*"
            + "(?:[\\s\\u00A0]+(?:up|down))?\\b[^.;:!?]{0,80}$");

    private static boolean changedBefore(String sentence, int from) {
        String clause = sentence.substring(Math.max(0, from - 100), from);
        return CHANGE_VERB.matcher(clause).find();
    }

    /** A comparative hedge that a negation turns round: "less than", "fewer than", "more than". */
    private static final Pattern COMPARATIVE = Pattern.compile("^(?:less|fewer|more)[\\s\\u00A0]+than$");

    /** A negation in the clause before a hedge: "will not sell for less than", "won't pay more than". */
    private static final Pattern NEGATED = Pattern.compile("(?i)(?:\\b(?:not|never|cannot)\\b|n['’]t\\b)"
            + "(?![^,.;:!?]*\\b(?:whether|if|that|how|when|who|which|whom|but|only|clear|known|sure|certain)\\b)[^,.;:!?]{0,40}$");

    /** The words after which "and" goes on with the same number: "one hundred and five", "two thousand and ten". */
    private static final java.util.Set<String> SCALES = java.util.Set.of("hundred", "thousand", "million", "billion", "trillion");

    /** "and" after a scale word inside a spelled number: "a hundred and twenty", "two thousand and five". */
    private static final Pattern AND_AFTER_SCALE = Pattern.compile("(?i)\\b(hundred|thousand|million|billion|trillion)[\\s\\u00A0]+and[\\s\\u00A0]+");

    /** Whether a spelled run opens with a scale word: "hundred and twenty million" after "a". */
    private static boolean startsWithScale(String lower) {
        int space = lower.indexOf(' ');
        return space > 0 && SCALES.contains(lower.substring(0, space));
    }

    /** The scale word that ends a spelled-out number ("five thousand", "three million"), as a factor; 1 when none does. */
    private static long spelledScale(String spelled) {
        String lower = spelled.strip().toLowerCase(Locale.ROOT);
        if (lower.endsWith("hundred")) {
            return 100L;
        }
        if (lower.endsWith("thousand")) {
            return 1_000L;
        }
        if (lower.endsWith("million")) {
            return 1_000_000L;
        }
        if (lower.endsWith("billion")) {
            return 1_000_000_000L;
        }
        return lower.endsWith("trillion") ? 1_000_000_000_000L : 1L;
    }

    private Figure single(String sentence, Atom atom) {
        // "a 10,000-strong force": the figure counts the members of the noun after "-strong"
        boolean strong = sentence.startsWith(STRONG, atom.end()) && (atom.end() + STRONG.length() == sentence.length()
                || !Character.isLetter(sentence.charAt(atom.end() + STRONG.length())));
        int nounFrom = strong ? atom.end() + STRONG.length() : atom.end();
        Figure figure = new Figure(atom.start(), atom.end(), atom.value(), atom.value(), Qualifier.EXACT,
                atom.currency(), nounFrom, (atom.spelled() ? "spelled" : "digits") + (strong ? "+strong" : ""));
        return hedged(sentence, figure);
    }

    private static Figure hedged(String sentence, Figure figure) {
        Matcher suffix = SUFFIX.matcher(sentence.substring(figure.end()));
        if (figure.qualifier() == Qualifier.EXACT && suffix.find()) {
            String mark = suffix.group(1).trim().toLowerCase(Locale.ROOT);
            int end = figure.end() + suffix.end();
            if (mark.equals("+") || mark.equals("or more")) {
                return new Figure(figure.start(), end, figure.low(), null, Qualifier.AT_LEAST, figure.currency(), end,
                        figure.rule() + "+at-least");
            }
            return new Figure(figure.start(), end, figure.low(), figure.high(), Qualifier.APPROX, figure.currency(), end,
                    figure.rule() + "+approx");
        }
        String before = sentence.substring(Math.max(0, figure.start() - 25), figure.start());
        int end = Tails.spaceBefore(before, before.length());
        if (end < before.length() && Tails.endsWith(before, end, "between")) {
            end = Tails.spaceBefore(before, end - "between".length()); // "up to between 300 and 500"
        }
        int hedge = HEDGES.longest(before, end);
        int hedgeStart = (hedge >= 0) ? end - HEDGES.phrase(hedge).length() : -1;
        if (hedge < 0 && end > 0 && before.charAt(end - 1) == '~') {
            hedgeStart = end - 1;
            hedge = Integer.MAX_VALUE; // "~300" is about 300
        }
        if (hedge < 0) {
            return figure;
        }
        int start = figure.start() - (before.length() - hedgeStart);
        BigDecimal value = (figure.high() != null) ? figure.high() : figure.low();
        if (hedge < UP_TO.size() && !figure.isMoney() && HEDGES.phrase(hedge).equals("up to")
                && SUMMED.longest(before, Tails.spaceBefore(before, hedgeStart)) >= 0) {
            return figure; // "the reports added up to 5,347 aircraft": a sum, not a bound ("adds up to $1 million" may be either)
        }
        boolean negated = hedge < UP_TO.size() + AT_LEAST.size() && COMPARATIVE.matcher(HEDGES.phrase(hedge)).find()
                && NEGATED.matcher(sentence.substring(Math.max(0, start - 60), start)).find();
        if (hedge < UP_TO.size() && !negated || hedge >= UP_TO.size() && hedge < UP_TO.size() + AT_LEAST.size() && negated) {
            // "will not sell for more than €75m" is at most €75m
            return new Figure(start, figure.end(), null, value, Qualifier.UP_TO, figure.currency(), figure.nounFrom(),
                    figure.rule() + "+up-to" + (negated ? "+negated" : ""));
        }
        if (hedge < UP_TO.size() + AT_LEAST.size()) { // "will not sell for less than €75m" is at least €75m
            BigDecimal low = (figure.low() != null) ? figure.low() : value;
            return new Figure(start, figure.end(), low, null, Qualifier.AT_LEAST, figure.currency(), figure.nounFrom(),
                    figure.rule() + "+at-least" + (negated ? "+negated" : ""));
        }
        if (figure.qualifier() == Qualifier.RANGE) {
            return figure;
        }
        return new Figure(start, figure.end(), figure.low(), figure.high(), Qualifier.APPROX, figure.currency(),
                figure.nounFrom(), figure.rule() + "+approx");
    }
}
