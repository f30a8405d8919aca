package org.briefing.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the attribution frames of one sentence: "X said / told / stated / estimated … that",
 * "…, X said.", "according to X", "as reported by X", "X, citing Y, reported", "X reports this,
 * referring to Y", and the outlet in "told The War Zone" or "in an interview with Izvestia". It
 * only reads phrases; {@link ArticleAttributions} decides who they are. Stateless and thread-safe.
 */
final class AttributionFinder {

    private static final Pattern VERB = Pattern.compile("(?<![\\p{L}])(said|says|say|told|tells|tell|stated|states"
            + "|announced|announces|reported|reports|report|estimated|estimates|believes|believe|believed|claimed|claims"
            + "|noted|notes|added|adds|warned|warns|confirmed|confirms|wrote|writes|write|indicated|indicates|revealed"
            + "|reveals|disclosed|discloses|suggested|suggests|assessed|assesses|alleged|alleges|insisted|insists"
            + "|explained|acknowledged|acknowledges|denied|denies|maintained|asserted|argued|testified|informed|briefed"
            + "|predicted|predicts|calculated|counted|tallied|put the number|puts the number|cited|quoted)(?![\\p{L}])");

    private static final Pattern PASSIVE_BEFORE = Pattern
        .compile("(?i)\\b(is|are|was|were|be|been|being|as|widely|previously been|have been|has been)[\\s\\u00A0]+$");

    private static final Pattern TRAILING_FILLER = Pattern.compile(
            "(?i)[\\s\\u00A0]+(has|have|had|also|reportedly|previously|earlier|now|further|recently|again|publicly|officially|separately|first|then|later|had also|has also|on \\p{L}+day)$");

    private static final Pattern ACCORDING_TO = Pattern.compile("(?i)\\baccording to[\\s\\u00A0]+");

    private static final Pattern REPORTED_BY = Pattern.compile("(?i)\\b(?:as |first |originally )?(?:reported|published|revealed) (?:first )?by[\\s\\u00A0]+");

    private static final Pattern CITING = Pattern.compile("(?i)^[\\s\\u00A0]*(citing|quoting)[\\s\\u00A0]+(.+)$");

    private static final Pattern REFERRING = Pattern.compile(
            "(?i)(?<np>[^,;:]+?)[\\s\\u00A0]+(?:reports?|reported|wrote|writes|says|said|notes|noted)(?:[\\s\\u00A0]+(?:this|it|that|so))?,?[\\s\\u00A0]+(?:referring to|citing|quoting|with reference to|based on)[\\s\\u00A0]+(?<source>[^.;]+)");

    private static final Pattern INTERVIEW = Pattern.compile("(?i)\\binterview (?:with|to)[\\s\\u00A0]+([^,;.]+)");

    private static final Pattern OBJECT_END = Pattern.compile(
            "(?i)[,;.:“”\"()]|[\\s\\u00A0](?:that|on|in|at|there|about|last|this|during|after|before|when|while|he|she|it|they|earlier|late|early)(?![\\p{L}])");

    private static final Pattern NP_END = Pattern.compile("(?i)[,;.“”\"]|[\\s\\u00A0](?:who|which|that|whose|as|and said|when|while|in a|on the condition)(?![\\p{L}])");

    private static final Set<String> ROLE_NOUNS = Set.of("head", "chief", "director", "spokesperson", "spokesman",
            "spokeswoman", "minister", "secretary", "commander", "president", "ambassador", "member", "leader", "founder",
            "editor", "deputy", "adviser", "advisor", "representative", "official", "analyst", "researcher", "professor",
            "fellow", "author", "correspondent", "reporter", "chairman", "chair");

    private static final Pattern BREAKER = Pattern.compile(
            "(?i).*(?:^|[\\s\\u00A0])(?:that|after|by|when|while|because|but|as|was|is|were|are|since|if|although|though|so|then|than|before|where|whom)[\\s\\u00A0]+");

    /** Every frame of the sentence, in order of their verbs. */
    List<Frame> find(String sentence) {
        List<Frame> frames = new ArrayList<>();
        referring(sentence, frames);
        accordingTo(sentence, frames);
        reportedBy(sentence, frames);
        verbs(sentence, frames);
        return frames;
    }

    private void referring(String sentence, List<Frame> frames) {
        Matcher m = REFERRING.matcher(sentence);
        if (m.find()) {
            frames.add(new Frame(Frame.Type.REFERRING, clean(m.group("source")), cleanNp(m.group("np")), 0, 0,
                    "referring to"));
        }
    }

    private void accordingTo(String sentence, List<Frame> frames) {
        Matcher m = ACCORDING_TO.matcher(sentence);
        while (m.find()) {
            String np = phraseAfter(sentence, m.end(), NP_END);
            np = np.replaceFirst("(?i)^(?:a |the )?(?:release|report|statement|study|survey|data|figures|estimate|assessment|post|note|briefing)s? (?:by|from|of|published by)[\\s\\u00A0]+", "");
            if (!np.isBlank()) {
                frames.add(new Frame(Frame.Type.ACCORDING_TO, clean(np), null, 0, sentence.length(), "according to"));
            }
        }
    }

    private void reportedBy(String sentence, List<Frame> frames) {
        Matcher m = REPORTED_BY.matcher(sentence);
        while (m.find()) {
            String np = phraseAfter(sentence, m.end(), NP_END);
            if (!np.isBlank()) {
                frames.add(new Frame(Frame.Type.REPORTED_BY, clean(np), null, 0, sentence.length(), "reported by"));
            }
        }
    }

    private void verbs(String sentence, List<Frame> frames) {
        Matcher m = VERB.matcher(sentence);
        while (m.find()) {
            String before = sentence.substring(0, m.start());
            if (PASSIVE_BEFORE.matcher(before).find() || before.matches("(?is).*\\b(?:as|first|originally)[\\s\\u00A0]*$")
                    || sentence.startsWith(" by", m.end())) {
                continue;
            }
            String verb = m.group(1).toLowerCase(Locale.ROOT);
            String[] np = leftPhrase(before);
            if (np[0].isBlank()) {
                continue;
            }
            boolean last = sentence.substring(m.end()).matches("[\\s\\u00A0.!?\"”’'»)]*");
            Frame.Type type = (np[1] != null) ? Frame.Type.CITING : last ? Frame.Type.POSTPOSED : Frame.Type.PREPOSED;
            String relay = (np[1] != null) ? np[1] : relay(sentence, m.end(), verb);
            int scopeStart = (type == Frame.Type.POSTPOSED) ? 0 : m.end();
            int scopeEnd = (type == Frame.Type.POSTPOSED) ? m.start() : sentence.length();
            frames.add(new Frame(type, np[0], relay, scopeStart, scopeEnd, verb));
        }
    }

    /** The outlet a speaker talked to: "told The War Zone", "in an interview with Izvestia". */
    private static String relay(String sentence, int verbEnd, String verb) {
        if (verb.equals("told") || verb.equals("tells") || verb.equals("tell")) {
            String object = phraseAfter(sentence, verbEnd, OBJECT_END);
            if (!object.isBlank()) {
                return clean(object);
            }
        }
        Matcher interview = INTERVIEW.matcher(sentence);
        return interview.find() ? clean(interview.group(1)) : null;
    }

    /**
     * The speaker phrase before a verb; the second element is the relay when the phrase is "X,
     * citing Y".
     */
    private static String[] leftPhrase(String before) {
        String text = before;
        Matcher filler = TRAILING_FILLER.matcher(text);
        while (filler.find()) {
            text = text.substring(0, filler.start());
            filler = TRAILING_FILLER.matcher(text);
        }
        int quote = Math.max(Math.max(text.lastIndexOf('“'), text.lastIndexOf('”')),
                Math.max(text.lastIndexOf('"'), Math.max(text.lastIndexOf(';'), text.lastIndexOf(':'))));
        text = text.substring(quote + 1);
        List<String> pieces = new ArrayList<>(List.of(text.split(",(?!\\d{3})")));
        pieces.removeIf(String::isBlank);
        if (pieces.isEmpty()) {
            return new String[] { "", null };
        }
        String np = pieces.get(pieces.size() - 1).trim();
        Matcher citing = CITING.matcher(np);
        if (citing.matches() && pieces.size() >= 2) {
            return new String[] { cleanNp(citing.group(2)), cleanNp(pieces.get(pieces.size() - 2)) };
        }
        String firstWord = np.split("[\\s\\u00A0]+")[0].toLowerCase(Locale.ROOT);
        boolean relative = Set.of("who", "which", "whom").contains(np.toLowerCase(Locale.ROOT));
        if ((relative || ROLE_NOUNS.contains(firstWord) && np.toLowerCase(Locale.ROOT).matches("\\p{L}+ (of|for|at)\\b.*"))
                && pieces.size() >= 2) {
            np = pieces.get(pieces.size() - 2).trim();
        }
        return new String[] { cleanNp(np), null };
    }

    /** Cuts a phrase down to its noun phrase: after the last clause word, without leading "and". */
    static String cleanNp(String phrase) {
        String np = clean(phrase);
        Matcher breaker = BREAKER.matcher(np);
        if (breaker.lookingAt()) {
            np = np.substring(breaker.end());
        }
        np = np.replaceFirst("(?i)^(and|but|or|so|then|meanwhile|also|however|now|hours before this|earlier)[\\s\\u00A0,]+", "");
        return np.trim();
    }

    private static String phraseAfter(String sentence, int start, Pattern end) {
        Matcher matcher = end.matcher(sentence);
        int stop = matcher.find(start) ? matcher.start() : sentence.length();
        return sentence.substring(start, stop).trim();
    }

    static String clean(String phrase) {
        return phrase.replaceAll("[“”\"«»]", "").replaceAll("[\\s\\u00A0]+", " ").replaceAll("^[\\s,]+|[\\s,.]+$", "");
    }
}
