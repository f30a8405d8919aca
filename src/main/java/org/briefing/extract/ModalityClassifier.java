package org.briefing.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.briefing.domain.Modality;
import org.briefing.text.Lower;
import org.briefing.text.Span;
import org.briefing.text.WordStarts;

/**
 * How a source put a figure forward, from English cue words, in this order of precedence: a denial
 * in the figure's clause; an unverified claim (cues in the sentence, or a statement later in the
 * paragraph that nothing confirms it); a plan governing the figure (before it in its clause); an
 * estimate (an estimating verb, a modal, a condition); else reported. Stateless and thread-safe.
 */
final class ModalityClassifier {

    private static final Pattern DENIAL = Pattern.compile(
            "(?i)\\b(denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted|refutes|no evidence|not true|fake news|fabricated|baseless|groundless|false claims?)\\b");

    private static final Pattern UNVERIFIED = Pattern.compile(
            "(?i)\\b(allegedly|alleged|unconfirmed|unverified|rumou?rs?|rumou?red|purportedly|could not (?:be )?(?:independently )?(?:verif\\w*|confirm\\w*)|cannot (?:be )?(?:independently )?(?:verif\\w*|confirm\\w*)|(?:has|have) not (?:been )?(?:independently )?(?:verified|confirmed)|there (?:are|were|have been|has been) reports?|reports suggest\\w*|(?:is|are|were|was) said to)\\b");

    private static final Pattern NOT_CONFIRMED_LATER = Pattern.compile(
            "(?i)\\b(no official (?:statements?|confirmation)|not (?:any |been )?(?:an? )?official statements?|to verify this|(?:has|have) not been (?:officially |independently )?(?:verified|confirmed)|could not (?:independently )?(?:verify|confirm)|no (?:independent )?confirmation|unable to (?:verify|confirm))\\b");

    private static final Pattern PLAN = Pattern.compile(
            "(?i)\\b(intends?|intending|intention|plans?|planning|planned|will (?:send|deploy|dispatch|provide|supply|receive|transfer|add|be sent|be deployed)|to be sent|to be deployed|(?:is|are) expected to|expects?|set to|aims? to|prepared to|ready to|scheduled to|preparing to send)\\b");

    private static final Pattern ESTIMATE_VERB = Pattern
        .compile("(?i)^(estimated|estimates|estimate|believes|believe|believed|assessed|assesses|predicted|predicts|calculated|suggested|suggests)$");

    private static final Pattern ESTIMATE = Pattern.compile(
            "(?i)\\b(estimated|estimates?|could|may|might|would|likely|probably|possibly|believed|thought to|assessed|if|projected)\\b");

    /** The words each pattern can start with: it is tried only where one of them starts a word. */
    private static final WordStarts.Words DENIAL_FIRST = WordStarts.words("denied", "denies", "deny", "denying", "reject*",
            "dismiss*", "refut*", "no", "not", "fake", "fabricated", "baseless", "groundless", "false");

    private static final WordStarts.Words UNVERIFIED_FIRST = WordStarts.words("allegedly", "alleged", "unconfirmed", "unverified",
            "rumo*", "purportedly", "could", "cannot", "has", "have", "there", "reports", "is", "are", "were", "was");

    private static final WordStarts.Words PLAN_FIRST = WordStarts.words("inten*", "plan*", "will", "to", "is", "are", "expect*", "set",
            "aim*", "prepared", "ready", "scheduled", "preparing");

    private static final WordStarts.Words ESTIMATE_FIRST = WordStarts.words("estimate*", "could", "may", "might", "would", "likely",
            "probably", "possibly", "believed", "thought", "assessed", "if", "projected");

    /** Whether the pattern occurs in the text, tried only where one of its first words starts. */
    private static boolean in(Pattern pattern, String text, WordStarts.Words firstWords) {
        return WordStarts.find(pattern.matcher(text), text, 0, text.length(), firstWords, true);
    }

    /**
     * @param sentence the whole sentence
     * @param figure the figure
     * @param verb the verb of the frame that attributes the figure, or {@code null}
     * @param laterInParagraph the text of the paragraph after this sentence
     */
    Modality classify(String sentence, Figure figure, String verb, String laterInParagraph) {
        Span clause = Clauses.clauseAt(sentence, figure.start());
        String beforeInClause = sentence.substring(clause.start(), figure.start());
        String lowerSentence = Lower.of(sentence);
        boolean aligned = lowerSentence.length() == sentence.length(); // lower case kept every offset
        String lowerClause = aligned ? lowerSentence.substring(clause.start(), clause.end())
                : clause.text().toLowerCase(java.util.Locale.ROOT);
        if (Lower.containsAny(lowerClause, DENIAL_HINTS) && in(DENIAL, clause.text(), DENIAL_FIRST)) {
            return Modality.DENIAL;
        }
        boolean unverified = Lower.containsAny(lowerSentence, UNVERIFIED_HINTS) && in(UNVERIFIED, sentence, UNVERIFIED_FIRST);
        if (unverified || !laterInParagraph.isEmpty() && Lower.containsAny(laterInParagraph.toLowerCase(java.util.Locale.ROOT), LATER_HINTS)
                && NOT_CONFIRMED_LATER.matcher(laterInParagraph).find()) {
            return Modality.UNVERIFIED_CLAIM;
        }
        String lowerBefore = aligned ? lowerSentence.substring(clause.start(), figure.start())
                : beforeInClause.toLowerCase(java.util.Locale.ROOT);
        if (Lower.containsAny(lowerBefore, PLAN_HINTS) && in(PLAN, beforeInClause, PLAN_FIRST)) {
            return Modality.PLAN;
        }
        if ((verb != null && ESTIMATE_VERB.matcher(verb).matches())
                || Lower.containsAny(lowerClause, ESTIMATE_HINTS) && in(ESTIMATE, clause.text(), ESTIMATE_FIRST)) {
            return Modality.ESTIMATE;
        }
        return Modality.REPORTED;
    }

    /** Words one of which the text must hold for a pattern to be worth trying. */
    private static final String[] DENIAL_HINTS = { "deni", "deny", "reject", "dismiss", "refut", "no evidence", "not true",
            "fake news", "fabricat", "baseless", "groundless", "false claim" };

    private static final String[] UNVERIFIED_HINTS = { "alleg", "unconfirmed", "unverified", "rumo", "purported", "verif",
            "confirm", "report", "said to" };

    /** Strings every match of PLAN contains. */
    private static final String[] PLAN_HINTS = { "inten", "plan", "will ", "to be ", "expect", "set to", "aim", "ready to",
            "prepar", "scheduled to" };

    /** Strings every match of ESTIMATE contains. */
    private static final String[] ESTIMATE_HINTS = { "estimat", "could", "may", "might", "would", "likely", "probabl",
            "possibl", "believed", "thought to", "assessed", "if", "projected" };

    private static final String[] LATER_HINTS = { "official", "verif", "confirm" };

}
