package org.briefing.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled list of proper names (an actor and its aliases), matched as whole words with their
 * case as written, so that "US" does not match "us". A possessive or plural ending is allowed.
 */
public final class Names {

    private final Pattern pattern;

    private Names(Collection<String> names) {
        List<String> alternatives = new ArrayList<>();
        for (String name : names) {
            alternatives.add(Pattern.quote(name.replace('’', '\'')).replace("'", "['’]"));
        }
        alternatives.sort((a, b) -> Integer.compare(b.length(), a.length()));
        this.pattern = alternatives.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives)
                        + ")(?:['’]s)?(?![\\p{L}\\p{N}])");
    }

    public static Names of(Collection<String> names) {
        return new Names(names);
    }

    public boolean in(CharSequence text) {
        return this.pattern != null && this.pattern.matcher(text).find();
    }

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
