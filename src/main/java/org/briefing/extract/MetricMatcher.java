package org.briefing.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.briefing.template.MetricSpec;
import org.briefing.template.Template;
import org.briefing.text.Cues;
import org.briefing.text.Span;
import org.briefing.text.Tails;
import org.briefing.text.WordStarts;

/**
 * Decides what a figure counts, from the template's metrics. A figure counts a metric when one of
 * its nouns follows within a few modifiers ("11,000 North Korean infantry troops"), or precedes it
 * in "the number of troops … reached 11,000" or "troops numbering 11,000". A derived metric
 * ({@code from}) takes over when one of its kind cues is in the figure's clause ("18 soldiers who
 * deserted" is deserters) or follows the bare figure ("300 were killed"). Money needs a money
 * metric's cue in the clause. Thread-safe.
 */
final class MetricMatcher {

    private static final Pattern SPACE_RUN = Pattern.compile("[\\s\\u00A0]+");

    record Match(String metric, String kind, String unit, int nounStart, int nounEnd, String rule) {
    }

    private static final int MAX_MODIFIERS = 5;

    /** Nouns that take no plural ending ("peoples" are nations, not people). */
    private static final java.util.Set<String> INVARIABLE = java.util.Set.of("people", "men", "personnel", "police",
            "infantry", "staff", "military", "cavalry", "artillery", "ammunition", "dead", "wounded", "injured", "killed");

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*|[^\\s\\u00A0]");

    private static final java.util.Set<String> STOP = java.util.Set.of("to", "in", "at", "on", "for", "from", "by",
            "with", "into", "onto", "across", "near", "who", "which", "that", "whose", "were", "was", "are", "is", "be",
            "been", "being", "have", "has", "had", "will", "would", "could", "should", "may", "might", "can", "must",
            "did", "do", "does", "and", "or", "but", "while", "as", "than", "aged", "per", "a", "an", "since", "after",
            "before", "during", "if", "when", "where", "because", "so", "year", "years", "days", "months", "weeks");

    private static final Tails LINK_BEFORE = Tails.anywhere(List.of("numbering", "totaling", "totalling", "total",
            "totals", "totalled", "numbered", "number", "numbers", "estimated at", "put at", "at", "stood at",
            "stands at", "reached", "reaching", "averaged", "averaging", "an average of", "averages", "rose to", "grew to", "climbed to", "exceeded", "exceeds", "topped",
            "of about", "of around", "of some", "of"));

    /** A figure whose qualifier is a verb that links it to the noun before: "casualties had passed 6,000". */
    private static final Pattern VERB_FIGURE = Pattern.compile(
            "(?i)(?:passed|passes|exceeded|exceeds|surpassed|surpasses|topped|tops|approaching|nearing)[\\s\\u00A0]");

    /** "the total to between 14,000 and 15,000", "in all": a figure totalling what came before. */
    private static final Tails TOTAL_BEFORE = Tails.atWordStart(List.of("the total to", "the total of", "the total at",
            "a total of", "in total", "in all", "altogether", "overall"));

    private static final Pattern RELATIVE = Pattern.compile("(?i)(?:who|that|which)(?![\\p{L}])");

    /** A unit of length, area or speed right after a figure: it measures, it does not count. */
    private static final Pattern MEASURE = Pattern.compile("(?i)[\\s\\u00A0]*(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|m|ft|feet"
            + "|knots?|mph|kph|km/h|nautical[\\s\\u00A0]+miles?|nm|hectares?|acres?|sq(?:uare)?\\.?[\\s\\u00A0]*(?:km|miles?)"
            + "|horsepower|hp|bhp)(?![\\p{L}\\p{N}/])");

    /**
     * A ship's size, not a cargo or a count of ships: "58,000 deadweight tonnes", "45,000 tonnes deadweight",
     * "a 74,035 deadweight-tonne vessel", "70,000 to 80,000 dwt", "gross tonnage".
     */
    private static final Pattern SHIP_SIZE = Pattern.compile("(?i)(?:[\\s\\u00A0]*(?:to|-|–)[\\s\\u00A0]*\\d[\\d,.]*k?)?"
            + "[\\s\\u00A0-]*(?:dead[\\s\\u00A0-]?weight|dwt|(?:metric[\\s\\u00A0]+)?(?:tonnes?|tons?)[\\s\\u00A0-]+(?:dead[\\s\\u00A0-]?weight|dwt)"
            + "|gross[\\s\\u00A0-]+(?:tonnes?|tons?|tonnage|register))(?![\\p{L}])");

    private static final Pattern OF_THEM = Pattern.compile("(?i)[\\s\\u00A0]+of[\\s\\u00A0]+(?:them|these|those|whom|which)\\b");

    private static final Pattern DESIGNATION = Pattern.compile("(?:\\p{Lu}[\\p{L}]*|\\p{L}+-?\\d+[\\p{L}\\d-]*|\\d+[\\p{L}]+[\\p{L}\\d-]*)");

    /** Where the words that can qualify a counted noun stop: an infinitive or a subordinate clause. */
    private static final Pattern WINDOW_END = Pattern
        .compile("(?i)\\b(?:to\\s+(?!have\\b|be\\b|been\\b|the\\b|an?\\b|its\\b|their\\b|his\\b|her\\b|our\\b|this\\b|these\\b|those\\b|up\\b|about\\b|around\\b|roughly\\b|nearly\\b|almost\\b|some\\b|more\\b|less\\b|over\\b|under\\b|just\\b|as\\b|at\\b)(?-i:\\p{Ll}+)|before|after|until|unless|because|although|while|whereas|since|once)\\b");

    private static final WordStarts.Words WINDOW_END_FIRST = WordStarts.words("to", "before", "after", "until", "unless", "because",
            "although", "while", "whereas", "since", "once");

    private static final String QUOTES = "\"“”‘’'«»";

    private static final Pattern AUXILIARIES = Pattern.compile(
            "(?i)^[\\s\\u00A0]*(?:(?:were|was|have|has|had|are|is|been|reportedly|already|also|all|now|later|since)[\\s\\u00A0]+){0,3}$");

    private record Derived(MetricSpec spec, Map<String, Cues> kinds, Cues anyKind) {
    }

    /** A counted noun of the template, in lower-case words. */
    private record Noun(String[] words, MetricSpec spec) {
    }


    /** Nouns by their first word (and its plural forms), longest nouns first. */
    private final Map<String, List<Noun>> nouns = new java.util.HashMap<>();

    private final List<MetricSpec> money = new ArrayList<>();

    private final Map<String, Cues> moneyCues = new LinkedHashMap<>();

    private final List<Derived> derived = new ArrayList<>();

    private final Map<String, MetricSpec> byName = new LinkedHashMap<>();

    /** The metrics that count percentages: a share, a rate ("unit: percent", or "percent" among the nouns). */
    private final List<MetricSpec> percents = new ArrayList<>();

    /** Each percent metric's nouns besides its percent words: "of hull value", "of GDP". */
    private final Map<String, Cues> shareNouns = new java.util.HashMap<>();

    /** The words of each percent metric's name ("storage"), which a level of it names: "EU storage reaches 55.2%". */
    private final Map<String, Cues> levelNames = new java.util.HashMap<>();

    MetricMatcher(Template template) {
        List<Map.Entry<String, MetricSpec>> all = new ArrayList<>();
        for (MetricSpec spec : template.metrics()) {
            this.byName.put(spec.name(), spec);
            if (FigureFinder.PERCENT_WORDS.contains(spec.unit().toLowerCase(Locale.ROOT))
                    || spec.nouns().stream().anyMatch((n) -> FigureFinder.PERCENT_WORDS.contains(n.toLowerCase(Locale.ROOT)))) {
                this.percents.add(spec);
                this.shareNouns.put(spec.name(), Cues.of(spec.nouns().stream()
                    .filter((n) -> !FigureFinder.PERCENT_WORDS.contains(n.toLowerCase(Locale.ROOT))).toList()));
                this.levelNames.put(spec.name(), Cues.of(java.util.Arrays.stream(spec.name().split("-"))
                    .filter((word) -> word.length() > 3).toList()));
            }
            for (String noun : spec.nouns()) {
                all.add(Map.entry(noun, spec));
            }
            if (spec.money()) {
                this.money.add(spec);
                this.moneyCues.put(spec.name(), Cues.of(spec.cues()));
            }
            if (spec.from() != null && !spec.kinds().isEmpty()) {
                Map<String, Cues> kinds = new LinkedHashMap<>();
                List<String> every = new ArrayList<>();
                spec.kinds().forEach((kind, cues) -> {
                    kinds.put(kind, Cues.of(cues));
                    every.addAll(cues);
                });
                this.derived.add(new Derived(spec, kinds, Cues.of(every)));
            }
        }
        // longest nouns first; a noun both a metric and one derived from it list ("arrivals" for people
        // and displaced) is the derived one's, the more specific
        all.sort(Comparator.comparingInt((Map.Entry<String, MetricSpec> e) -> e.getKey().length()).reversed()
            .thenComparingInt((e) -> (e.getValue().from() != null) ? 0 : 1));
        for (Map.Entry<String, MetricSpec> entry : all) {
            String[] words = entry.getKey().trim().toLowerCase(Locale.ROOT).split("\\s+");
            Noun noun = new Noun(words, entry.getValue());
            boolean invariable = words.length > 1 || words[0].endsWith("s") || INVARIABLE.contains(words[0]);
            List<String> keys = invariable ? List.of(words[0]) : List.of(words[0], words[0] + "s", words[0] + "es");
            for (String key : keys) {
                this.nouns.computeIfAbsent(key, (k) -> new ArrayList<>()).add(noun);
            }
        }
    }

    Optional<Match> match(String sentence, Figure figure) {
        Span clause = Clauses.clauseAt(sentence, figure.start());
        if (figure.isMoney()) {
            // a money metric derived by stage takes the sum when the sentence gives it ("pledged €1.9bn")
            return moneyMetric(clause, figure).or(() -> afterColon(sentence, clause, figure)).map((base) -> {
                Match staged = refine(sentence, figure, clause, base);
                return new Match(staged.metric(), staged.kind(), base.unit(), staged.nounStart(), staged.nounEnd(), staged.rule());
            });
        }
        if (SHIP_SIZE.matcher(sentence).region(figure.nounFrom(), sentence.length()).lookingAt()) {
            return Optional.empty(); // "a bulk carrier of 58,000 deadweight tonnes" measures the ship
        }
        if (MEASURE.matcher(sentence).region(figure.nounFrom(), sentence.length()).lookingAt()) {
            // "missiles with ranges of up to 2,000 km" counts kilometres, not missiles; unless the
            // template counts the measure itself ("1.3 million hectares had burned"), whose derived
            // metric takes it over as any count's would ("a maximum draft of 50 feet")
            return nounAfter(sentence, figure).filter((m) -> m.nounStart() - figure.nounFrom() <= 2)
                .map((m) -> refine(sentence, figure, clause, m));
        }
        int sign = percentSignEnd(sentence, figure);
        if (sign >= 0) {
            return share(sentence, figure, clause, sign);
        }
        Optional<Match> held = heldOf(sentence, figure);
        if (held.isPresent()) {
            return Optional.of(refine(sentence, figure, clause, held.get()));
        }
        Optional<Match> base = nounAfter(sentence, figure).or(() -> nounBefore(sentence, figure, clause))
            .or(() -> predicate(sentence, figure));
        if (base.isEmpty()) {
            return elliptical(sentence, figure);
        }
        return Optional.of(refine(sentence, figure, clause, base.get()));
    }

    /**
     * The money metric whose cue stands nearest the figure in its clause ("your department told this
     * Committee that hotels were costing £8 million a day" is a cost, not a commitment); on a tie
     * the template's order.
     */
    private Optional<Match> moneyMetric(Span clause, Figure figure) {
        int start = figure.start() - clause.start();
        int end = figure.end() - clause.start();
        if (EXCHANGE_RATE.matcher(clause.text()).region(end, clause.text().length()).lookingAt()) {
            return Optional.empty(); // "81.4 roubles to the dollar" is a rate of exchange, not a sum
        }
        String best = null;
        int nearest = Integer.MAX_VALUE;
        for (MetricSpec spec : this.money) {
            for (Span cue : this.moneyCues.get(spec.name()).findAll(clause.text())) {
                int distance = (cue.end() <= start) ? start - cue.end() : (cue.start() >= end) ? cue.start() - end : 0;
                if (distance < nearest) {
                    nearest = distance;
                    best = spec.name();
                }
            }
        }
        return (best == null) ? Optional.empty()
                : Optional.of(new Match(best, null, figure.currency(), figure.end(), figure.end(), "money+cue"));
    }

    /**
     * A sum after a colon spells out the clause before it: "Only a fraction arrived as hard currency: between 3.1
     * trillion and 4.4 trillion won". That clause's cue counts, when the sum's own clause has none.
     */
    private Optional<Match> afterColon(String sentence, Span clause, Figure figure) {
        int colon = clause.start() - 1;
        while (colon > 0 && Character.isWhitespace(sentence.charAt(colon))) {
            colon--;
        }
        if (colon <= 0 || sentence.charAt(colon) != ':') {
            return Optional.empty();
        }
        int from = Clauses.clauseAt(sentence, colon - 1).start();
        return moneyMetric(new Span(from, clause.end(), sentence.substring(from, clause.end())), figure);
    }

    /** What follows a sum that is a rate of exchange: "to the dollar", "per euro", "against the US dollar". */
    private static final Pattern EXCHANGE_RATE = Pattern.compile("(?i)[\\s\\u00A0]*(?:to|per|for|against)[\\s\\u00A0]+"
            + "(?:the[\\s\\u00A0]+|one[\\s\\u00A0]+|a[\\s\\u00A0]+|each[\\s\\u00A0]+)?(?:US[\\s\\u00A0]+|U\\.S\\.[\\s\\u00A0]+)?"
            + "(?:" + Currencies.WORD_ALTERNATION + ")(?![\\p{L}])");

    /** Where the percent sign or word after the figure ends, in a template that counts percentages; else -1. */
    private int percentSignEnd(String sentence, Figure figure) {
        if (this.percents.isEmpty()) {
            return -1;
        }
        Matcher percent = FigureFinder.PERCENT_AFTER.matcher(sentence).region(figure.nounFrom(), sentence.length());
        return percent.lookingAt() ? percent.end() : -1;
    }

    /**
     * A percentage, of a metric that counts them, when it is a share of something ("about 4.4% of US electricity", "0.9% of
     * GDP") or its clause says so ("a share it expects to reach 12% to 15%", or a noun of the metric besides its percent
     * words: "1% of hull value"), or it is a level of what the clause names by the metric's name ("EU storage reaches
     * 55.2%" for a metric named storage); a change ("up 21%") is none. With several such metrics, the one whose other nouns the
     * clause holds, else the template's first.
     */
    private Optional<Match> share(String sentence, Figure figure, Span clause, int signEnd) {
        String lowerClause = clause.text().toLowerCase(Locale.ROOT);
        MetricSpec chosen = null;
        for (MetricSpec spec : this.percents) {
            if (!this.shareNouns.get(spec.name()).findAll(clause.text()).isEmpty()) {
                chosen = spec;
                break;
            }
        }
        if (chosen == null && LEVEL_BEFORE.matcher(sentence).region(Math.max(0, figure.start() - 40), figure.start())
            .useTransparentBounds(true).find()) {
            for (MetricSpec spec : this.percents) {
                if (this.levelNames.get(spec.name()).in(clause.text())) {
                    chosen = spec;
                    break;
                }
            }
        }
        boolean shareOf = SHARE_OF.matcher(sentence).region(signEnd, sentence.length()).lookingAt()
                || SHARE_WORD.matcher(lowerClause).find();
        if (chosen == null && !shareOf) {
            return Optional.empty();
        }
        MetricSpec metric = (chosen != null) ? chosen : this.percents.get(0);
        return Optional.of(new Match(metric.name(), null, metric.unit(), figure.nounFrom(), signEnd, "percent"));
    }

    /**
     * What puts a percentage as a level rather than a change: "stands at 83.1%", "reaches 55.2%", "rose to 60%", "crossed
     * 70%", but not "up 4.2%" or "rose 21%".
     */
    private static final Pattern LEVEL_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:at|to|reach|reaches|reached|reaching|hit|hits"
            + "|crossed|crosses|passed|topped|exceeded)[\\s\\u00A0]+"
            + "(?:(?:only|just|about|around|roughly|nearly|almost|some|barely|over|under)[\\s\\u00A0]+)?$");

    /** "of" right after a percentage: a share of something. */
    private static final Pattern SHARE_OF = Pattern.compile("[\\s\\u00A0]+of[\\s\\u00A0]");

    /** A word that makes a percentage a share: "a share it expects to reach 12% to 15%". */
    private static final Pattern SHARE_WORD = Pattern.compile("(?<![\\p{L}])(?:share|proportion|portion|fraction)(?![\\p{L}])");

    /**
     * "the bodies of 41 Russian servicemen", "their remains of …", "a cumulative incidence of 190 cases per 100,000": a
     * counted noun after a determiner (and perhaps an adjective) and before "of" counts the figure, whatever noun follows it.
     */
    private Optional<Match> heldOf(String sentence, Figure figure) {
        int of = figure.start() - 3;
        if (of < 6 || !sentence.startsWith("of", of) || !Character.isWhitespace(sentence.charAt(of + 2))
                || !Character.isWhitespace(sentence.charAt(of - 1))) {
            return Optional.empty();
        }
        int wordStart = of - 1;
        while (wordStart > 0 && Character.isLetter(sentence.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (wordStart == of - 1 || wordStart < 2) {
            return Optional.empty();
        }
        Optional<Match> noun = nounAt(sentence, wordStart).filter((m) -> m.nounEnd() == of - 1);
        if (noun.isEmpty() || !HOLDER_DETERMINER.matcher(sentence).region(Math.max(0, wordStart - 40), wordStart)
            .useTransparentBounds(true).find()) {
            return Optional.empty();
        }
        Match head = noun.get();
        return Optional.of(new Match(head.metric(), head.kind(), head.unit(), head.nounStart(), head.nounEnd(), "noun-of:" + head.rule()));
    }

    /** The determiner before the noun of {@link #heldOf}, perhaps with one adjective: "the bodies of", "a cumulative incidence of". */
    private static final Pattern HOLDER_DETERMINER = Pattern.compile("(?i)(?<![\\p{L}])(?:the|their|its|his|her|a|an)[\\s\\u00A0]+"
            + "(?:\\p{Ll}[\\p{Ll}-]*[\\s\\u00A0]+)?$");

    private Optional<Match> nounAfter(String sentence, Figure figure) {
        Matcher token = TOKEN.matcher(sentence);
        Matcher interval = (sentence.indexOf('(', figure.nounFrom()) >= 0)
                ? INTERVAL_BRACKET.matcher(sentence).region(figure.nounFrom(), sentence.length()) : null;
        // "25,300 (95% CI 21,800–28,900) heat-related deaths": the interval stands between the figure and its noun
        token.region((interval != null && interval.lookingAt()) ? interval.end() : figure.nounFrom(), sentence.length());
        Matcher howMany = HOW_MANY.matcher(sentence).region(figure.nounFrom(), sentence.length());
        if (howMany.lookingAt()) {
            token.region(howMany.end(), sentence.length()); // "352 That is how many rhinos were poached": a list's figure and its noun
        }
        int modifiers = 0;
        String previous = "";
        while (token.find()) {
            Optional<Match> noun = nounAt(sentence, token.start());
            if (noun.isPresent()) {
                return Optional.of(headNoun(sentence, noun.get()));
            }
            String word = token.group().toLowerCase(Locale.ROOT);
            if (QUOTES.indexOf(word.charAt(0)) >= 0) {
                continue; // "up to 15,000" troops
            }
            boolean punctuation = !Character.isLetterOrDigit(word.charAt(0));
            boolean allowedOf = word.equals("of") && modifiers <= 1;
            boolean designation = DESIGNATION.matcher(token.group()).matches(); // M1989, 170mm, KN-23
            boolean joined = (word.equals("and") || word.equals("or")) && DESIGNATION.matcher(previous).matches();
            if (punctuation || (STOP.contains(word) && !allowedOf && !joined) || ++modifiers > MAX_MODIFIERS
                    || (Character.isDigit(word.charAt(0)) && !designation)) {
                return Optional.empty();
            }
            previous = token.group();
        }
        return Optional.empty();
    }

    /** What a "by the numbers" list puts between its figure and the noun: "352 That is how many rhinos", "It is the number of". */
    private static final Pattern HOW_MANY = Pattern.compile("(?i)[\\s\\u00A0]+(?:that|this|it)(?:['’]s|[\\s\\u00A0]+(?:is|was))[\\s\\u00A0]+"
            + "(?:how[\\s\\u00A0]+many|how[\\s\\u00A0]+much|the[\\s\\u00A0]+number[\\s\\u00A0]+of)[\\s\\u00A0]+");

    /** A statistical interval in brackets: "(95% CI 21,800–28,900)", "(95% confidence interval: 14,300 to 19,600)". */
    private static final Pattern INTERVAL_BRACKET = Pattern.compile("[\\s\\u00A0]*\\([^()]{0,20}?" + FigureFinder.INTERVAL
            + "(?![\\p{L}])[^()]{0,50}\\)");

    /**
     * A capitalised noun used as an adjective gives way to the head noun after it: in "37 Chinese
     * companies" or "nine Chinese mainland and Hong Kong entities" the count is of companies and
     * entities, not of Chinese people. The head is looked for over a few words, up to a stop word.
     */
    private Match headNoun(String sentence, Match noun) {
        if (!Character.isUpperCase(sentence.charAt(noun.nounStart()))) {
            return noun;
        }
        Matcher token = TOKEN.matcher(sentence);
        token.region(noun.nounEnd(), sentence.length());
        int words = 0;
        while (token.find() && ++words <= MAX_MODIFIERS) {
            String word = token.group().toLowerCase(Locale.ROOT);
            if (!Character.isLetter(word.charAt(0)) || STOP.contains(word) && !word.equals("and")) {
                return noun;
            }
            Optional<Match> head = nounAt(sentence, token.start());
            if (head.isPresent()) {
                return head.get();
            }
        }
        return noun;
    }

    /**
     * A part of what the figure before counted ("5,347 aircraft …, of which 3,702 entered the air defence
     * identification zone"): that count, of the kind its own words give, else of the whole's kind.
     */
    Match partOf(String sentence, Figure figure, Match whole) {
        MetricSpec spec = this.byName.get(whole.metric());
        String baseName = (spec != null && spec.from() != null) ? spec.from() : whole.metric();
        Match base = new Match(baseName, null, whole.unit(), figure.end(), figure.end(), whole.rule());
        Match refined = refine(sentence, figure, Clauses.clauseAt(sentence, figure.start()), base);
        return (refined == base) ? whole : refined;
    }

    /** " and injured 2,700": the verb of the next figure, coordinated with this one's. */
    private static final Pattern NEXT_FIGURES_VERB = Pattern.compile("(?i)[\\s\\u00A0]+and[\\s\\u00A0]+(?:(?:has|have|had)[\\s\\u00A0]+)?"
            + "\\p{Ll}+[\\s\\u00A0]+(?:about|some|around|nearly|almost|more[\\s\\u00A0]+than|at[\\s\\u00A0]+least|over|up[\\s\\u00A0]+to)?[\\s\\u00A0]*\\d");

    /** " and injured ", " and have wounded ": a second verb coordinated with the one before the last figure. */
    private static final Pattern AND_VERB = Pattern.compile("(?i)[\\s\\u00A0]+and[\\s\\u00A0]+(?:(?:has|have|had)[\\s\\u00A0]+)?(\\p{Ll}+)[\\s\\u00A0]+");

    /**
     * A figure without a noun after a verb coordinated with the last figure's: "has killed 3,600 people
     * and injured 5,017" counts what the last figure counted, of the kind its own verb gives (none
     * when the verb is no kind's cue: "sent 3,000 troops and lost 1,000" stays unread).
     *
     * @param from where the last figure's noun ends
     */
    Optional<Match> coordinated(String sentence, Figure figure, Match last, int from) {
        if (from > figure.start()) {
            return Optional.empty();
        }
        Matcher verb = AND_VERB.matcher(sentence).region(from, figure.start());
        if (!verb.matches()) {
            return Optional.empty();
        }
        MetricSpec spec = this.byName.get(last.metric());
        String baseName = (spec != null && spec.from() != null) ? spec.from() : last.metric();
        for (Derived candidate : this.derived) {
            if (!candidate.spec().from().equals(baseName)) {
                continue;
            }
            List<String> kinds = new ArrayList<>();
            for (Map.Entry<String, Cues> kind : candidate.kinds().entrySet()) {
                if (kind.getValue().in(verb.group(1))) {
                    kinds.add(kind.getKey());
                }
            }
            if (kinds.size() == 1) {
                return Optional.of(new Match(candidate.spec().name(), kinds.get(0), unit(candidate.spec(), last.unit()),
                        figure.end(), figure.end(), "coordinated:" + last.rule() + "+kind:" + kinds.get(0)));
            }
        }
        return Optional.empty();
    }

    /** "Of these,", "Among those" opening a sentence, up to its first figure (a hedge between). */
    private static final Pattern PART_FIRST = Pattern.compile("(?i)[\\s\\u00A0\"“]*(?:of|among)[\\s\\u00A0]+(?:these|those|them)[\\s\\u00A0]*,?"
            + "[\\s\\u00A0]*(?:(?:about|around|some|nearly|almost|roughly|more[\\s\\u00A0]+than|at[\\s\\u00A0]+least|over|only|just)[\\s\\u00A0]+)?");

    /** Whether the sentence opens with "Of these," right before the figure, which has no noun of its own. */
    private static boolean opensWithPart(String sentence, Figure figure) {
        return figure.start() < 40 && PART_FIRST.matcher(sentence.substring(0, figure.start())).matches();
    }

    /** Whether "of them", "of whom" follows the figure: it counts what came before, not the noun after. */
    static boolean countsThem(String sentence, Figure figure) {
        return OF_THEM.matcher(sentence).region(figure.end(), sentence.length()).lookingAt();
    }

    /** "1,500 of them", "10 000 of whom": the noun is the one the sentence or the one before counted. */
    private static final Pattern DEMONSTRATIVE_END = Pattern.compile("(?s).*\\b(?:these|those)$");

    Optional<Match> anaphora(String sentence, Figure figure, String before) {
        Matcher of = OF_THEM.matcher(sentence);
        of.region(figure.end(), sentence.length());
        boolean opened = !of.lookingAt();
        if (opened && !opensWithPart(sentence, figure)) {
            return Optional.empty();
        }
        Matcher token = TOKEN.matcher(sentence);
        if (opened) {
            token.region(figure.end(), figure.end()); // "Of these, 2,604 crossed …": what the sentence before counted
        }
        else {
            // up to the next figure, whose noun is its own: "41 of them linked to dairy cattle and 24 to poultry"
            token.region(of.end(), nextDigit(sentence, of.end(), Math.min(sentence.length(), of.end() + 60)));
        }
        // "of them children" names a part of what was counted; "of those cases" names what was counted
        boolean partFollows = !opened && !DEMONSTRATIVE_END.matcher(of.group().toLowerCase(java.util.Locale.ROOT)).matches();
        while (token.find()) {
            Optional<Match> noun = nounAt(sentence, token.start());
            boolean subset = partFollows && noun.isPresent(); // "three of them children": who they were, not what was counted
            partFollows = false;
            if (noun.isPresent() && !afterPossessive(sentence, token.start()) && !subset) {
                // "several hundred of them have been killed"; not "40 of them deserted their units"
                // what the sentence says of them may give the kind: "11 of those tankers were already under sanctions"
                return noun.map((m) -> refine(sentence, figure, Clauses.clauseAt(sentence, figure.start()), relabel(m, "noun-later")));
            }
        }
        String earlier = before + " " + sentence.substring(0, figure.start());
        Match last = null;
        Matcher back = TOKEN.matcher(earlier);
        while (back.find()) {
            Optional<Match> noun = nounAt(earlier, back.start());
            if (noun.isPresent()) {
                last = noun.get();
            }
        }
        // what the sentence says of them may make it a derived metric: "40 of them deserted"; else
        // they are of the kind counted before ("26 people had been killed …, three of them children")
        return Optional.ofNullable(last).map((m) -> {
            Match refined = refine(sentence, figure, Clauses.clauseAt(sentence, figure.start()),
                    new Match(m.metric(), null, m.unit(), figure.end(), figure.end(),
                            "anaphora:" + m.rule().substring(m.rule().indexOf(':') + 1)));
            String kind = (refined.kind() == null) ? kindIn(refined.metric(), earlier.substring(m.nounStart())) : null;
            return (kind == null) ? refined : new Match(refined.metric(), kind, refined.unit(), refined.nounStart(),
                    refined.nounEnd(), refined.rule() + "+kind:" + kind);
        });
    }

    /** Where the first digit at or after {@code from} is, or {@code to} when there is none before it. */
    private static int nextDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return i;
            }
        }
        return to;
    }

    private static final Tails POSSESSIVES = Tails.atWordStart(List.of("their", "its", "his", "her", "our", "my", "your"));

    /** Whether a possessive stands right before the word: "their units" is what they left, not who they are. */
    private static boolean afterPossessive(String sentence, int wordStart) {
        int end = Tails.spaceBefore(sentence, wordStart);
        return end < wordStart && POSSESSIVES.longest(sentence, end) >= 0;
    }

    private static Match relabel(Match match, String rule) {
        return new Match(match.metric(), match.kind(), match.unit(), match.nounStart(), match.nounEnd(),
                rule + match.rule().substring(match.rule().indexOf(':')));
    }

    /** The template noun that starts at {@code start}, if any (the last word may take s or es). */
    private Optional<Match> nounAt(String sentence, int start) {
        int wordEnd = wordEnd(sentence, start);
        if (wordEnd < 0) {
            return Optional.empty();
        }
        List<Noun> candidates = this.nouns.get(sentence.substring(start, wordEnd).toLowerCase(Locale.ROOT));
        if (candidates == null) {
            return Optional.empty();
        }
        for (Noun noun : candidates) {
            int end = matchWords(sentence, start, noun.words());
            if (end > 0) {
                String text = SPACE_RUN.matcher(sentence.substring(start, end).toLowerCase(Locale.ROOT)).replaceAll(" ");
                return Optional.of(new Match(noun.spec().name(), null, unit(noun.spec(), text), start, end,
                        "noun-after:" + text));
            }
        }
        return Optional.empty();
    }

    /** Where the noun's words end when they follow each other from {@code start}, else -1. */
    private static int matchWords(String sentence, int start, String[] words) {
        int position = start;
        for (int i = 0; i < words.length; i++) {
            while (i > 0 && position < sentence.length() && Character.isWhitespace(sentence.charAt(position))
                    || i > 0 && position < sentence.length() && sentence.charAt(position) == '\u00A0') {
                position++;
            }
            int wordEnd = wordEnd(sentence, position);
            if (wordEnd < 0) {
                return -1;
            }
            String found = sentence.substring(position, wordEnd).toLowerCase(Locale.ROOT);
            boolean last = i == words.length - 1;
            boolean plural = last && !words[i].endsWith("s") && !INVARIABLE.contains(words[i]);
            boolean same = found.equals(words[i]) || plural && (found.equals(words[i] + "s") || found.equals(words[i] + "es"));
            if (!same) {
                return -1;
            }
            position = wordEnd;
        }
        return position;
    }

    /** The end of the word (a letter, then letters, apostrophes and hyphens) at {@code start}; -1 if none. */
    private static int wordEnd(String sentence, int start) {
        if (start >= sentence.length() || !Character.isLetter(sentence.charAt(start))) {
            return -1;
        }
        int end = start + 1;
        while (end < sentence.length()) {
            char c = sentence.charAt(end);
            if (!Character.isLetter(c) && c != '\'' && c != '’' && c != '-') {
                break;
            }
            end++;
        }
        return end;
    }

    /**
     * "the number of troops … reached 11,000", "casualties stood at about 4,700", "troops numbering
     * 10,000", "which brings the total to 15,000": a noun shortly before the figure, linked to it.
     */
    private Optional<Match> nounBefore(String sentence, Figure figure, Span clause) {
        String unquoted = withoutOpeningQuote(sentence.substring(0, figure.start()));
        boolean quoted = unquoted.length() < figure.start(); // casualties "in excess of 8,000": the quoted figure of the noun
        String hedged = withoutHedge(unquoted);
        int from = clause.start();
        boolean total = totalled(hedged, 40);
        if (total) {
            from = 0; // the total of what the sentence counted before
        }
        String before = sentence.substring(Math.min(from, hedged.length()), hedged.length());
        boolean linked = linked(before, 30) || total || quoted
                || VERB_FIGURE.matcher(sentence).region(figure.start(), sentence.length()).lookingAt();
        boolean numberOf = before.toLowerCase(Locale.ROOT).contains("number of");
        if (!linked && !numberOf) {
            return Optional.empty();
        }
        // the last noun, or the first after "number of": what is counted ("the number of people who
        // have reached Britain by small boat … to 14,812"); a noun inside a longer one is not read
        // again ("people per boat" is not "boat")
        int numberAt = numberOf ? before.toLowerCase(Locale.ROOT).lastIndexOf("number of") : -1;
        Match last = null;
        Match counted = null;
        Matcher token = TOKEN.matcher(before);
        while (token.find()) {
            if (last != null && from + token.start() < last.nounEnd()) {
                continue;
            }
            Optional<Match> noun = nounAt(sentence, from + token.start());
            if (noun.isPresent()) {
                // a noun right after the counted one is its head ("number of Chinese firms")
                boolean head = counted != null && counted == last
                        && sentence.substring(last.nounEnd(), noun.get().nounStart()).isBlank();
                last = noun.get();
                if ((counted == null && numberAt >= 0 && token.start() > numberAt) || head) {
                    counted = last;
                }
            }
        }
        Match found = (counted != null) ? counted : last;
        int between = (found == null) ? 0 : words(sentence.substring(found.nounEnd(), hedged.length()));
        boolean quotedApart = quoted && !total && !numberOf && !linked(before, 30) && between > 0;
        if (found == null || (!total && !numberOf && between > 9) || quotedApart) {
            return Optional.empty();
        }
        return Optional.of(new Match(found.metric(), null, found.unit(), found.nounStart(), found.nounEnd(),
                found.rule().replace("noun-after", total ? "total-of" : "noun-before")));
    }

    private static final Tails TRAILING_HEDGE = Tails.anywhere(List.of("about", "around", "some", "roughly", "nearly",
            "almost", "more than", "over", "at least", "up to", "an estimated", "approximately"));

    /** The text without the opening quotation mark (and the space before it) that ends it, if one does. */
    private static String withoutOpeningQuote(String before) {
        int end = before.length();
        if (end > 0 && "\"“‘'«".indexOf(before.charAt(end - 1)) >= 0) {
            end--;
            while (end > 0 && Character.isWhitespace(before.charAt(end - 1))) {
                end--;
            }
            return before.substring(0, end) + " ";
        }
        return before;
    }

    /** The text without a hedge that ends it within its last 20 characters. */
    private static String withoutHedge(String before) {
        int from = Math.max(0, before.length() - 20);
        int end = Tails.spaceBefore(before, before.length());
        int hedge = TRAILING_HEDGE.longest(before, from, end);
        return (hedge >= 0) ? before.substring(0, end - TRAILING_HEDGE.phrase(hedge).length()) : before;
    }

    /** "numbering ", "stood at ", "of ": within the last {@code window} characters, a word that links a noun to the figure. */
    private static boolean linked(String text, int window) {
        int end = Tails.spaceBefore(text, text.length());
        return LINK_BEFORE.longest(text, Math.max(0, text.length() - window), end) >= 0;
    }

    /** "a total of ", "in all between ": within the last {@code window} characters, a total. */
    private static boolean totalled(String text, int window) {
        int from = Math.max(0, text.length() - window);
        int end = Tails.spaceBefore(text, text.length());
        if (end == text.length()) {
            return false;
        }
        if (Tails.endsWith(text, end, "between")) {
            int between = Tails.spaceBefore(text, end - "between".length());
            if (between < end - "between".length() && TOTAL_BEFORE.longest(text, from, between) >= 0) {
                return true;
            }
        }
        return TOTAL_BEFORE.longest(text, from, end) >= 0;
    }

    private static int words(String text) {
        String trimmed = text.trim();
        return trimmed.isEmpty() ? 0 : SPACE_RUN.split(trimmed).length;
    }

    /** A part of a group and what the part is: "Roughly 4,000 of this year's arrivals are military construction troops". */
    private static final Pattern PARTITIVE_PREDICATE = Pattern.compile(
            "[\\s\\u00A0]+of[\\s\\u00A0]+(?:[\\p{L}'’-]+[\\s\\u00A0]+){1,5}?(?:are|were)[\\s\\u00A0]+(?:now[\\s\\u00A0]+|all[\\s\\u00A0]+)?");

    /** The noun a part of a group is said to be, within four words after "are" or "were". */
    private Optional<Match> predicate(String sentence, Figure figure) {
        Matcher partitive = PARTITIVE_PREDICATE.matcher(sentence).region(figure.nounFrom(), sentence.length());
        if (!partitive.lookingAt()) {
            return Optional.empty();
        }
        Matcher token = TOKEN.matcher(sentence);
        token.region(partitive.end(), sentence.length());
        for (int k = 0; k < 4 && token.find(); k++) {
            if (!Character.isLetter(sentence.charAt(token.start()))) {
                break;
            }
            Optional<Match> noun = nounAt(sentence, token.start());
            if (noun.isPresent()) {
                return noun.map((m) -> relabel(m, "predicate"));
            }
        }
        return Optional.empty();
    }

    private Optional<Match> elliptical(String sentence, Figure figure) {
        String after = sentence.substring(figure.nounFrom());
        for (Derived candidate : this.derived) {
            for (Map.Entry<String, Cues> kind : candidate.kinds().entrySet()) {
                Optional<Span> cue = kind.getValue().find(after);
                if (cue.isPresent() && AUXILIARIES.matcher(after.substring(0, cue.get().start())).matches()) {
                    MetricSpec from = this.byName.get(candidate.spec().from());
                    String unit = (from != null) ? unit(from, from.name()) : candidate.spec().unit();
                    return Optional.of(new Match(candidate.spec().name(), kind.getKey(), unit, figure.end(),
                            figure.end(), "elliptical:" + cue.get().text().toLowerCase(Locale.ROOT)));
                }
            }
        }
        return Optional.empty();
    }

    /** The one kind of the metric whose cue the text holds ("killed in the attack on Ternopil"), else null. */
    private String kindIn(String metric, String text) {
        for (Derived candidate : this.derived) {
            if (!candidate.spec().name().equals(metric)) {
                continue;
            }
            List<String> kinds = new ArrayList<>();
            for (Map.Entry<String, Cues> kind : candidate.kinds().entrySet()) {
                if (cueOutsideNames(kind.getValue(), text)) {
                    kinds.add(kind.getKey());
                }
            }
            return (kinds.size() == 1) ? kinds.get(0) : null;
        }
        return null;
    }

    /**
     * A derived metric takes over when its cue is near: "soldiers … killed" is casualties. When the
     * cues of two metrics derived from the same one are near, the first in the template does, unless
     * each of its cues lies inside a longer cue of the other: "200 people have died of hunger" is
     * deaths ("died of hunger"), not hunger ("hunger").
     */
    private Match refine(String sentence, Figure figure, Span clause, Match base) {
        String window = null; // made only when a derived metric can take the count over
        Match best = null;
        Derived bestDerived = null;
        List<Span> bestCues = null;
        for (Derived candidate : this.derived) {
            boolean fromBase = candidate.spec().from().equals(base.metric());
            boolean itself = candidate.spec().name().equals(base.metric());
            if (!fromBase && !itself) {
                continue;
            }
            if (window == null) {
                // a sum's purpose may come after an infinitive, which ends a count's window: "paid $41.3
                // million to dairy producers to compensate them for lost milk" is compensation
                window = figure.isMoney() ? clause.text() : window(sentence, figure, clause, base);
            }
            List<String> kinds = new ArrayList<>();
            for (Map.Entry<String, Cues> kind : candidate.kinds().entrySet()) {
                if (cueOutsideNames(kind.getValue(), window)) {
                    kinds.add(kind.getKey());
                }
            }
            if (kinds.isEmpty() && !itself) {
                continue;
            }
            String kind = kinds.isEmpty() ? null : (kinds.size() == 1) ? kinds.get(0) : candidate.spec().name();
            String unit = itself ? base.unit() : unit(candidate.spec(), base.unit());
            Match match = new Match(candidate.spec().name(), kind, unit, base.nounStart(), base.nounEnd(),
                    base.rule() + (kinds.isEmpty() ? "" : "+kind:" + String.join("+", kinds)));
            if (itself) {
                return match;
            }
            if (best == null) {
                best = match;
                bestDerived = candidate;
                continue;
            }
            // a second metric's cue is near too (rare): the spans of the cues decide
            if (bestCues == null) {
                bestCues = cuesOutsideNames(bestDerived.anyKind(), window);
            }
            List<Span> cues = cuesOutsideNames(candidate.anyKind(), window);
            if (within(bestCues, cues)) {
                best = match;
                bestCues = cues;
            }
        }
        return (best == null) ? base : best;
    }

    /** The cues in the text other than as words of a name. */
    private static List<Span> cuesOutsideNames(Cues cues, String text) {
        List<Span> found = new ArrayList<>();
        for (Span cue : cues.findAll(text)) {
            if (!insideName(text, cue)) {
                found.add(cue);
            }
        }
        return found;
    }

    /** Whether each of the cues lies inside a longer one of the others. */
    private static boolean within(List<Span> cues, List<Span> others) {
        for (Span cue : cues) {
            boolean inside = false;
            for (Span other : others) {
                inside |= other.start() <= cue.start() && cue.end() <= other.end() && other.end() - other.start() > cue.end() - cue.start();
            }
            if (!inside) {
                return false;
            }
        }
        return !cues.isEmpty();
    }

    /**
     * Whether one of the cues is in the text other than as a word of a name: "List" in "Lloyd's List
     * Intelligence estimates that about 600 tankers …" does not make the tankers listed.
     */
    static boolean cueOutsideNames(Cues cues, String text) {
        if (!cues.in(text)) {
            return false;
        }
        for (Span cue : cues.findAll(text)) {
            if (!insideName(text, cue)) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised cue with a capitalised word right before or after it, across spaces only. */
    private static boolean insideName(String text, Span cue) {
        if (!Character.isUpperCase(text.charAt(cue.start()))) {
            return false;
        }
        int before = cue.start();
        while (before > 0 && text.charAt(before - 1) == ' ') {
            before--;
        }
        int wordStart = before;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '\'')
                || wordStart > 0 && text.charAt(wordStart - 1) == '’') {
            wordStart--;
        }
        if (before < cue.start() && wordStart < before && Character.isUpperCase(text.charAt(wordStart))) {
            return true;
        }
        int after = cue.end();
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return after > cue.end() && after < text.length() && Character.isUpperCase(text.charAt(after));
    }

    /** The words that can turn a count into a derived metric: its clause, cut after the noun. */
    private static String window(String sentence, Figure figure, Span clause, Match base) {
        String before = afterOtherFigure(sentence.substring(Math.max(clause.start(), Clauses.segmentAt(sentence, figure.start()).start()),
                figure.start()));
        int phraseEnd = Math.max(figure.end(), base.nounEnd()); // the noun may come before the figure
        String after = sentence.substring(phraseEnd, Math.max(phraseEnd, clause.end()));
        Matcher infinitive = WINDOW_END.matcher(after);
        if (WordStarts.find(infinitive, after, 0, after.length(), WINDOW_END_FIRST, true)) {
            after = after.substring(0, infinitive.start()); // "… drones before production began" is not production
        }
        String trimmed = after.trim();
        // a relative clause between the noun and its verb gets a few more words: "16 Sri Lankans who
        // joined the Russian army had been confirmed killed"
        int limit = (RELATIVE.matcher(trimmed).lookingAt() ? 12 : 8) + asideWords(trimmed);
        if (spaces(trimmed) >= limit) { // fewer spaces cannot part more than the limit's words
            String[] words = SPACE_RUN.split(trimmed);
            if (words.length > limit) {
                after = String.join(" ", java.util.Arrays.copyOf(words, limit));
            }
        }
        after = beforeSubset(after); // "30 human cases, 13 of whom have died": the dead are the 13
        Matcher nextVerb = NEXT_FIGURES_VERB.matcher(after);
        if (after.indexOf(" and ") >= 0 && nextVerb.find()) {
            after = after.substring(0, nextVerb.start()); // "killed 300 soldiers and injured 2,700": the 2,700 were injured
        }
        after = withoutOtherFigures(after); // "3,847 cases and six deaths": "deaths" is the next figure's noun
        return before + " " + sentence.substring(figure.start(), phraseEnd) + " " + after;
    }

    /** A coordinator after another figure: what follows it is this figure's own verb phrase. */
    private static final Pattern COORDINATOR = Pattern.compile("[\\s\\u00A0]+(?:and|or|but)[\\s\\u00A0]+");

    /**
     * The words before a figure from the coordinator after another figure on: "found 20 bodies and rescued 60": the
     * bodies are the 20's, the 60 were rescued. Without another figure before, all of it.
     */
    static String afterOtherFigure(String before) {
        int digit = -1;
        for (int i = before.length() - 1; i >= 0; i--) {
            if (Character.isDigit(before.charAt(i))) {
                digit = i;
                break;
            }
        }
        if (digit < 0) {
            return before;
        }
        Matcher coordinator = COORDINATOR.matcher(before);
        int from = -1;
        int at = -1;
        coordinator.region(digit + 1, before.length());
        while (coordinator.find()) {
            from = coordinator.end();
            at = coordinator.start();
        }
        if (from < 0 || !OWN_NOUN.matcher(before).region(digit + 1, at).lookingAt() || isYear(before, digit)) {
            return before; // "on Dec. 9 and that it held 19.4 million records": a date, not a figure with its noun
        }
        // "seized 1,184 firearms and some 212,000 rounds": the verb before both is the 212,000's too
        return ONLY_HEDGES.matcher(before).region(from, before.length()).matches() ? before : before.substring(from);
    }

    /** A figure's noun right after it: "20 bodies", "1.5 million euros". */
    private static final Pattern OWN_NOUN = Pattern.compile("[%]?[\\s\\u00A0]+\\p{L}");

    /** Whether the digits ending at {@code last} are a year ("in 2024"). */
    private static boolean isYear(String text, int last) {
        int first = last;
        while (first > 0 && Character.isDigit(text.charAt(first - 1))) {
            first--;
        }
        boolean alone = first == 0 || !(Character.isDigit(text.charAt(first - 1)) || text.charAt(first - 1) == ',' || text.charAt(first - 1) == '.');
        return alone && last - first == 3 && (text.startsWith("19", first) || text.startsWith("20", first));
    }

    /** Words that only hedge or introduce a figure: "some", "about", "a further", "more than". */
    private static final Pattern ONLY_HEDGES = Pattern.compile("(?i)(?:(?:some|about|around|roughly|nearly|almost|approximately|over|under"
            + "|more|less|fewer|than|at|least|most|up|to|another|further|additional|estimated|a|an|the|just|only|still)[\\s\\u00A0]+)*");

    /** How many words an apposition may have: "…, about half of Sudan's population, …". */
    private static final int ASIDE_WORDS = 6;

    /**
     * The words of a short aside without figures right after the noun, with its opening comma, which
     * the window passes to reach the noun's verb: "Nearly 25 million people, about half of Sudan's
     * population, face acute hunger". 0 when the text opens with none.
     */
    private static int asideWords(String after) {
        if (!after.startsWith(",")) {
            return 0;
        }
        int close = after.indexOf(',', 1);
        if (close < 0) {
            return 0;
        }
        String aside = after.substring(1, close).trim();
        int words = aside.isEmpty() ? 0 : spaces(aside) + 1;
        for (int i = 0; i < aside.length(); i++) {
            if (Character.isDigit(aside.charAt(i))) {
                return 0;
            }
        }
        return (words <= ASIDE_WORDS) ? words + 1 : 0;
    }

    /** The text up to a later figure that counts a part of this one ("13 of whom", "three of them"). */
    private static String beforeSubset(String after) {
        if (after.indexOf(" of ") < 0) {
            return after;
        }
        Matcher of = OF_THEM.matcher(after);
        while (of.find()) {
            int wordStart = of.start();
            while (wordStart > 0 && (Character.isLetterOrDigit(after.charAt(wordStart - 1)) || after.charAt(wordStart - 1) == ','
                    || after.charAt(wordStart - 1) == '.')) {
                wordStart--;
            }
            if (wordStart < of.start() && isFigureWord(after.substring(wordStart, of.start()))) {
                return after.substring(0, wordStart);
            }
        }
        return after;
    }

    /** Words after which a figure is where the counted things are, not a count beside them: "passed through 43 camps". */
    private static final Set<String> PLACE_WORDS = Set.of("through", "in", "at", "into", "from", "across", "to", "of",
            "between", "among", "under", "within");

    /**
     * The text without the other figures it holds and the two words after each, their nouns ("and six
     * deaths", "and 24 Malian soldiers were killed" keeps "were killed"), unless a preposition puts
     * the figure as a place ("passed through 43 camps"). A figure is digits or a number word other
     * than "one".
     */
    /** Whether a number ending at {@code end} is a percentage ("60%", "20 percent"): a kind's cue, not another count. */
    private static boolean isPercentage(String text, int end) {
        int next = end;
        while (next < text.length() && Tails.isSpace(text.charAt(next))) {
            next++;
        }
        return text.startsWith("%", next) || text.regionMatches(true, next, "percent", 0, 7)
                || text.regionMatches(true, next, "per cent", 0, 8);
    }

    static String withoutOtherFigures(String text) {
        StringBuilder kept = null;
        int copied = 0;
        int i = 0;
        int n = text.length();
        String previous = "";
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == ',' && i + 1 < n
                    && Character.isDigit(text.charAt(i + 1)) || text.charAt(i) == '.' && i + 1 < n
                    && Character.isDigit(text.charAt(i + 1)))) {
                i++;
            }
            if (start == i) {
                break;
            }
            String word = text.substring(start, i);
            if (isFigureWord(word) && !PLACE_WORDS.contains(previous) && !isPercentage(text, i)) {
                int end = i;
                // the figure's own words: two, besides a partitive's "of the" ("287 of the confirmed deaths")
                for (int w = 0, words = 0; w < 2 && end < n && words < 5; w++, words++) {
                    int next = end;
                    while (next < n && Tails.isSpace(text.charAt(next))) {
                        next++;
                    }
                    int wordEnd = next;
                    while (wordEnd < n && (Character.isLetterOrDigit(text.charAt(wordEnd)) || text.charAt(wordEnd) == '-')) {
                        wordEnd++;
                    }
                    if (wordEnd == next) {
                        break; // punctuation ends the figure's phrase
                    }
                    if (isPartitiveWord(text, next, wordEnd)) {
                        w--;
                    }
                    end = wordEnd;
                }
                kept = (kept == null) ? new StringBuilder(n) : kept;
                kept.append(text, copied, start);
                copied = end;
                i = end;
                previous = "";
                continue;
            }
            previous = word.toLowerCase(Locale.ROOT);
        }
        if (kept == null) {
            return text;
        }
        return kept.append(text, copied, n).toString();
    }

    /** Whether the word at {@code [start, end)} is one of a partitive's between a figure and its noun: "of the", "of all". */
    private static boolean isPartitiveWord(String text, int start, int end) {
        int length = end - start;
        return length == 2 && text.regionMatches(true, start, "of", 0, 2)
                || length == 3 && (text.regionMatches(true, start, "the", 0, 3) || text.regionMatches(true, start, "all", 0, 3));
    }

    private static boolean isFigureWord(String word) {
        char first = word.charAt(0);
        if (Character.isDigit(first)) {
            return true;
        }
        if (!NumberWords.mayStart(first) || !NumberWords.mayBe(first, word.length())) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return !lower.equals("one") && !lower.equals("zero") && NumberWords.isNumberWord(lower);
    }

    /** How many characters of the text are white space ({@code [\s\u00A0]}). */
    private static int spaces(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Tails.isSpace(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    private static String unit(MetricSpec spec, String noun) {
        if (!"noun".equals(spec.unit())) {
            return spec.unit();
        }
        String plural = noun.endsWith("s") ? noun : noun + "s";
        return plural.substring(plural.lastIndexOf(' ') + 1);
    }
}
