package org.briefing.template;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.briefing.domain.Source;

/**
 * Looks sources up by any of their names. Matching ignores case, accents, punctuation, a middle initial and a
 * leading "the"; {@link #find(String)} also finds a source named inside a longer phrase ("Kyiv's
 * Defense Intelligence Directorate"), preferring the longest name that matches.
 */
public final class SourceRegistry {

    /** Names resolved so far: every claim written resolves its source, and there are few distinct ones. */
    private static final int MEMO_LIMIT = 10_000;

    private final Map<String, Source> byKey = new LinkedHashMap<>();

    private final Map<String, Source> resolved = new ConcurrentHashMap<>();

    private final List<Map.Entry<String, Source>> longestFirst;

    public SourceRegistry(List<Source> sources) {
        for (Source source : sources) {
            this.byKey.putIfAbsent(key(source.name()), source);
            for (String alias : source.aliases()) {
                this.byKey.putIfAbsent(key(alias), source);
            }
        }
        this.longestFirst = new ArrayList<>(this.byKey.entrySet());
        this.longestFirst.sort(Comparator.comparingInt((Map.Entry<String, Source> e) -> e.getKey().length()).reversed());
    }

    /** Every source, once, in the template's order. */
    public List<Source> sources() {
        return this.byKey.values().stream().distinct().toList();
    }

    /** The source with exactly this name or alias. */
    public Optional<Source> lookup(String name) {
        return Optional.ofNullable(this.byKey.get(key(name)));
    }

    /** The source whose name or alias occurs in the phrase as whole words; the longest wins. */
    public Optional<Source> find(String phrase) {
        return findWhere(phrase, (name, source) -> true);
    }

    /** The source of the longest name or alias that occurs in the phrase as whole words and that {@code accept}s. */
    private Optional<Source> findWhere(String phrase, java.util.function.BiPredicate<String, Source> accept) {
        String padded = " " + key(phrase) + " ";
        for (Map.Entry<String, Source> entry : this.longestFirst) {
            if (padded.contains(" " + entry.getKey() + " ") && accept.test(entry.getKey(), entry.getValue())) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * The source an article's publisher is: its name or alias, or one named inside it ("Yonhap News
     * Agency", "Republic of Korea Ministry of National Defense"), except that a one-word name of a
     * source that is not an outlet does not make a longer name its own: "Seoul Policy Forum" is not
     * the Government of South Korea that "Seoul" stands for in "Seoul said".
     */
    public Optional<Source> findPublisher(String name) {
        return lookup(name).or(() -> findWhere(name,
                (alias, source) -> alias.indexOf(' ') >= 0 || isOutletKind(source.kind())));
    }

    /** Whether a source of this kind is a news outlet ({@code media} or {@code state-media}). */
    public static boolean isOutletKind(String kind) {
        return kind.equals("media") || kind.equals("state-media");
    }

    /** The registry entry for a name, or an unknown source kept by that name (reliability F). */
    public Source resolve(String name) {
        Source source = this.resolved.get(name);
        if (source == null) {
            source = lookup(name).or(() -> find(name)).orElseGet(() -> Source.unknown(name));
            if (this.resolved.size() < MEMO_LIMIT) {
                this.resolved.put(name, source);
            }
        }
        return source;
    }

    /**
     * The originating source a name stands for: a person counts with their organisation, an
     * unknown name stands for itself. Used to count independent sources and to compare
     * attributions.
     */
    public String originator(String name) {
        Source source = resolve(name);
        if (source.organisation() != null) {
            return lookup(source.organisation()).map(Source::name).orElse(source.organisation());
        }
        return source.name();
    }

    public boolean isKnown(String name) {
        return lookup(name).or(() -> find(name)).isPresent();
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    /** A middle initial between a given name and a family name: "Raymond T. Acosta". */
    private static final Pattern MIDDLE_INITIAL = Pattern.compile("(?<=\\p{L}\\p{L} )\\p{Lu}\\. (?=\\p{Lu}\\p{Ll})");

    private static final Pattern INITIAL = Pattern.compile("(?<![\\p{L}])(\\p{L})\\.(?=\\p{L}\\.)");

    private static final Pattern POSSESSIVE = Pattern.compile("'s\\b");

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * The normal form used for matching names: lower case, no accents, no punctuation, no "the",
     * British spellings of common institutional words made American ("Defence" matches "Defense").
     */
    public static String key(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        if (plain.indexOf(". ") > 0) {
            plain = MIDDLE_INITIAL.matcher(plain).replaceAll(""); // Raymond T. Acosta is Raymond Acosta
        }
        plain = INITIAL.matcher(plain).replaceAll("$1") // U.S. is US
            .toLowerCase(Locale.ROOT)
            .replace('’', '\'');
        plain = NOT_WORD.matcher(POSSESSIVE.matcher(plain).replaceAll("")).replaceAll(" ")
            .replace("defence", "defense")
            .replace("centre", "center")
            .replace("organisation", "organization")
            .replace("programme", "program")
            .trim();
        return plain.startsWith("the ") ? plain.substring(4) : plain;
    }
}
