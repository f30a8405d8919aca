package org.briefing.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A compiled list of cue words or phrases, matched as whole words, ignoring case. A cue ending in
 * {@code *} matches any ending ("deploy*" matches "deployed"); {@code |} separates alternatives;
 * the words of a phrase may be separated by any white space. Matching walks the text's words once
 * and looks each up, rather than trying every cue at every position. Immutable and thread-safe.
 */
public final class Cues {

    private static final Cues NONE = new Cues(List.of());

    /** One cue: its lower-case words; the last may be a prefix. */
    private record Cue(String[] words, boolean wildcard) {

        int length() {
            return String.join(" ", this.words).length() + (this.wildcard ? 1 : 0);
        }
    }

    /** Cues by their first word; cues whose only word is a prefix are kept apart. */
    private final Map<String, List<Cue>> byFirstWord = new HashMap<>();

    private final List<Cue> prefixes = new ArrayList<>();

    /** The first characters of every cue (lower case): a word starting otherwise is passed without a lookup. */
    private final java.util.BitSet initials = new java.util.BitSet();

    /** For an ASCII character, whether a word starting with it may start a cue (the check of {@link #initials}, made once). */
    private final boolean[] asciiInitials = new boolean[128];

    /** The prefix cues by the ASCII letter they start with, and those that match any word (an empty prefix). */
    @SuppressWarnings("unchecked")
    private final List<Cue>[] prefixesByInitial = new List[128];

    private final List<Cue> anyWordPrefixes = new ArrayList<>();

    /**
     * The start of every cue's first word up to any apostrophe, when all are ASCII: a text in
     * lower case without one of them holds no cue. {@code null} when that check cannot be made.
     */
    private final List<String> needles;

    private Cues(Collection<String> cues) {
        List<String> starts = new ArrayList<>();
        for (String cue : cues) {
            for (String alternative : cue.split("\\|")) {
                String text = alternative.trim().toLowerCase(Locale.ROOT).replace('’', '\'');
                if (text.isEmpty()) {
                    continue;
                }
                boolean wildcard = text.endsWith("*");
                String[] words = (wildcard ? text.substring(0, text.length() - 1) : text).trim().split("\\s+");
                Cue compiled = new Cue(words, wildcard);
                starts.add(words[0].split("'", -1)[0]);
                if (!words[0].isEmpty()) {
                    this.initials.set(words[0].charAt(0));
                }
                if (wildcard && words.length == 1) {
                    this.prefixes.add(compiled);
                }
                else {
                    this.byFirstWord.computeIfAbsent(words[0], (w) -> new ArrayList<>()).add(compiled);
                }
            }
        }
        // longest first, so that "first cadre" wins over "first"
        this.byFirstWord.values().forEach((list) -> list.sort((a, b) -> Integer.compare(b.length(), a.length())));
        this.prefixes.sort((a, b) -> Integer.compare(b.length(), a.length()));
        for (char c = 0; c < 128; c++) {
            this.asciiInitials[c] = this.initials.get(Character.toLowerCase(c)) || this.initials.get(c);
        }
        for (Cue prefix : this.prefixes) {
            String word = prefix.words()[0];
            if (word.isEmpty()) {
                this.anyWordPrefixes.add(prefix);
            }
            else if (word.charAt(0) < 128) {
                if (this.prefixesByInitial[word.charAt(0)] == null) {
                    this.prefixesByInitial[word.charAt(0)] = new ArrayList<>();
                }
                this.prefixesByInitial[word.charAt(0)].add(prefix);
            }
        }
        boolean checkable = starts.stream().allMatch((start) -> !start.isEmpty() && start.chars().allMatch((c) -> c < 128));
        this.needles = checkable ? List.copyOf(starts) : null;
    }

    public static Cues of(Collection<String> cues) {
        return cues.isEmpty() ? NONE : new Cues(cues);
    }

    public static Cues of(String... cues) {
        return of(List.of(cues));
    }

    public boolean isEmpty() {
        return this.byFirstWord.isEmpty() && this.prefixes.isEmpty();
    }

    /**
     * False when no cue can occur in a text, given that text in lower case ({@link Lower#of}): a
     * substring check, much cheaper than {@link #in} when a text is tried against many cue lists.
     * True does not mean a cue occurs.
     */
    public boolean mayBeIn(String lowerCaseText) {
        if (this.needles == null) {
            return !isEmpty();
        }
        for (String needle : this.needles) {
            if (lowerCaseText.contains(needle)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any cue occurs in the text. */
    public boolean in(CharSequence text) {
        return !isEmpty() && find(text).isPresent();
    }

    /** The first cue occurrence in the text. */
    public Optional<Span> find(CharSequence text) {
        if (isEmpty()) {
            return Optional.empty();
        }
        Words.Split words = Words.of(text);
        for (int i = 0; i < words.size(); i++) {
            int end = matchAt(text, words, i);
            if (end >= 0) {
                int start = words.start(i);
                return Optional.of(new Span(start, end, text.subSequence(start, end).toString()));
            }
        }
        return Optional.empty();
    }

    /** Every cue occurrence in the text, in order. */
    public List<Span> findAll(CharSequence text) {
        List<Span> found = new ArrayList<>();
        if (isEmpty()) {
            return found;
        }
        Words.Split words = Words.of(text);
        for (int i = 0; i < words.size(); i++) {
            int end = matchAt(text, words, i);
            if (end >= 0) {
                int start = words.start(i);
                found.add(new Span(start, end, text.subSequence(start, end).toString()));
            }
        }
        return found;
    }

    /** Where a cue starting at word {@code i} ends, or -1. */
    private int matchAt(CharSequence text, Words.Split words, int i) {
        char initial = text.charAt(words.start(i));
        if ((initial < 128) ? !this.asciiInitials[initial]
                : !this.initials.get(Character.toLowerCase(initial)) && !this.initials.get(initial)) {
            return -1;
        }
        String first = words.lower(i);
        List<Cue> candidates = this.byFirstWord.get(first);
        if (candidates != null) {
            for (Cue cue : candidates) {
                int end = matchWords(text, words, i, cue);
                if (end >= 0) {
                    return end;
                }
            }
        }
        // any prefix that matches gives the same end: only those that can start the word are tried
        char lowerInitial = first.isEmpty() ? 0 : first.charAt(0);
        List<Cue> prefixes = (lowerInitial > 0 && lowerInitial < 128) ? this.prefixesByInitial[lowerInitial] : this.prefixes;
        if (prefixes != null) {
            for (Cue cue : prefixes) {
                if (first.startsWith(cue.words()[0])) {
                    return words.end(i);
                }
            }
        }
        for (Cue cue : this.anyWordPrefixes) {
            if (first.startsWith(cue.words()[0])) {
                return words.end(i);
            }
        }
        return -1;
    }

    private static int matchWords(CharSequence text, Words.Split words, int i, Cue cue) {
        if (i + cue.words().length > words.size()) {
            return -1;
        }
        for (int k = 0; k < cue.words().length; k++) {
            if (k > 0 && !Words.onlySpaceBetween(text, words.end(i + k - 1), words.start(i + k))) {
                return -1;
            }
            String found = words.lower(i + k);
            boolean last = k == cue.words().length - 1;
            boolean same = (last && cue.wildcard()) ? found.startsWith(cue.words()[k]) : found.equals(cue.words()[k]);
            if (!same) {
                return -1;
            }
        }
        return words.end(i + cue.words().length - 1);
    }
}
