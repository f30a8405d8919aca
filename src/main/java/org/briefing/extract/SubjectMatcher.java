package org.briefing.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.briefing.template.Actor;
import org.briefing.template.Template;
import org.briefing.text.Names;
import org.briefing.text.Span;

/**
 * Decides whether a figure is about the template's subject. In order: the counted phrase names the
 * subject (yes) or another actor ("50,000 Russian troops": no); the figure's segment names another
 * actor before the figure and never the subject ("Ukraine lost 500 soldiers": no); the sentence
 * names the subject anywhere, as a supplier or recipient too ("Russia ordered 2,400 drones from
 * Iran": yes); else the paragraph before the sentence, or the block before the paragraph, must name
 * it, or the article must be about it ({@code docs/templates.md}, rule 6, which {@link ClaimExtractor}
 * applies with {@link #opensWithAnother}). The speaker's own words ("Ukraine's military intelligence
 * said") are not read as an agent. Thread-safe.
 */
final class SubjectMatcher {

    private static final Pattern SPACE_RUN = Pattern.compile("[\\s\\u00A0]+");

    private final Names subject;

    private final Names others;

    SubjectMatcher(Template template) {
        this.subject = Names.of(template.subject().names());
        List<String> otherNames = new ArrayList<>();
        for (Actor actor : template.actors()) {
            otherNames.addAll(actor.names());
        }
        this.others = Names.of(otherNames);
    }

    /**
     * Whether another actor acts in the text: named and followed within three words by a verb
     * ("Ukraine lost", "Russian forces have fired"), not merely mentioned ("a US Javelin").
     */
    private boolean otherAgent(String text) {
        for (Span name : this.others.findAll(text)) {
            Matcher next = NEXT_WORDS.matcher(text);
            next.region(name.end(), text.length());
            if (next.lookingAt()) {
                for (String word : SPACE_RUN.split(next.group().trim())) {
                    String lower = word.toLowerCase(Locale.ROOT);
                    if (AGENT_VERBS.contains(lower) || (lower.endsWith("ed") && lower.length() > 4)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final Pattern NEXT_WORDS = Pattern.compile("(?:[\\s\\u00A0]+[\\p{L}'’-]+){1,3}");

    private static final Set<String> AGENT_VERBS = Set.of("has", "have", "had", "was", "were", "is", "are", "will",
            "would", "could", "can", "may", "lost", "loses", "lose", "losing", "sent", "sends", "send", "fired", "fires",
            "launched", "launches", "deployed", "deploys", "killed", "kills", "suffered", "suffers", "shot", "downed",
            "bought", "buys", "ordered", "orders", "received", "receives", "paid", "pays", "made", "makes", "built",
            "builds", "produced", "produces", "mobilised", "mobilized", "recruited", "recruits", "said", "says",
            "claimed", "claims", "holds", "held", "keeps", "kept", "lists", "counted", "counts");

    /**
     * Whether the text before a figure puts another actor's quantity at it: "puts Russian losses at
     * more than", "estimated Russia's casualties at about". What is put at the figure is what it counts.
     */
    private boolean measuresAnother(String before) {
        if (!before.contains(" at")) {
            return false;
        }
        Matcher put = PUT_AT.matcher(before);
        return put.find() && this.others.in(put.group(1)) && !this.subject.in(put.group(1));
    }

    /** "put(s) X at", "estimate(s|d) X at", "place(s|d) X at", right before the figure (its hedge is part of it). */
    private static final Pattern PUT_AT = Pattern.compile("(?i)\\b(?:put|puts|putting|estimates?|estimated|estimating|places?|placed"
            + "|placing)[\\s\\u00A0]+([^,;:]{1,60}?)[\\s\\u00A0]+at[\\s\\u00A0]*$");

    /** Whether the counted phrase itself names another actor and not the subject: "24 Malian soldiers". */
    boolean countsAnother(String sentence, Figure figure, int nounEnd) {
        String phrase = sentence.substring(figure.start(), Math.max(figure.end(), nounEnd));
        String counted = figure.isMoney() ? sentence.substring(figure.end(), Math.max(figure.end(), nounEnd)) : phrase;
        return !this.subject.in(phrase) && this.others.in(counted);
    }

    /**
     * Whether the sentence opens on another actor, within its first four words, without naming the
     * subject there: "Saudi Arabia ships about six million barrels a day", "Mali's army said two of
     * its soldiers …". Such a sentence is about that actor unless it names the subject itself.
     */
    boolean opensWithAnother(String sentence) {
        int words = 0;
        int end = 0;
        while (end < sentence.length() && words < OPENING_WORDS) {
            while (end < sentence.length() && !Character.isLetterOrDigit(sentence.charAt(end))) {
                end++;
            }
            if (end == sentence.length()) {
                break;
            }
            while (end < sentence.length() && !Character.isWhitespace(sentence.charAt(end))) {
                end++;
            }
            words++;
        }
        String opening = sentence.substring(0, end);
        return this.others.in(opening) && !this.subject.in(opening);
    }

    private static final int OPENING_WORDS = 4;

    /** "of" and up to three words after a measure: "tonnes of cannabis resin", "kilograms of heroin". */
    private static final Pattern SUBSTANCE = Pattern.compile("^[\\s\\u00A0]+of[\\s\\u00A0]+((?:[\\p{L}'’-]+[\\s\\u00A0]*){1,3})");

    private static final Set<String> MEASURES = Set.of("tonnes", "tonne", "tons", "ton", "kilograms", "kilogram", "kilos",
            "kilo", "kg", "grams", "pounds", "lbs", "ounces", "barrels", "litres", "liters", "gallons", "cubic metres",
            "bales", "bags", "packages", "packets", "blocks", "bricks", "shipments", "consignments", "loads", "cargoes");

    /** What a measure counts ("cannabis resin" in "8.9 tonnes of cannabis resin"), or "" after any other noun. */
    private static String substance(String sentence, int nounEnd) {
        if (nounEnd <= 0 || nounEnd > sentence.length()) {
            return "";
        }
        int start = nounEnd;
        while (start > 0 && Character.isLetter(sentence.charAt(start - 1))) {
            start--;
        }
        if (!MEASURES.contains(sentence.substring(start, nounEnd).toLowerCase(Locale.ROOT))) {
            return "";
        }
        Matcher of = SUBSTANCE.matcher(sentence.substring(nounEnd, Math.min(sentence.length(), nounEnd + 60)));
        return of.lookingAt() ? of.group(1) : "";
    }

    boolean namesSubject(String text) {
        return this.subject.in(text);
    }

    /**
     * @param nounEnd where the counted phrase ends
     * @param agentFrom where the text that can name an agent starts (after a reporting verb)
     */
    boolean isAbout(String sentence, Figure figure, int nounEnd, int agentFrom) {
        String phrase = sentence.substring(figure.start(), Math.max(figure.end(), nounEnd));
        if (this.subject.in(phrase)) {
            return true;
        }
        // a currency's country is not an actor: "500 million US dollars"
        String counted = figure.isMoney() ? sentence.substring(figure.end(), Math.max(figure.end(), nounEnd)) : phrase;
        if (this.others.in(counted) || this.others.in(substance(sentence, nounEnd))) {
            return false;
        }
        // "Ukraine's General Staff puts Russian losses at more than 1.2 million"; but a sum's payer is usually
        // another actor: "put Russia's payment at $2,000 a month per soldier"
        if (!figure.isMoney() && measuresAnother(sentence.substring(Clauses.clauseAt(sentence, figure.start()).start(), figure.start()))) {
            return false;
        }
        for (Span scope : List.of(Clauses.segmentAt(sentence, figure.start()), Clauses.clauseAt(sentence, figure.start()))) {
            String before = sentence.substring(Math.max(scope.start(), Math.min(agentFrom, figure.start())), figure.start());
            if (!figure.isMoney() && otherAgent(before) && !this.subject.in(scope.text())) {
                return false; // "Russian forces lost 1,260 personnel, 14 tanks and 38 artillery systems"
            }
        }
        return true; // the caller has checked that the sentence, its context or its article is about the subject
    }
}
