package org.briefing.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.briefing.text.Lower;
import org.briefing.text.WordStarts;

/**
 * Finds statements about the subject that carry no figure but that a briefing must still surface:
 * denials and "no evidence" ("Pyongyang and Moscow deny any arms transfers", "allies have no
 * evidence that North Korean soldiers are involved in the fight"), casualties without a number
 * ("Some have already been killed"), and presence or combat affirmed ("North Korean officers are
 * already present"). Each is classified by polarity (affirms, denies) and by what it is about:
 * combat, supply or presence. Stateless and thread-safe.
 */
final class StatementFinder {

    /** What a statement found in a sentence says. */
    record Found(String kind, String about, String polarity, int at) {
    }

    private static final Pattern DENIAL = Pattern.compile(
            "(?i)\\b(denied|denies|deny|denying|no evidence|not true|fake news|baseless|groundless|fabricat\\w+|(?:have|has) not (?:yet )?(?:seen|observed|encountered|confirmed)|(?:did|does) not (?:see|confirm)|dismissed)\\b");

    private static final Pattern CASUALTIES = Pattern.compile(
            "(?i)\\b(?:some|several|many|a number|others|dozens|hundreds|thousands)\\b[^.;]{0,50}?\\b(?:have|had|were|was|been|are)\\b[^.;]{0,25}?\\b(killed|died|dead|wounded|captured|taken prisoner)\\b");

    private static final Pattern PRESENCE = Pattern.compile(
            "(?i)\\b(?:are|were|is|was|have been|had been)\\s+(?:already\\s+|now\\s+|reportedly\\s+)?(present|fighting|engaged in|deployed|involved in|stationed|operating)\\b");

    private static final Pattern COMBAT = Pattern.compile(
            "(?i)\\b(fight\\w*|combat|hostilities|battle\\w*|engag\\w+|front\\s?lines?|killed|died|casualt\\w+|wounded|shelled)\\b");

    private static final Pattern SUPPLY = Pattern.compile(
            "(?i)\\b(weapons?|arms|missiles?|shells?|ammunition|munitions|artillery|transfers?|suppl\\w+|providing|shipments?)\\b");

    private static final Pattern PEOPLE = Pattern.compile(
            "(?i)\\b(troops|soldiers|personnel|forces|units|deployment|officers|servicemen|engineers|workers|military)\\b");

    /** The words each pattern can start with: it is tried only where one of them starts a word. */
    private static final WordStarts.Words DENIAL_FIRST = WordStarts.words("denied", "denies", "deny", "denying", "no", "not", "fake",
            "baseless", "groundless", "fabricat*", "have", "has", "did", "does", "dismissed");

    private static final WordStarts.Words CASUALTIES_FIRST = WordStarts.words("some", "several", "many", "a", "others", "dozens",
            "hundreds", "thousands");

    private static final WordStarts.Words PRESENCE_FIRST = WordStarts.words("are", "were", "is", "was", "have", "had");

    private static final WordStarts.Words COMBAT_FIRST = WordStarts.words("fight*", "combat", "hostilities", "battle*", "engag*",
            "front*", "killed", "died", "casualt*", "wounded", "shelled");

    private static final WordStarts.Words SUPPLY_FIRST = WordStarts.words("weapon*", "arms", "missile*", "shell*", "ammunition",
            "munitions", "artillery", "transfer*", "suppl*", "providing", "shipment*");

    private static final WordStarts.Words PEOPLE_FIRST = WordStarts.words("troops", "soldiers", "personnel", "forces", "units",
            "deployment", "officers", "servicemen", "engineers", "workers", "military");

    /** The first match of the pattern in the sentence, tried only where one of its first words starts. */
    private static Matcher first(Pattern pattern, String sentence, WordStarts.Words firstWords) {
        Matcher matcher = pattern.matcher(sentence);
        return WordStarts.find(matcher, sentence, 0, sentence.length(), firstWords, true) ? matcher : null;
    }

    /** The statement in a sentence, if any; the caller checks that the sentence is about the subject. */
    java.util.Optional<Found> find(String sentence) {
        String lower = Lower.of(sentence);
        Matcher denial = Lower.containsAny(lower, DENIAL_HINTS) ? first(DENIAL, sentence, DENIAL_FIRST) : null;
        if (denial != null) {
            String about = about(sentence);
            return (about == null) ? java.util.Optional.empty()
                    : java.util.Optional.of(new Found("denial", about, "denies", denial.start()));
        }
        Matcher casualties = Lower.containsAny(lower, CASUALTY_HINTS) ? first(CASUALTIES, sentence, CASUALTIES_FIRST) : null;
        if (casualties != null) {
            return java.util.Optional.of(new Found("casualties", "combat", "affirms", casualties.start()));
        }
        Matcher presence = Lower.containsAny(lower, PRESENCE_HINTS) ? first(PRESENCE, sentence, PRESENCE_FIRST) : null;
        if (presence != null && first(PEOPLE, sentence, PEOPLE_FIRST) != null) {
            boolean combat = first(COMBAT, sentence, COMBAT_FIRST) != null;
            return java.util.Optional.of(new Found(combat ? "combat" : "presence", combat ? "combat" : "presence",
                    "affirms", presence.start()));
        }
        return java.util.Optional.empty();
    }

    /** Words one of which a sentence must hold for the pattern to be worth trying: most hold none. */
    private static final String[] DENIAL_HINTS = { "deni", "deny", "no evidence", "not true", "fake news", "baseless", "groundless", "fabricat",
            "not seen", "not yet", "not observed", "not encountered", "not confirmed", "did not", "does not", "dismiss" };

    private static final String[] CASUALTY_HINTS = { "killed", "died", "dead", "wounded", "captured", "prisoner" };

    private static final String[] PRESENCE_HINTS = { "present", "fighting", "engaged", "deployed", "involved", "stationed",
            "operating" };


    /** What a denial bears on: fighting, supplies or the presence of people; none for anything else. */
    private static String about(String sentence) {
        if (first(COMBAT, sentence, COMBAT_FIRST) != null) {
            return "combat";
        }
        if (first(SUPPLY, sentence, SUPPLY_FIRST) != null) {
            return "supply";
        }
        if (first(PEOPLE, sentence, PEOPLE_FIRST) != null) {
            return "presence";
        }
        return null;
    }
}
