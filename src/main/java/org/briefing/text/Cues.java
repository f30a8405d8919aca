package org.briefing.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled list of cue words or phrases, matched as whole words, ignoring case. A cue ending in
 * {@code *} matches any ending ("deploy*" matches "deployed"); {@code |} separates alternatives;
 * white space inside a phrase matches any run of white space.
 */
public final class Cues {

    private static final Cues NONE = new Cues(List.of());

    private final Pattern pattern;

    private Cues(Collection<String> cues) {
        List<String> alternatives = new ArrayList<>();
        for (String cue : cues) {
            for (String alternative : cue.split("\\|")) {
                if (!alternative.isBlank()) {
                    alternatives.add(toRegex(alternative.trim()));
                }
            }
        }
        // longest first, so that "first cadre" wins over "first"
        alternatives.sort((a, b) -> Integer.compare(b.length(), a.length()));
        this.pattern = alternatives.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public static Cues of(Collection<String> cues) {
        return cues.isEmpty() ? NONE : new Cues(cues);
    }

    public static Cues of(String... cues) {
        return of(List.of(cues));
    }

    private static String toRegex(String cue) {
        boolean wildcard = cue.endsWith("*");
        String words = wildcard ? cue.substring(0, cue.length() - 1) : cue;
        StringBuilder regex = new StringBuilder();
        for (String word : words.split("\\s+")) {
            if (regex.length() > 0) {
                regex.append("[\\s\\u00A0]+");
            }
            regex.append(Pattern.quote(word.replace('’', '\'')).replace("'", "['’]"));
        }
        if (wildcard) {
            regex.append("[\\p{L}\\p{N}'-]*");
        }
        return regex.toString();
    }

    public boolean isEmpty() {
        return this.pattern == null;
    }

    /** Whether any cue occurs in the text. */
    public boolean in(CharSequence text) {
        return this.pattern != null && this.pattern.matcher(text).find();
    }

    /** The first cue occurrence in the text. */
    public Optional<Span> find(CharSequence text) {
        if (this.pattern == null) {
            return Optional.empty();
        }
        Matcher matcher = this.pattern.matcher(text);
        return matcher.find() ? Optional.of(new Span(matcher.start(), matcher.end(), matcher.group()))
                : Optional.empty();
    }

    /** Every cue occurrence in the text, in order. */
    public List<Span> findAll(CharSequence text) {
        List<Span> found = new ArrayList<>();
        if (this.pattern != null) {
            Matcher matcher = this.pattern.matcher(text);
            while (matcher.find()) {
                found.add(new Span(matcher.start(), matcher.end(), matcher.group()));
            }
        }
        return found;
    }
}
