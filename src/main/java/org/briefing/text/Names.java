package org.briefing.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled list of proper names (an actor and its aliases), matched as whole words with their
 * case as written, so that "US" does not match "us"; a name written in lower case ("data centres")
 * also matches with a capital first letter, as it opens a sentence. A possessive or plural ending is allowed.
 * Matching looks up each word of the text among the names' first words, rather than trying every
 * name at every position; the longest name that fits wins. Immutable and thread-safe.
 */
public final class Names {

    /** Names written in lower case, capitalised: they match only where a sentence or a quotation opens. */
    private final java.util.Set<String> openingOnly = new java.util.HashSet<>();

    /** Names by their first word (its letters and digits as written); longest first. */
    private final Map<String, List<String>> byFirstWord = new HashMap<>();

    /** The first characters of the names' first words: other words are passed without a lookup. */
    private final java.util.BitSet initials = new java.util.BitSet();

    /** For an ASCII initial, the lengths (as bits) of the first words that start with it. */
    private final long[] lengths = new long[128];

    private Names(Collection<String> names) {
        List<String> all = new ArrayList<>(names);
        for (String name : names) {
            String plain = name.replace('’', '\'').strip();
            if (!plain.isEmpty() && Character.isLowerCase(plain.charAt(0))) {
                // "data centres" opens a sentence as "Data centres"
                String opening = Character.toUpperCase(plain.charAt(0)) + plain.substring(1);
                if (!names.contains(opening)) {
                    all.add(opening);
                    this.openingOnly.add(opening);
                }
            }
        }
        for (String name : all) {
            String plain = name.replace('’', '\'').strip();
            int end = wordEnd(plain, 0);
            if (end > 0) {
                this.byFirstWord.computeIfAbsent(plain.substring(0, end), (w) -> new ArrayList<>()).add(plain);
                this.initials.set(plain.charAt(0));
                if (plain.charAt(0) < 128) {
                    this.lengths[plain.charAt(0)] |= (end < 64) ? 1L << end : Long.MIN_VALUE;
                }
            }
        }
        this.byFirstWord.values().forEach((list) -> list.sort((a, b) -> Integer.compare(b.length(), a.length())));
    }

    public static Names of(Collection<String> names) {
        return new Names(names);
    }

    public boolean in(CharSequence text) {
        return find(text, 0) != null;
    }

    public List<Span> findAll(CharSequence text) {
        List<Span> found = new ArrayList<>();
        Span next = find(text, 0);
        while (next != null) {
            found.add(next);
            next = find(text, next.end());
        }
        return found;
    }

    /** The first name at or after {@code from}. */
    private Span find(CharSequence text, int from) {
        if (this.byFirstWord.isEmpty()) {
            return null;
        }
        int length = text.length();
        int i = from;
        while (i < length) {
            // only a word that starts with a name's initial can start a name: the others are passed
            // character by character, without finding where each word ends
            char initial = text.charAt(i);
            if (!this.initials.get(initial) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int end = wordEnd(text, i);
            List<String> candidates = mayStart(initial, end - i) ? this.byFirstWord.get(text.subSequence(i, end).toString())
                    : null;
            if (candidates != null) {
                for (String name : candidates) {
                    int matched = matchAt(text, i, name);
                    if (matched > 0 && (this.openingOnly.isEmpty() || !this.openingOnly.contains(name) || opens(text, i))) {
                        return new Span(i, matched, text.subSequence(i, matched).toString());
                    }
                }
            }
            i = end;
        }
        return null;
    }

    /** Whether a sentence, a quotation or a bracket opens at {@code i}: nothing but spaces and such signs before it. */
    private static boolean opens(CharSequence text, int i) {
        int k = i - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k < 0 || ".!?:;\"“‘'(—–-*#>|".indexOf(text.charAt(k)) >= 0;
    }

    /** Whether a first word of this length can start with this character. */
    private boolean mayStart(char initial, int length) {
        if (initial >= 128) {
            return true;
        }
        long mask = this.lengths[initial];
        return (length < 63) ? (mask & (1L << length)) != 0 || mask < 0 : mask < 0;
    }

    /** Where the name, with a possessive or plural ending, ends when it stands at {@code start}; else -1. */
    private static int matchAt(CharSequence text, int start, String name) {
        int length = text.length();
        if (start + name.length() > length) {
            return -1;
        }
        for (int k = 0; k < name.length(); k++) {
            char c = text.charAt(start + k);
            if (c != name.charAt(k) && !(name.charAt(k) == '\'' && c == '’')) {
                return -1;
            }
        }
        int end = start + name.length();
        if (end + 1 < length && (text.charAt(end) == '\'' || text.charAt(end) == '’') && text.charAt(end + 1) == 's'
                && (end + 2 == length || !Character.isLetterOrDigit(text.charAt(end + 2)))) {
            return end + 2;
        }
        return (end == length || !Character.isLetterOrDigit(text.charAt(end))) ? end : -1;
    }

    private static int wordEnd(CharSequence text, int start) {
        int end = start;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }
}
