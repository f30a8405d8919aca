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

    /**
     * One cue: its lower-case words (letters and digits, as {@link Words} splits a text); the last
     * may be a prefix. Signs the cue writes between its words or after the last ("60%", "3.67%",
     * "U.S.") must stand there in the text too: {@code gaps[k]} is what stands before word k + 1
     * and {@code trailing} what follows the last, white space left out ("" for none).
     */
    private record Cue(String[] words, String[] gaps, String trailing, boolean wildcard) {

        int length() {
            return String.join(" ", this.words).length() + String.join("", this.gaps).length() + this.trailing.length()
                    + (this.wildcard ? 1 : 0);
        }

        /** The cue from its lower-case text, without the wildcard; null if it has no word. */
        static Cue of(String text, boolean wildcard) {
            List<int[]> spans = Words.split(text);
            if (spans.isEmpty()) {
                return null;
            }
            String[] words = new String[spans.size()];
            String[] gaps = new String[spans.size() - 1];
            for (int k = 0; k < words.length; k++) {
                words[k] = text.substring(spans.get(k)[0], spans.get(k)[1]);
                if (k > 0) {
                    gaps[k - 1] = withoutSpaces(text.substring(spans.get(k - 1)[1], spans.get(k)[0]));
                }
            }
            String trailing = withoutSpaces(text.substring(spans.get(spans.size() - 1)[1]));
            return new Cue(words, gaps, trailing, wildcard && trailing.isEmpty());
        }
    }

    private static String withoutSpaces(String text) {
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u00A0') {
                kept.append(text.charAt(i));
            }
        }
        return kept.toString();
    }

    /** Cues by their first word; cues whose only word is a prefix are kept apart. */
    private final Map<String, List<Cue>> byFirstWord = new HashMap<>();

    private final List<Cue> prefixes = new ArrayList<>();

    /** The first characters of every cue (lower case): a word starting otherwise is passed without a lookup. */
    private final java.util.BitSet initials = new java.util.BitSet();

    /** For an ASCII character, whether a word starting with it may start a cue (the check of {@link #initials}, made once). */
    private final boolean[] asciiInitials = new boolean[128];

    /** The prefix cues by the ASCII letter they start with. */
    @SuppressWarnings("unchecked")
    private final List<Cue>[] prefixesByInitial = new List[128];

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
                Cue compiled = Cue.of((wildcard ? text.substring(0, text.length() - 1) : text).trim(), wildcard);
                if (compiled == null) {
                    continue; // signs only: nothing a word can match
                }
                String[] words = compiled.words();
                starts.add(words[0].split("'", -1)[0]);
                this.initials.set(words[0].charAt(0));
                if (compiled.wildcard() && words.length == 1) {
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
            if (word.charAt(0) < 128) {
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
        return -1;
    }

    private static int matchWords(CharSequence text, Words.Split words, int i, Cue cue) {
        if (i + cue.words().length > words.size()) {
            return -1;
        }
        for (int k = 0; k < cue.words().length; k++) {
            if (k > 0 && !gapMatches(text, words.end(i + k - 1), words.start(i + k), cue.gaps()[k - 1])) {
                return -1;
            }
            String found = words.lower(i + k);
            boolean last = k == cue.words().length - 1;
            boolean same = (last && cue.wildcard()) ? found.startsWith(cue.words()[k]) : found.equals(cue.words()[k]);
            if (!same) {
                return -1;
            }
        }
        int end = words.end(i + cue.words().length - 1);
        if (cue.trailing().isEmpty()) {
            return end;
        }
        // "60%": the sign follows the word, across spaces at most ("60 %")
        int at = end;
        while (at < text.length() && (Character.isWhitespace(text.charAt(at)) || text.charAt(at) == '\u00A0')) {
            at++;
        }
        for (int k = 0; k < cue.trailing().length(); k++, at++) {
            if (at >= text.length() || text.charAt(at) != cue.trailing().charAt(k)) {
                return -1;
            }
        }
        return at;
    }

    /** Whether the text between two words is spaces only (gap "") or the gap's signs with spaces anywhere. */
    private static boolean gapMatches(CharSequence text, int from, int to, String gap) {
        if (gap.isEmpty()) {
            return Words.onlySpaceBetween(text, from, to);
        }
        int k = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                continue;
            }
            if (k >= gap.length() || Character.toLowerCase(c) != gap.charAt(k)) {
                return false;
            }
            k++;
        }
        return k == gap.length();
    }
}
