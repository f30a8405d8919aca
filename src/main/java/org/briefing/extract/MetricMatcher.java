package org.briefing.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.briefing.template.MetricSpec;
import org.briefing.template.Template;
import org.briefing.text.Cues;
import org.briefing.text.Span;

/**
 * Decides what a figure counts, from the template's metrics. A figure counts a metric when one of
 * its nouns follows within a few modifiers ("11,000 North Korean infantry troops"), or precedes it
 * in "the number of troops … reached 11,000" or "troops numbering 11,000". A derived metric
 * ({@code from}) takes over when one of its kind cues is in the figure's clause ("18 soldiers who
 * deserted" is deserters) or follows the bare figure ("300 were killed"). Money needs a money
 * metric's cue in the clause. Thread-safe.
 */
final class MetricMatcher {

    record Match(String metric, String kind, String unit, int nounStart, int nounEnd, String rule) {
    }

    private static final int MAX_MODIFIERS = 5;

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*|[^\\s\\u00A0]");

    private static final java.util.Set<String> STOP = java.util.Set.of("to", "in", "at", "on", "for", "from", "by",
            "with", "into", "onto", "across", "near", "who", "which", "that", "whose", "were", "was", "are", "is", "be",
            "been", "being", "have", "has", "had", "will", "would", "could", "should", "may", "might", "can", "must",
            "did", "do", "does", "and", "or", "but", "while", "as", "than", "aged", "per", "a", "an", "since", "after",
            "before", "during", "if", "when", "where", "because", "so", "year", "years", "days", "months", "weeks");

    private static final Pattern LINK_BEFORE = Pattern
        .compile("(?i)(numbering|totall?ing|numbered|estimated at|put at|number of)[\\s\\u00A0]*$");

    private static final Pattern AUXILIARIES = Pattern.compile(
            "(?i)^[\\s\\u00A0]*(?:(?:were|was|have|has|had|are|is|been|reportedly|already|also|all|now|later|since)[\\s\\u00A0]+){0,3}$");

    private record Derived(MetricSpec spec, Map<String, Cues> kinds, Cues anyKind) {
    }

    private final List<Map.Entry<Pattern, MetricSpec>> nouns = new ArrayList<>();

    private final List<MetricSpec> money = new ArrayList<>();

    private final Map<String, Cues> moneyCues = new LinkedHashMap<>();

    private final List<Derived> derived = new ArrayList<>();

    private final Map<String, MetricSpec> byName = new LinkedHashMap<>();

    MetricMatcher(Template template) {
        List<Map.Entry<String, MetricSpec>> all = new ArrayList<>();
        for (MetricSpec spec : template.metrics()) {
            this.byName.put(spec.name(), spec);
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
        all.sort(Comparator.comparingInt((Map.Entry<String, MetricSpec> e) -> e.getKey().length()).reversed());
        for (Map.Entry<String, MetricSpec> entry : all) {
            this.nouns.add(Map.entry(nounPattern(entry.getKey()), entry.getValue()));
        }
    }

    private static Pattern nounPattern(String noun) {
        String words = String.join("[\\s\\u00A0]+", java.util.Arrays.stream(noun.trim().split("\\s+"))
            .map(Pattern::quote)
            .toList());
        return Pattern.compile(words + "(?:s|es)?(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    Optional<Match> match(String sentence, Figure figure) {
        Span clause = Clauses.clauseAt(sentence, figure.start());
        if (figure.isMoney()) {
            return moneyMetric(clause.text(), figure);
        }
        Optional<Match> base = nounAfter(sentence, figure).or(() -> nounBefore(sentence, figure, clause));
        if (base.isEmpty()) {
            return elliptical(sentence, figure);
        }
        return Optional.of(refine(sentence, figure, clause, base.get()));
    }

    private Optional<Match> moneyMetric(String clause, Figure figure) {
        for (MetricSpec spec : this.money) {
            if (this.moneyCues.get(spec.name()).in(clause)) {
                return Optional.of(new Match(spec.name(), null, figure.currency(), figure.end(), figure.end(),
                        "money+cue"));
            }
        }
        return Optional.empty();
    }

    private Optional<Match> nounAfter(String sentence, Figure figure) {
        Matcher token = TOKEN.matcher(sentence);
        token.region(figure.nounFrom(), sentence.length());
        int modifiers = 0;
        while (token.find()) {
            Optional<Match> noun = nounAt(sentence, token.start());
            if (noun.isPresent()) {
                return noun;
            }
            String word = token.group().toLowerCase(Locale.ROOT);
            boolean punctuation = !Character.isLetterOrDigit(word.charAt(0));
            boolean allowedOf = word.equals("of") && modifiers <= 1;
            if (punctuation || (STOP.contains(word) && !allowedOf) || ++modifiers > MAX_MODIFIERS
                    || Character.isDigit(word.charAt(0))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private Optional<Match> nounAt(String sentence, int start) {
        for (Map.Entry<Pattern, MetricSpec> entry : this.nouns) {
            Matcher matcher = entry.getKey().matcher(sentence);
            matcher.region(start, sentence.length());
            if (matcher.lookingAt()) {
                MetricSpec spec = entry.getValue();
                String noun = matcher.group().toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0]+", " ");
                return Optional.of(new Match(spec.name(), null, unit(spec, noun), matcher.start(), matcher.end(),
                        "noun-after:" + noun));
            }
        }
        return Optional.empty();
    }

    private Optional<Match> nounBefore(String sentence, Figure figure, Span clause) {
        String before = sentence.substring(clause.start(), figure.start());
        Matcher link = LINK_BEFORE.matcher(before);
        boolean numberOf = before.toLowerCase(Locale.ROOT).contains("number of");
        if (!link.find() && !numberOf) {
            return Optional.empty();
        }
        Match last = null;
        Matcher token = TOKEN.matcher(before);
        while (token.find()) {
            Optional<Match> noun = nounAt(sentence, clause.start() + token.start());
            if (noun.isPresent()) {
                last = noun.get();
            }
        }
        return Optional.ofNullable(last)
            .map((m) -> new Match(m.metric(), null, m.unit(), m.nounStart(), m.nounEnd(),
                    m.rule().replace("noun-after", "noun-before")));
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

    /** A derived metric takes over when its cue is near: "soldiers … killed" is casualties. */
    private Match refine(String sentence, Figure figure, Span clause, Match base) {
        String window = window(sentence, figure, clause, base);
        for (Derived candidate : this.derived) {
            boolean fromBase = candidate.spec().from().equals(base.metric());
            boolean itself = candidate.spec().name().equals(base.metric());
            if (!fromBase && !itself) {
                continue;
            }
            List<String> kinds = new ArrayList<>();
            candidate.kinds().forEach((kind, cues) -> {
                if (cues.in(window)) {
                    kinds.add(kind);
                }
            });
            if (kinds.isEmpty() && !itself) {
                continue;
            }
            String kind = kinds.isEmpty() ? null : (kinds.size() == 1) ? kinds.get(0) : candidate.spec().name();
            String unit = itself ? base.unit() : unit(candidate.spec(), base.unit());
            return new Match(candidate.spec().name(), kind, unit, base.nounStart(), base.nounEnd(),
                    base.rule() + (kinds.isEmpty() ? "" : "+kind:" + String.join("+", kinds)));
        }
        return base;
    }

    /** The words that can turn a count into a derived metric: its clause, cut after the noun. */
    private static String window(String sentence, Figure figure, Span clause, Match base) {
        String before = sentence.substring(Math.max(clause.start(), Clauses.segmentAt(sentence, figure.start()).start()),
                figure.start());
        String after = sentence.substring(base.nounEnd(), clause.end());
        Matcher infinitive = Pattern.compile("(?i)\\bto\\s+(?!have\\b|be\\b|been\\b)\\p{L}+").matcher(after);
        if (infinitive.find()) {
            after = after.substring(0, infinitive.start());
        }
        String[] words = after.trim().split("[\\s\\u00A0]+");
        if (words.length > 8) {
            after = String.join(" ", java.util.Arrays.copyOf(words, 8));
        }
        return before + " " + sentence.substring(figure.start(), base.nounEnd()) + " " + after;
    }

    private static String unit(MetricSpec spec, String noun) {
        if (!"noun".equals(spec.unit())) {
            return spec.unit();
        }
        String plural = noun.endsWith("s") ? noun : noun + "s";
        return plural.substring(plural.lastIndexOf(' ') + 1);
    }
}
