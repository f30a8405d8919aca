package org.briefing.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.briefing.text.Lower;
import org.briefing.text.Tails;
import org.briefing.text.WordStarts;
import org.briefing.text.SentenceSplitter;

/**
 * Finds the attribution frames of one sentence: "X said / told / stated / estimated … that",
 * "…, X said.", "according to X", "as reported by X", "X, citing Y, reported", "X reports this,
 * referring to Y", and the outlet in "told The War Zone" or "in an interview with Izvestia". It
 * only reads phrases; {@link ArticleAttributions} decides who they are. Stateless and thread-safe.
 */
final class AttributionFinder {

    /** How far before a reporting verb its speaker can start. */
    private static final int SPEAKER_REACH = 180;

    private static final Set<String> VERBS = Set.of("said", "says", "say", "told", "tells", "tell", "stated", "states",
            "announced", "announces", "reported", "reports", "report", "estimated", "estimates", "believes", "believe",
            "believed", "claimed", "claims", "claim", "noted", "notes", "added", "adds", "warned", "warns", "confirmed", "confirms",
            "wrote", "writes", "write", "indicated", "indicates", "revealed", "reveals", "disclosed", "discloses",
            "suggested", "suggests", "assessed", "assesses", "alleged", "alleges", "insisted", "insists", "explained",
            "acknowledged", "acknowledges", "admitted", "admits", "admit", "denied", "denies", "maintained", "asserted", "argued", "testified", "informed",
            "briefed", "predicted", "predicts", "calculated", "counted", "tallied", "cited", "quoted", "put", "puts",
            "show", "shows", "showed", "fear", "fears", "feared", "assess", "estimate", "think", "thinks", "stressed",
            "concluded", "found", "finds", "relayed", "identified", "recorded", "documented", "counts", "lists", "logged",
            "logs", "attributes", "attributed", "spoke", "speaks", "spoken", "reckons", "reckoned", "reckon", "reporting", "expects", "expect", "blamed", "blames",
            // a pledge is its maker's word: "Beijing has pledged one billion yuan", "Shoigu promised 5,000 builders"
            "pledged", "pledges", "promised", "promises", "earmarked", "earmarks", "allocated", "allocates");

    private static final Pattern SENTENCE_STOP = Pattern.compile("[.;]");

    private static final Pattern REPORT_OF = Pattern.compile(
            "(?i)^(?:a |the )?(?:release|report|statement|study|survey|data|figures|estimate|assessment|post|note|briefing)s? (?:by|from|of|(?:published|released|issued|compiled|provided) by)[\\s\\u00A0]+");

    /** "Suez Canal Authority figures compiled by MMR": the keeper of the records speaks, who compiled them relays. */
    private static final Pattern RECORDS_COMPILED_BY = Pattern.compile(
            "(?i)^(?:the[\\s\\u00A0]+)?(.+?)(?:'s|’s)?[\\s\\u00A0]+(?:figures|data|statistics|numbers|records)[\\s\\u00A0]+"
                    + "(?:compiled|collected|gathered|analy[sz]ed|tallied|seen|obtained|reviewed)[\\s\\u00A0]+by[\\s\\u00A0]+(.+)$");

    /** "figures it released in January", "data the ministry published": who released the records speaks. */
    private static final Pattern RECORDS_RELEASED = Pattern.compile(
            "(?i)^(?:the |its |their |new |latest |official )*(?:release|report|statement|study|survey|data|figures|statistics|numbers|estimates?|records?)s?"
                    + "[\\s\\u00A0]+(?:that[\\s\\u00A0]+|which[\\s\\u00A0]+)?(\\p{L}[\\p{L} .'’-]{0,60}?)[\\s\\u00A0]+(?:had[\\s\\u00A0]+|has[\\s\\u00A0]+|have[\\s\\u00A0]+)?"
                    + "(?:released|published|issued|provided|compiled|put out|shared)(?![\\p{L}]).*");

    private static final Pattern AT_END = Pattern.compile("[\\s\\u00A0.!?\"”’'»)]*");

    private static final Pattern COMMA = Pattern.compile(",(?!\\d{3})");

    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:the|a|an|its|their)\\s+");

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private static final Pattern ROLE_OF = Pattern.compile("(?s)(?:\\p{L}+[\\s-]+){0,3}?(?:of|for|at)\\b.*");

    private static final Pattern LEADING_LINK = Pattern.compile(
            "(?i)^(and|but|or|so|then|meanwhile|also|however|now|hours before this|earlier)[\\s\\u00A0,]+");

    /** A word before a verb that makes it passive or a comparison: "is believed", "as reported", "widely reported". */
    private static final Set<String> PASSIVE_WORDS = Set.of("is", "are", "was", "were", "be", "been", "being", "as", "widely");

    /** The auxiliary of a verb in "-ing": "is reporting", "has been reporting". */
    private static final Pattern PROGRESSIVE_AUXILIARY = Pattern
        .compile("(?i)(?:[\\s\\u00A0]+(?:has|have|had))?[\\s\\u00A0]+(?:is|are|was|were|been)[\\s\\u00A0]+$");

    /** Verbs of a pledge, whose maker speaks for the sum or the force pledged. */
    private static final Set<String> PLEDGES = Set.of("pledged", "pledges", "promised", "promises", "earmarked", "earmarks",
            "allocated", "allocates");

    /** A passive before the verb, an adverb between: "are typically promised", "had been promised". */
    private static final Pattern PASSIVE_BEFORE = Pattern
        .compile("(?i)(?<![\\p{L}])(?:is|are|was|were|be|been|being)(?:[\\s\\u00A0]+\\p{L}+ly)?[\\s\\u00A0]*$");

    /** What a pledge's object opens with soon after the verb: a figure, a sum or a number word. */
    private static final Pattern PLEDGED_FIGURE = Pattern.compile("(?i)^[^.;,]{0,40}?(?:[\\d$€£¥]|(?<![\\p{L}])"
            + "(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred|thousand|million|billion|dozens|hundreds|thousands|several|tens)(?![\\p{L}]))");

    /**
     * "Beijing has pledged one billion yuan": a pledge whose maker comes first and whose object is a
     * figure. Not "recruits were promised $2,600" (the pledge's receivers), nor "the troops it
     * pledged in June" (a clause about a figure before it).
     */
    private static boolean isPledge(String sentence, String near, int verbEnd) {
        return !PASSIVE_BEFORE.matcher(near).find()
                && PLEDGED_FIGURE.matcher(sentence).region(verbEnd, sentence.length()).lookingAt();
    }

    /** "as reported", "first reported", "originally reported": someone else's report is meant. */
    private static final Set<String> AS_WORDS = Set.of("as", "first", "originally");

    /** ", as TASS " before a reporting verb that an aside closes. */
    private static final Pattern AS_ASIDE = Pattern.compile(",[\\s\\u00A0]*as[\\s\\u00A0]+(\\p{Lu}[\\p{L}.&'’ -]{1,28}?)[\\s\\u00A0]*$");

    /** What closes the aside after its verb: "reported,", "reported on Monday,". */
    private static final Pattern ASIDE_END = Pattern.compile("(?:[\\s\\u00A0]+(?:on|in|last|this|at[\\s\\u00A0]+the[\\s\\u00A0]+time)[\\s\\u00A0]+\\p{L}+)?[\\s\\u00A0]*,");

    /** The speaker before an aside is relayed by the aside's outlet, unless a relay is named already. */
    private static void relayAside(List<Frame> frames, String outlet) {
        for (int i = frames.size() - 1; i >= 0; i--) {
            Frame frame = frames.get(i);
            if (frame.type() == Frame.Type.PREPOSED || frame.type() == Frame.Type.CITING) {
                boolean named = frame.relay() != null && !frame.relay().isEmpty() && Character.isUpperCase(frame.relay().charAt(0));
                if (!named) {
                    frames.set(i, new Frame(frame.type(), frame.speaker(), outlet, frame.scopeStart(), frame.scopeEnd(), frame.verb()));
                }
                return;
            }
        }
    }

    /** Words before which a verb's form is an adjective or a noun. */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her", "our");

    /** Words between a speaker and the verb: "Seoul has also said", "the ministry on Monday said". */
    private static final Set<String> FILLERS = Set.of("has", "have", "had", "also", "reportedly", "previously", "earlier",
            "now", "further", "recently", "again", "publicly", "officially", "separately", "first", "then", "later");

    /** "according to", and the French "selon" a translation sometimes keeps. */
    private static final Pattern ACCORDING_TO = Pattern.compile("(?i)\\b(?:according to|selon)[\\s\\u00A0]+");

    private static final Pattern REPORT_CITING = Pattern.compile(
            "(?i)^(?:a |an |the )?(.+?)(?:'s|’s)?\\s+(?:report|story|article|dispatch|investigation|analysis)\\s+(?:citing|quoting)\\s+(.+)$");

    private static final Pattern REPORTED_BY = Pattern.compile(
            "(?i)\\b(?:as |first |originally )?(?:reported|published|revealed|relayed|recorded|documented|compiled|tallied) (?:first )?by[\\s\\u00A0]+");

    /** The day a reporting verb may be followed by before its citing clause: " on Wednesday", " last week", " today". */
    private static final String REPORT_DAY = "(?i)(?:[\\s\\u00A0]+(?:on|in|last|this|earlier|late|early)(?:[\\s\\u00A0]+\\p{L}+)?|[\\s\\u00A0]+(?:yesterday|today))?";

    /** ", citing diplomatic sources" after the name of whoever reported. */
    private static final Pattern CITED_AFTER = Pattern.compile("(?i)[\\s\\u00A0]*,[\\s\\u00A0]*(?:citing|quoting)[\\s\\u00A0]+([^,;.“”\"]{2,120})");

    /** ", citing three Cubans who signed contracts." ending the sentence after a reporting verb. */
    private static final Pattern CITED_AT_END = Pattern.compile(REPORT_DAY
                    + "[\\s\\u00A0]*,[\\s\\u00A0]*(?:citing|quoting)[\\s\\u00A0]+([^,;.“”\"]{2,120}?)[\\s\\u00A0.!?\"”’')]*");

    /** "a source interviewed by Le Monde": the source speaks, the outlet that talked to it relays. */
    private static final Pattern TALKED_TO_BY = Pattern.compile(
            "(?i)(.+?)[\\s\\u00A0]+(?:interviewed|consulted|contacted|reached|questioned|quoted|cited)[\\s\\u00A0]+by[\\s\\u00A0]+(.+)");

    /** "Reuters citing diplomatic sources", "Yonhap quoting an official". */
    private static final Pattern NAME_CITING = Pattern.compile("(?i)(.+?)[\\s\\u00A0]+(?:citing|quoting)[\\s\\u00A0]+(.+)");

    private static final Pattern CITING = Pattern.compile("(?i)^[\\s\\u00A0]*(citing|quoting)[\\s\\u00A0]+(.+)$");

    private static final Pattern REFERRING_KEY = Pattern
        .compile("(?i),?[\\s\\u00A0]+(?:referring to|citing|quoting|with reference to|based on)[\\s\\u00A0]+");

    /** ", citing Y," right after a reporting verb and an optional time: Y speaks, the speaker relays. */
    private static final Pattern CITING_AFTER = Pattern.compile(REPORT_DAY
                    + "[\\s\\u00A0]*,[\\s\\u00A0]*(?:citing|quoting)[\\s\\u00A0]+([^,;]{2,120}?)[\\s\\u00A0]*,");

    /** "a Reuters ", "an NK News ": before "report", a noun's determiner and its owner. */
    private static final Pattern BY_ESTIMATE = Pattern.compile(
            "(?i)\\bby[\\s\\u00A0]+((?:the[\\s\\u00A0]+)?[\\p{L}][\\p{L}.'’ -]{1,60}?)(?:'s|’s)[\\s\\u00A0]+(?:own[\\s\\u00A0]+)?(?:latest[\\s\\u00A0]+)?(?:estimate|count|calculation|assessment|tally|figures|data|reckoning)s?\\b");

    /** "By the count of South Korea's National Intelligence Service, about 15,000 …": the owner after "of". */
    private static final Pattern BY_ESTIMATE_OF = Pattern.compile(
            "(?i)\\bby[\\s\\u00A0]+the[\\s\\u00A0]+(?:latest[\\s\\u00A0]+)?(?:estimate|count|calculation|assessment|tally|figures|reckoning)s?"
                    + "[\\s\\u00A0]+of[\\s\\u00A0]+((?:the[\\s\\u00A0]+)?(?-i:\\p{Lu})[\\p{L}.'’ -]{1,80}?)(?=[\\s\\u00A0]*[,;:]|[\\s\\u00A0]+(?:there|some|about|around|nearly|more|at|over|up)\\b)");

    /** The words for a figure that an owner's possessive can open: "Dutch customs' half-year figure". */
    private static final List<String> FIGURE_NOUNS = List.of("estimate", "count", "calculation", "assessment", "tally",
            "figure", "total", "data", "statistics", "update", "report", "review", "audit");

    /** "Dutch customs' half-year figure for Rotterdam, published in July, was 11.2 tonnes": the owner speaks. */
    private static final Pattern OWNED_FIGURE = Pattern.compile(
            "(?i)^(?:(?:it|this|that)[\\s\\u00A0]+(?:was|is)[\\s\\u00A0]+)?(?:the[\\s\\u00A0]+)?(\\p{L}[\\p{L}.'’ -]{1,60}?)(?:'s|’s|(?<=s)'|(?<=s)’)[\\s\\u00A0]+(?:[\\p{L}-]+[\\s\\u00A0]+){0,3}?"
                    + "(?:" + String.join("|", FIGURE_NOUNS) + ")s?(?![\\p{L}])[^.;]{0,80}?"
                    + "[\\s\\u00A0](?:was|were|is|are|stood|stands|came|reached|put|puts|showed|shows)(?![\\p{L}])");

    /** A statement of its own after the verb: "that …", a quotation, a new sentence part. */
    /** What ends a reporting verb's tail: a clause word (the quotation marks, colons and semicolons are checked apart). */
    private static final Pattern TAIL_BREAK = Pattern.compile("(?i)\\bthat\\b|\\b(?:is|are|was|were|has|have|had|will|would)\\b");

    private static final WordStarts.Words TAIL_BREAK_FIRST = WordStarts.words("that", "is", "are", "was", "were", "has", "have", "had",
            "will", "would");

    private static final Pattern INDEFINITE_NAME = Pattern
        .compile("(?<![\\p{L}])(?:[Aa]n?)[\\s\\u00A0]+(?:\\p{Lu}[\\p{L}.'’-]*[\\s\\u00A0]+){1,3}$");

    private static final Pattern INTERVIEW = Pattern.compile("(?i)\\binterview (?:with|to)[\\s\\u00A0]+([^,;.]+)");

    private static final Pattern OBJECT_END = Pattern.compile(
            "(?i)[,;.:“”\"()]|[\\s\\u00A0](?:that|on|in|at|there|about|last|this|during|after|before|when|while|he|she|it|they|earlier|late|early)(?![\\p{L}])");

    private static final Pattern NP_END = Pattern.compile("(?i)[,;.“”\"]|[\\s\\u00A0](?:who|which|that|whose|as|and said|when|while|in a|on the condition)(?![\\p{L}])");

    private static final Set<String> ROLE_NOUNS = Set.of("head", "chief", "director", "spokesperson", "spokesman",
            "spokeswoman", "minister", "secretary", "commander", "president", "ambassador", "member", "leader", "founder",
            "editor", "deputy", "adviser", "advisor", "representative", "official", "analyst", "researcher", "professor",
            "fellow", "author", "correspondent", "reporter", "chairman", "chair");

    /** "By March the Joint Chiefs", "Last week, the ministry": the time phrase is not the speaker. */
    private static final Pattern LEADING_TIME = Pattern.compile("(?i)^(?:(?:in|by|on|at|during|since|until|from|early|late|mid|last|this|next|earlier|later)[\\s\\u00A0]+)*"
            // "In the autumn of 2024 South Korean media reported", "At the end of October, the NIS told"
            + "(?:the[\\s\\u00A0]+(?:(?:early|late|first|second)[\\s\\u00A0]+)?(?:autumn|fall|spring|summer|winter|end|start|beginning|middle|half)[\\s\\u00A0]+of[\\s\\u00A0]+)?"
            + "(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|weekend|spring|summer|autumn|fall|winter|\\d{4}"
            // "On the same day the Dutch government pledged", "The next day Kyiv said"
            + "|(?:the|that)[\\s\\u00A0]+(?:(?:same|next|following|previous)[\\s\\u00A0]+)?(?:day|morning|evening|night|week))"
            + "(?:[\\s\\u00A0]+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?[\\s\\u00A0]+\\d{4})?,?[\\s\\u00A0]+(?=\\p{L})");

    /** What "added" takes when it adds a thing rather than a remark: a number or a determiner. */
    private static final Pattern ADDED_OBJECT = Pattern
        .compile("(?i)[\\s\\u00A0]+(?:\\d|(?:a|an|the|its|their|some|more|another|further|several|dozens|hundreds)[\\s\\u00A0])");

    /** A phrase that is only a date or a time: not a speaker. */
    private static final Pattern ONLY_TIME = Pattern.compile("(?i)[\\s\\u00A0]*(?:on[\\s\\u00A0]+)?(?:\\d{1,2}[\\s\\u00A0]+)?"
            + "(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
            + "(?:[\\s\\u00A0]+\\d{1,2})?(?:,?[\\s\\u00A0]+\\d{4})?[\\s\\u00A0]*");

    /** Clause words: a speaker phrase starts after the last of them ("officials believe that Seoul"). */
    private static final Set<String> BREAKERS = Set.of("that", "after", "by", "when", "while", "because", "but", "as",
            "was", "is", "were", "are", "since", "if", "although", "though", "so", "then", "than", "before", "where",
            "whom", "said", "told", "added");

    /** Every frame of the sentence, in order of their verbs. */
    List<Frame> find(String text) {
        // no-break and thin spaces become plain spaces (same length, so offsets stay valid)
        String sentence = text.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2009', ' ');
        List<Frame> frames = new ArrayList<>();
        String lower = Lower.of(sentence);
        if (lower.contains("referring to") || lower.contains("citing") || lower.contains("quoting")
                || lower.contains("reference to") || lower.contains("based on")) {
            referring(sentence, frames);
        }
        if (lower.contains("according to") || lower.contains("selon ")) {
            accordingTo(sentence, frames);
        }
        if (lower.contains("by ") && (lower.contains("'s ") || lower.contains("’s "))) {
            byEstimate(BY_ESTIMATE, sentence, frames);
        }
        if (byTheCountOf(lower)) {
            byEstimate(BY_ESTIMATE_OF, sentence, frames);
        }
        if (mayOwnAFigure(lower)) {
            ownedFigure(sentence, frames);
        }
        if ((lower.contains("'s ") || lower.contains("’s ") || Lower.containsAny(lower, CLAIM_PREPOSITIONS)) && lower.contains(" that ")
                && Lower.containsAny(lower, CLAIM_WORDS)) {
            ownedClaim(sentence, frames);
        }
        if (lower.contains(" from ") && Lower.containsAny(lower, "figures", "data", "statistics", "numbers", "count", "tally")) {
            figuresFrom(sentence, frames);
        }
        if (lower.contains("ed by ") || lower.contains("ed first by ")) { // "reported by", "published first by"
            reportedBy(sentence, frames);
        }
        if (lower.contains("d by ") || lower.contains("t by ") || lower.contains("n by ")) {
            agentBy(sentence, lower, frames);
        }
        if (sentence.indexOf(')') > 0) {
            creditAtEnd(sentence, frames);
        }
        if (lower.contains(" quoted ")) {
            quotedAs(sentence, frames);
        }
        if (Lower.containsAny(lower, "its ", "their ")
                && Lower.containsAny(lower, "estimate", "count", "tally", "assessment", "figure", "calculation", "reckoning")) {
            revisedEstimate(sentence, frames);
        }
        if (mayNameOwnerAfter(sentence, lower)) {
            ownerAfter(sentence, frames); // the owner of a figure written in digits
        }
        int named = frames.size();
        verbs(sentence, frames);
        if (named > 0 && frames.size() > named) {
            // "According to Yonhap, which cited …": the relative clause's verb belongs to the frame already read
            frames.subList(named, frames.size()).removeIf((frame) -> frame.speaker() != null
                    && frame.speaker().regionMatches(true, 0, "according to ", 0, 13));
        }
        return frames;
    }

    /**
     * Words before brackets that name where an event was shown, not who reported it: "Press Room III,
     * and online (UN Web TV)", "streamed live (C-SPAN)".
     */
    private static final Tails STREAMED_ON = Tails.atWordStart(List.of("online", "live", "webcast", "streamed", "broadcast", "televised"));

    /** A credit in brackets that ends a sentence: "… because of the attacks (Reuters)." */
    private static final Pattern CREDIT_AT_END = Pattern
        .compile("\\([\\s\\u00A0]*(\\p{Lu}[\\p{L}&.'’-]*(?:[\\s\\u00A0]\\p{Lu}[\\p{L}&.'’-]*){0,3})[\\s\\u00A0]*\\)[\\s\\u00A0]*[.!?]?[\\s\\u00A0]*$");

    /**
     * "Skibitsky was quoted by Ukrainska Pravda as saying that …", "…, the agency was quoted as
     * telling the committee": the one quoted speaks, the outlet that quoted them relays.
     */
    private static final Pattern QUOTED_AS = Pattern.compile("(?i)[\\s\\u00A0]+(?:was|were|is|are|has[\\s\\u00A0]+been|have[\\s\\u00A0]+been|had[\\s\\u00A0]+been)"
            + "[\\s\\u00A0]+(?:also[\\s\\u00A0]+)?quoted(?:[\\s\\u00A0]+by[\\s\\u00A0]+([^,;]{2,80}?))?"
            + "(?:[\\s\\u00A0]+(?:on|in|last|this|earlier)[\\s\\u00A0]+\\p{L}+)?[\\s\\u00A0]+as[\\s\\u00A0]+(?:saying|telling|stating|writing|claiming)\\b");

    private void quotedAs(String sentence, List<Frame> frames) {
        Matcher quoted = QUOTED_AS.matcher(sentence);
        if (!quoted.find()) {
            return;
        }
        String[] np = leftPhrase(sentence.substring(Math.max(0, quoted.start() - SPEAKER_REACH), quoted.start()));
        if (np[0].isBlank()) {
            return;
        }
        String relay = (quoted.group(1) == null) ? null : clean(quoted.group(1));
        String after = sentence.substring(quoted.end());
        boolean last = sentence.substring(0, quoted.start()).contains(",") && (AT_END.matcher(after).matches() || isTail(after));
        frames.add(last ? new Frame(Frame.Type.POSTPOSED, np[0], relay, 0, quoted.start(), "quoted")
                : new Frame(Frame.Type.PREPOSED, np[0], relay, quoted.end(), sentence.length(), "quoted"));
    }

    /**
     * A figure and who gives it, after it: "the $1,500 a month per worker that Seoul's spy agency
     * cites", "the roughly 15,000 soldiers …, an estimate the NIS has left unchanged". The owner
     * speaks for what comes before, back to the clause's start.
     */
    private static final Pattern OWNER_AFTER = Pattern.compile("(?:(?<=[\\s\\u00A0])(?:that|which)"
            + "|,[\\s\\u00A0]+an[\\s\\u00A0]+estimate(?:[\\s\\u00A0]+(?:that|which))?)"
            + "[\\s\\u00A0]+((?:the[\\s\\u00A0]+)?\\p{Lu}[\\p{L}.'’-]*(?:[\\s\\u00A0]+[\\p{L}.'’-]+){0,5}?)[\\s\\u00A0]+"
            + "(?:(?:has|had|now|also|still)[\\s\\u00A0]+)*"
            + "(?:cites|cited|gives|gave|given|uses|used|quotes|quoted|reported|reports|estimates|estimated|published|publishes|puts|put|left|kept|stands[\\s\\u00A0]+by|stood[\\s\\u00A0]+by)(?![\\p{L}])");

    /** Whether ", an estimate" or a "that" or "which" right after a figure and its noun is in the sentence. */
    private static boolean mayNameOwnerAfter(String sentence, String lower) {
        if (lower.contains(", an estimate ")) {
            return true;
        }
        for (String word : List.of(" that ", " which ")) {
            for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
                if (figureJustBefore(sentence, at + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a digit stands before the position with only letters and spaces (at most 40) between. */
    private static boolean figureJustBefore(String sentence, int position) {
        for (int i = position - 1; i >= 0 && i >= position - 41; i--) {
            char c = sentence.charAt(i);
            if (Character.isDigit(c)) {
                return i < position - 1;
            }
            if (!Character.isLetter(c) && !Character.isWhitespace(c) && c != '\u00A0') {
                return false;
            }
        }
        return false;
    }

    /** How far before a figure its hedge may start: "approximately", "an estimated". */
    private static final int HEDGE_REACH = 20;

    private void ownerAfter(String sentence, List<Frame> frames) {
        Matcher owner = OWNER_AFTER.matcher(sentence);
        while (owner.find()) {
            if (sentence.charAt(owner.start()) != ',' && !figureJustBefore(sentence, owner.start())) {
                continue; // "that" after a figure and its noun only: "the $1,500 a month per worker that …"
            }
            frames.add(new Frame(Frame.Type.ACCORDING_TO, clean(owner.group(1)), null, figureStart(sentence, owner.start()),
                    owner.start(), "owner-after"));
        }
    }

    /**
     * Where the last figure before the position starts, with its hedge ("roughly 15,000"), back to
     * the clause's start at most: what an owner named after a figure speaks for, not the clause's others.
     */
    private static int figureStart(String sentence, int position) {
        int from = position;
        while (from > 0 && !Character.isDigit(sentence.charAt(from - 1))) {
            from--;
        }
        while (from > 0 && (Character.isDigit(sentence.charAt(from - 1)) || ",.$€£¥".indexOf(sentence.charAt(from - 1)) >= 0)) {
            from--;
        }
        int clause = Math.max(sentence.lastIndexOf(',', from - 1), Math.max(sentence.lastIndexOf(';', from - 1), sentence.lastIndexOf(':', from - 1)));
        return Math.max(Math.max(clause + 1, 0), from - HEDGE_REACH);
    }

    /** "The NIS raised its estimate at the audit to about 6,800": whose estimate it is, before the verb. */
    private static final Pattern REVISED_ESTIMATE = Pattern.compile("(?i)[\\s\\u00A0]+(?:has[\\s\\u00A0]+|had[\\s\\u00A0]+|have[\\s\\u00A0]+)?(?:since[\\s\\u00A0]+|also[\\s\\u00A0]+)?"
            + "(?:raised|lowered|revised|updated|cut|increased|reduced|doubled|put)(?:[\\s\\u00A0]+(?:up|down|upward|downward))?"
            + "[\\s\\u00A0]+(?:its|their)[\\s\\u00A0]+(?:own[\\s\\u00A0]+)?(?:latest[\\s\\u00A0]+)?(?:estimate|count|tally|assessment|figure)s?(?![\\p{L}])");

    private void revisedEstimate(String sentence, List<Frame> frames) {
        Matcher revised = REVISED_ESTIMATE.matcher(sentence);
        if (revised.find()) {
            String[] np = leftPhrase(sentence.substring(Math.max(0, revised.start() - SPEAKER_REACH), revised.start()));
            if (!np[0].isBlank()) {
                frames.add(new Frame(Frame.Type.PREPOSED, np[0], null, revised.end(), sentence.length(), "revised-estimate"));
            }
            return;
        }
        Matcher theirs = BY_THEIR_COUNT.matcher(sentence);
        int comma = sentence.indexOf(',');
        if (theirs.find() && comma > 0 && comma < theirs.start()) {
            // "US officials, speaking on background, have gone further: by their count more than 25,000 …"
            String opening = cleanNp(sentence.substring(0, comma));
            if (!opening.isBlank() && opening.split(" ").length <= 5) {
                frames.add(new Frame(Frame.Type.PREPOSED, opening, null, theirs.end(), sentence.length(), "by-their-count"));
            }
        }
    }

    /** "by their count", "by its own estimate": the count of whom the sentence opens with. */
    private static final Pattern BY_THEIR_COUNT = Pattern.compile("(?i)(?<![\\p{L}])by[\\s\\u00A0]+(?:its|their)[\\s\\u00A0]+"
            + "(?:own[\\s\\u00A0]+)?(?:latest[\\s\\u00A0]+)?(?:count|estimate|calculation|reckoning|tally|assessment)s?(?![\\p{L}])");

    /** The name credited at the sentence's end speaks, or relays the sentence's speaker, as "according to" would. */
    private void creditAtEnd(String sentence, List<Frame> frames) {
        Matcher credit = CREDIT_AT_END.matcher(sentence);
        if (credit.find() && STREAMED_ON.longest(sentence, Tails.spaceBefore(sentence, credit.start())) < 0) {
            frames.add(new Frame(Frame.Type.ACCORDING_TO, credit.group(1), null, 0, credit.start(), "credit"));
        }
    }

    private void referring(String sentence, List<Frame> frames) {
        Matcher key = REFERRING_KEY.matcher(sentence);
        if (!key.find()) {
            return;
        }
        String before = sentence.substring(Math.max(0, key.start() - 200), key.start());
        String np = referrer(before);
        if (np != null) {
            String source = phraseAfter(sentence, key.end(), SENTENCE_STOP);
            frames.add(new Frame(Frame.Type.REFERRING, clean(source), cleanNp(np), 0, 0, "referring to"));
        }
    }

    private static final Tails REFERRING_VERBS = Tails.anywhere(List.of("reports", "report", "reported", "wrote",
            "writes", "says", "said", "notes", "noted"));

    private static final Tails REFERRING_OBJECTS = Tails.anywhere(List.of("this", "it", "that", "so"));

    /**
     * Who reports what is then referred to: "ISW reports this" before ", referring to". The phrase
     * before a reporting verb (and "this", "it", "that" or "so") that ends the text, back to a comma,
     * semicolon or colon and at most 150 characters; null if the text does not end so. Read
     * backwards, as the pattern it replaces ({@code (?<np>[^,;:]{1,150}?)\s+(?:reports?|…)(?:\s+(?:this|…))?$})
     * would have matched it.
     */
    static String referrer(String before) {
        int end = before.length();
        int object = REFERRING_OBJECTS.longest(before, end);
        if (object >= 0) {
            int objectStart = end - REFERRING_OBJECTS.phrase(object).length();
            int spaces = Tails.spaceBefore(before, objectStart);
            if (spaces < objectStart && REFERRING_VERBS.longest(before, spaces) >= 0) {
                end = spaces; // "reports this": the verb ends before the object's spaces
            }
        }
        int verb = REFERRING_VERBS.longest(before, end);
        if (verb < 0) {
            return null;
        }
        int verbStart = end - REFERRING_VERBS.phrase(verb).length();
        int runStart = Tails.spaceBefore(before, verbStart);
        if (runStart == verbStart) {
            return null; // the verb must follow white space
        }
        int lastStop = -1;
        for (int i = runStart - 1; i >= 0; i--) {
            char c = before.charAt(i);
            if (c == ',' || c == ';' || c == ':') {
                lastStop = i;
                break;
            }
        }
        int start = Math.max(Math.max(0, lastStop + 1), runStart - 150);
        int npEnd = Math.max(start + 1, runStart);
        return (npEnd <= verbStart - 1) ? before.substring(start, npEnd) : null;
    }

    /** "By the agency's estimate, …", "by HUR's count": the owner of the estimate speaks. */
    /** "The latest figures from the de facto authorities, as of this morning, are 2,719 people killed": their keeper speaks. */
    private static final Pattern FIGURES_FROM = Pattern.compile("(?i)(?<![\\p{L}])(?:figures|data|statistics|numbers|count|tally)"
            + "[\\s\\u00A0]+from[\\s\\u00A0]+([^,;.:()]{2,60}?)(?=,|[\\s\\u00A0]+(?:are|were|is|was|stand|stood|show|showed|shows|put|puts)(?![\\p{L}]))");

    private void figuresFrom(String sentence, List<Frame> frames) {
        Matcher from = FIGURES_FROM.matcher(sentence);
        while (from.find()) {
            frames.add(new Frame(Frame.Type.ACCORDING_TO, clean(from.group(1)), null, from.end(), sentence.length(),
                    "figures-from"));
        }
    }

    /** "the National Unity Government's claim that more than 5,400 people had died": the owner of the claim speaks. */
    private static final Pattern OWNED_CLAIM = Pattern.compile("(?<![\\p{L}])(\\p{Lu}[\\p{L}.&-]*(?:[\\s\\u00A0]+(?:(?:of|for|the|and|on)[\\s\\u00A0]+)*\\p{Lu}[\\p{L}.&-]*){0,5})"
            + "(?:'s|’s)[\\s\\u00A0]+(?:own[\\s\\u00A0]+|latest[\\s\\u00A0]+)?(?:claim|assertion|allegation|estimate|assessment|finding|warning)"
            + "[\\s\\u00A0]+that(?![\\p{L}])");

    private void ownedClaim(String sentence, List<Frame> frames) {
        if (sentence.contains("'s ") || sentence.contains("’s ")) {
            Matcher owned = OWNED_CLAIM.matcher(sentence);
            while (owned.find()) {
                int end = sentence.indexOf(';', owned.end());
                frames.add(new Frame(Frame.Type.ACCORDING_TO, clean(owned.group(1)), null, owned.end(),
                        (end < 0) ? sentence.length() : end, "owned-claim"));
            }
        }
        for (String preposition : CLAIM_PREPOSITIONS) {
            for (int at = sentence.indexOf(preposition); at > 0; at = sentence.indexOf(preposition, at + 1)) {
                int wordStart = at;
                while (wordStart > 0 && Character.isLetter(sentence.charAt(wordStart - 1))) {
                    wordStart--;
                }
                if (!CLAIM_NOUNS.contains(sentence.substring(wordStart, at))) {
                    continue; // most " by " follow no claim: "reported by", "killed by"
                }
                Matcher by = CLAIM_BY.matcher(sentence).region(wordStart, sentence.length());
                if (by.lookingAt()) {
                    int end = sentence.indexOf(';', by.end());
                    frames.add(new Frame(Frame.Type.ACCORDING_TO, clean(by.group(1)), null, by.end(),
                            (end < 0) ? sentence.length() : end, "claim-by"));
                }
            }
        }
    }

    private static final String[] CLAIM_PREPOSITIONS = { " by ", " from ", " in the " };

    /** What someone makes that a sentence can go on to state: "a report by X that …". */
    private static final String[] CLAIM_WORDS = { "report", "claim", "assertion", "allegation", "estimate",
            "assessment", "finding", "warning", "statement" };

    /** The nouns of {@link #CLAIM_BY}, singular and plural. */
    private static final Set<String> CLAIM_NOUNS = java.util.Arrays.stream(CLAIM_WORDS)
        .flatMap((word) -> java.util.stream.Stream.of(word, word + "s"))
        .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * "dismissed a report by the South Korean newspaper JoongAng Ilbo that Pyongyang could send …": whoever made the
     * claim that the sentence goes on to state, whatever the sentence's own verb does with it; "a report in the
     * newspaper Dong-A Ilbo that …" too, but not "a report in March that …".
     */
    private static final Pattern CLAIM_BY = Pattern.compile("(?:" + String.join("|", CLAIM_WORDS) + ")s?[\\s\\u00A0]+(?:by|from|in(?=[\\s\\u00A0]+the[\\s\\u00A0]))[\\s\\u00A0]+((?:the[\\s\\u00A0]+)?(?:[\\p{L}.'’&-]+[\\s\\u00A0]+){0,6}?"
            + "\\p{Lu}[\\p{L}.'’&-]*(?:[\\s\\u00A0]+\\p{Lu}[\\p{L}.'’&-]*)*)[\\s\\u00A0]+that(?![\\p{L}])");

    private static final List<String> COUNT_NOUNS = List.of("estimate", "count", "calculation", "assessment", "tally", "figures",
            "reckoning", "latest");

    /** Whether "by the" stands before a word for a count: where {@link #BY_ESTIMATE_OF} can match. */
    private static boolean byTheCountOf(String lower) {
        for (int at = lower.indexOf("by the "); at >= 0; at = lower.indexOf("by the ", at + 1)) {
            for (String noun : COUNT_NOUNS) {
                if (lower.startsWith(noun, at + 7)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "by X's estimate" ({@link #BY_ESTIMATE}) or "by the count of X" ({@link #BY_ESTIMATE_OF}): X speaks for the sentence. */
    private static void byEstimate(Pattern pattern, String sentence, List<Frame> frames) {
        Matcher m = pattern.matcher(sentence);
        while (m.find()) {
            frames.add(new Frame(Frame.Type.ACCORDING_TO, clean(m.group(1)), null, 0, sentence.length(), "by-estimate"));
        }
    }

    /** A possessive within the first 64 characters and a word for a figure: where {@link #OWNED_FIGURE} can match. */
    private static boolean mayOwnAFigure(String lower) {
        String start = lower.substring(0, Math.min(lower.length(), 68));
        if (!(start.contains("'s ") || start.contains("’s ") || start.contains("s' ") || start.contains("s’ "))) {
            return false;
        }
        for (String noun : FIGURE_NOUNS) {
            if (lower.contains(noun)) {
                return true;
            }
        }
        return false;
    }

    private void ownedFigure(String sentence, List<Frame> frames) {
        Matcher owned = OWNED_FIGURE.matcher(sentence);
        if (owned.lookingAt()) {
            frames.add(new Frame(Frame.Type.ACCORDING_TO, clean(owned.group(1)), null, 0, sentence.length(), "owned-figure"));
        }
    }

    private static final WordStarts.Words ACCORDING_FIRST = WordStarts.words("according", "selon");

    private static final WordStarts.Words REPORTED_FIRST = WordStarts.words("as", "first", "originally", "reported", "published",
            "revealed", "relayed", "recorded", "documented", "compiled", "tallied");

    private void accordingTo(String sentence, List<Frame> frames) {
        Matcher m = ACCORDING_TO.matcher(sentence);
        for (int from = 0; WordStarts.find(m, sentence, from, sentence.length(), ACCORDING_FIRST, true); from = m.end()) {
            String np = phraseAfter(sentence, m.end(), NP_END);
            np = REPORT_OF.matcher(np).replaceFirst("");
            Matcher released = RECORDS_RELEASED.matcher(np);
            if (released.matches()) {
                np = released.group(1); // "according to figures it released in January": it speaks
            }
            Matcher citing = REPORT_CITING.matcher(np);
            Matcher talked = TALKED_TO_BY.matcher(np);
            Matcher compiled = RECORDS_COMPILED_BY.matcher(np);
            if (compiled.matches()) {
                // "according to Suez Canal Authority figures compiled by Meridian Maritime Review"
                frames.add(new Frame(Frame.Type.ACCORDING_TO, clean(compiled.group(1)), clean(compiled.group(2)), 0,
                        sentence.length(), "according to"));
            }
            else if (citing.matches()) {
                // "according to a Reuters report citing two Western security officials"
                frames.add(new Frame(Frame.Type.ACCORDING_TO, clean(citing.group(2)), clean(citing.group(1)), 0,
                        sentence.length(), "according to"));
            }
            else if (talked.matches()) {
                frames.add(new Frame(Frame.Type.ACCORDING_TO, clean(talked.group(1)), clean(talked.group(2)), 0,
                        sentence.length(), "according to"));
            }
            else if (!np.isBlank()) {
                int npEnd = sentence.indexOf(np, m.end()) + np.length();
                String holder = holderNamed(sentence, np, npEnd);
                if (holder != null) {
                    // "according to the Minister of Public Health, Dr. Lydwine Baradahana"
                    frames.add(new Frame(Frame.Type.ACCORDING_TO, holder, null, 0, sentence.length(), "according to"));
                    continue;
                }
                Matcher cited = CITED_AFTER_ACCORDING.matcher(sentence).region(Math.max(m.end(), npEnd), sentence.length());
                if (cited.lookingAt()) {
                    // "according to Yonhap, which cited a report that the INSS submitted to …": the INSS, through Yonhap
                    frames.add(new Frame(Frame.Type.ACCORDING_TO, clean(cited.group(1)), clean(np), 0, sentence.length(),
                            "according to"));
                    continue;
                }
                frames.add(new Frame(Frame.Type.ACCORDING_TO, clean(np), spokenTo(sentence, npEnd), 0,
                        sentence.length(), "according to"));
            }
        }
    }

    /**
     * Whom the named one cited, right after it: ", citing the NIS", ", which cited a report that the
     * NIS-affiliated Institute for National Security Strategy submitted".
     */
    private static final Pattern CITED_AFTER_ACCORDING = Pattern.compile("(?i)[\\s\\u00A0]*,[\\s\\u00A0]*(?:citing|quoting|which[\\s\\u00A0]+cited"
            + "|which[\\s\\u00A0]+quoted|who[\\s\\u00A0]+cited)[\\s\\u00A0]+(?:(?:a|an|the)[\\s\\u00A0]+(?:new[\\s\\u00A0]+|recent[\\s\\u00A0]+|latest[\\s\\u00A0]+)?"
            + "(?:report|assessment|study|briefing|statement)[\\s\\u00A0]+(?:by|from|of|that)[\\s\\u00A0]+)?([^,;.“”\"]{2,160}?)"
            + "(?=[\\s\\u00A0]+(?:submitted|released|published|presented|prepared|sent|gave|delivered|made|issued)\\b|[,;.]|$)");

    /** ", speaking to Suspilne", ", in an interview with RAI" right after a speaker: the outlet that relays them. */
    private static final Pattern SPOKEN_TO = Pattern.compile(
            "(?i)[\\s\\u00A0]*,[\\s\\u00A0]*(?:speaking to|talking to|in an interview (?:with|to))[\\s\\u00A0]+([^,;.“”\"]{2,80})");

    /** The outlet named by {@link #SPOKEN_TO} at {@code from}, else null. */
    private static String spokenTo(String sentence, int from) {
        if (from < 0 || from >= sentence.length() || sentence.charAt(from) != ',') {
            return null;
        }
        Matcher spoken = SPOKEN_TO.matcher(sentence).region(from, sentence.length());
        return spoken.lookingAt() ? clean(spoken.group(1)) : null;
    }

    /**
     * A work and its author before "was reported by": "The study by the Asia Maritime Observatory, a
     * Tokyo-based think tank, was first reported by …".
     */
    private static final Pattern WORK_BY = Pattern.compile("(?i)(?:the|a|an)[\\s\\u00A0]+(?:[\\p{L}-]+[\\s\\u00A0]+){0,2}?"
            + "(?:study|report|analysis|assessment|survey|findings|research|investigation|estimate|count|tally)[\\s\\u00A0]+(?:by|of|from)"
            + "[\\s\\u00A0]+(?-i:((?:the[\\s\\u00A0]+)?\\p{Lu}[^,;]{1,80}?))(?:,[^,;]{1,60},)?[\\s\\u00A0]+(?:was|were|had[\\s\\u00A0]+been)[\\s\\u00A0]+$");

    /** A work named by its owner right before "reported by": "Russian interior ministry data", "a KIDA study". */
    private static final Pattern OWNED_WORK = Pattern.compile("(?<![\\p{L}])(?:(?:A|An|The|a|an|the)[\\s\\u00A0]+)?(\\p{Lu}[\\p{L}'’-]*(?:[\\s\\u00A0]+[\\p{L}'’-]+){0,3}?)(?:['’]s)?"
            + "[\\s\\u00A0]+(?:data|figures|statistics|study|report|analysis|survey|estimates?|findings|count|tally)[\\s\\u00A0]*$");

    /** An outlet's name: capitalised words, after "the" and a possessive ("South Korea's JoongAng Ilbo"). */
    private static final Pattern OUTLET_NAME = Pattern.compile("(?:(?i:the)[\\s\\u00A0]+)?(?:\\p{Lu}[\\p{L}.&-]*['’]s[\\s\\u00A0]+)?"
            + "\\p{Lu}[\\p{L}.&'’-]*(?:[\\s\\u00A0]+\\p{Lu}[\\p{L}.&'’-]*){0,3}(?:[\\s\\u00A0]+(?:newspaper|daily|news[\\s\\u00A0]+agency|broadcaster))?");

    /** "… and carried by Reuters", "… and picked up by AFP": the next outlet of a relay chain. */
    private static final Pattern AND_CARRIED_BY = Pattern.compile("(?i)[\\s\\u00A0]+(?:on[\\s\\u00A0]+\\p{L}+[\\s\\u00A0]+)?and[\\s\\u00A0]+(?:later[\\s\\u00A0]+)?"
            + "(?:carried|picked[\\s\\u00A0]+up|relayed|republished|cited)[\\s\\u00A0]+by[\\s\\u00A0]+(?-i:(\\p{Lu}[\\p{L}.&'’-]*(?:[\\s\\u00A0]+\\p{Lu}[\\p{L}.&'’-]*){0,3}))");

    private void reportedBy(String sentence, List<Frame> frames) {
        Matcher m = REPORTED_BY.matcher(sentence);
        for (int from = 0; WordStarts.find(m, sentence, from, sentence.length(), REPORTED_FIRST, true); from = m.end()) {
            String np = phraseAfter(sentence, m.end(), NP_END);
            int npEnd = sentence.indexOf(np, m.end()) + np.length();
            Matcher work = WORK_BY.matcher(sentence.substring(0, m.start()));
            boolean found = !np.isBlank() && work.lookingAt();
            if (!np.isBlank() && !found) {
                work = OWNED_WORK.matcher(sentence.substring(0, m.start())); // "… Russian interior ministry data first reported by"
                found = work.find();
            }
            if (found) {
                np = phraseAfter(sentence, m.end(), AGENT_END); // "JoongAng Ilbo on Monday and carried by …"
                Matcher name = OUTLET_NAME.matcher(np);
                np = name.lookingAt() ? name.group().strip() : np; // "the Miami Herald put the number …"
                npEnd = sentence.indexOf(np, m.end()) + np.length();
                // "The study by the Asia Maritime Observatory … was first reported by JoongAng Ilbo on Monday and
                // carried by Reuters": the author speaks, the first outlet relays it, the next relays the first
                String reporter = clean(np);
                Matcher next = AND_CARRIED_BY.matcher(sentence).region(npEnd, sentence.length());
                if (next.lookingAt()) {
                    // the next link of the chain, which speaks for nothing itself
                    frames.add(new Frame(Frame.Type.REFERRING, reporter, clean(next.group(1)), 0, sentence.length(), "carried by"));
                }
                frames.add(new Frame(Frame.Type.CITING, clean(work.group(1)), reporter, 0, sentence.length(), "work reported by"));
                continue;
            }
            Matcher after = CITED_AFTER.matcher(sentence).region(Math.max(m.end(), npEnd), sentence.length());
            Matcher citing = NAME_CITING.matcher(np);
            if (!np.isBlank() && after.lookingAt()) {
                // "first reported by Reuters, citing diplomatic sources"
                frames.add(new Frame(Frame.Type.REPORTED_BY, clean(after.group(1)), clean(np), 0, sentence.length(),
                        "reported by"));
            }
            else if (citing.matches()) {
                // "a figure first reported by Reuters citing diplomatic sources": they speak, Reuters relays
                frames.add(new Frame(Frame.Type.REPORTED_BY, clean(citing.group(2)), clean(citing.group(1)), 0,
                        sentence.length(), "reported by"));
            }
            else if (!np.isBlank()) {
                frames.add(new Frame(Frame.Type.REPORTED_BY, clean(np), null, 0, sentence.length(), "reported by"));
            }
        }
    }

    /**
     * What follows "put" when it places a thing rather than a figure: "put 108 satellites into orbit", "put 50 million
     * euros into scanners", "put about 8 GW of capacity out of action" (but "put the toll at 300", "puts deaths between …").
     */
    private static final Pattern PUT_INTO = Pattern.compile("[^.;:!?]{0,60}?[\\s\\u00A0](?:into|onto|out[\\s\\u00A0]+of)(?![\\p{L}])");

    /** Verbs whose agent gives the figure after "at": "losses put by the NIS at about 2,300". */
    private static final Set<String> AGENT_AT = Set.of("put", "placed", "pegged", "estimated", "given", "reckoned", "cited");

    /** Verbs whose agent gives the figure before them: "the figure of 13 million shells cited by South Korea's military". */
    private static final Set<String> AGENT_AFTER_FIGURE = Set.of("cited", "estimated", "quoted", "reckoned");

    /** Where the agent's name ends: punctuation, or a word that starts what follows it. */
    private static final Pattern AGENT_END = Pattern.compile("(?i)[,;.:“”\"()]|[\\s\\u00A0](?:who|which|that|whose|as|when|while|at|in|on|"
            + "last|this|to|for|and|but|earlier|since|because)(?![\\p{L}])");

    /** " at about 2,300": the figure an agent put a quantity at. */
    private static final Pattern AT_FIGURE = Pattern.compile("(?i)[\\s\\u00A0]+at[\\s\\u00A0]+(?:[\\p{L}-]+[\\s\\u00A0]+){0,2}?[$€£¥₩]?\\d");

    /**
     * A passive verb's named agent gives the figure: "The North's losses, put by the NIS at about
     * 2,300 killed" (the figure after "at"), "the figure of 13 million shells cited by South Korea's
     * military" (the figure before the verb). The agent speaks for the clause that holds the figure.
     */
    private void agentBy(String sentence, String lower, List<Frame> frames) {
        for (int at = lower.indexOf(" by "); at >= 0; at = lower.indexOf(" by ", at + 1)) {
            String verb = lastWord(sentence.substring(Math.max(0, at - 12), at));
            boolean figureAfter = AGENT_AT.contains(verb);
            if (!figureAfter && !AGENT_AFTER_FIGURE.contains(verb)) {
                continue;
            }
            String np = phraseAfter(sentence, at + 4, AGENT_END);
            String name = np.regionMatches(true, 0, "the ", 0, 4) ? np.substring(4) : np;
            if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
                continue; // "estimated by analysts": no one named
            }
            int verbStart = at - verb.length();
            int npEnd = sentence.indexOf(np, at + 4) + np.length();
            if (figureAfter && AT_FIGURE.matcher(sentence).region(npEnd, sentence.length()).lookingAt()) {
                int end = npEnd;
                while (end < sentence.length() && ",;".indexOf(sentence.charAt(end)) < 0) {
                    end++;
                }
                frames.add(new Frame(Frame.Type.ACCORDING_TO, clean(np), null, verbStart, end, "agent-by"));
            }
            else if (AGENT_AFTER_FIGURE.contains(verb) && figureJustBefore(sentence, verbStart - 1)) {
                frames.add(new Frame(Frame.Type.ACCORDING_TO, clean(np), null, figureStart(sentence, verbStart), verbStart, "agent-by"));
            }
        }
    }

    private void verbs(String sentence, List<Frame> frames) {
        int length = sentence.length();
        int i = 0;
        while (i < length) {
            // a verb starts a run of letters with one of the verbs' first letters: other characters
            // are passed one by one, without finding where their words end
            char initial = sentence.charAt(i);
            if (!(initial >= 'a' && initial <= 'z' && VERB_INITIALS[initial - 'a'])) {
                i++;
                continue;
            }
            if (i > 0 && Character.isLetter(sentence.charAt(i - 1))) {
                i++;
                continue;
            }
            int start = i;
            while (i < length && Character.isLetter(sentence.charAt(i))) {
                i++;
            }
            int end = i;
            // every verb is 3 to 12 lower-case letters: most words are ruled out without a lookup
            if (end - start < 3 || end - start > 12 || !isVerbShape(sentence.charAt(start), end - start)
                    || !isVerb(sentence, start, end)) {
                continue;
            }
            frame(sentence, start, end, frames);
        }
    }

    /** For each word length, the initials of the verbs of that length (a to z as bits 0 to 25). */
    private static final int[] VERB_SHAPES = new int[13];

    static {
        for (String verb : VERBS) {
            VERB_SHAPES[verb.length()] |= 1 << (verb.charAt(0) - 'a');
        }
    }

    /** Whether a verb starts with the letter ({@code [letter - 'a']}). */
    private static final boolean[] VERB_INITIALS = new boolean[26];

    static {
        for (String verb : VERBS) {
            VERB_INITIALS[verb.charAt(0) - 'a'] = true;
        }
    }

    /** The verbs by length and first letter ({@code [length][letter - 'a']}). */
    private static final String[][][] VERBS_BY_SHAPE = new String[13][26][];

    static {
        for (String verb : VERBS) {
            String[] same = VERBS_BY_SHAPE[verb.length()][verb.charAt(0) - 'a'];
            String[] more = (same == null) ? new String[1] : java.util.Arrays.copyOf(same, same.length + 1);
            more[more.length - 1] = verb;
            VERBS_BY_SHAPE[verb.length()][verb.charAt(0) - 'a'] = more;
        }
    }

    /** Whether the word at {@code [start, end)} is one of {@link #VERBS}, compared in place. */
    private static boolean isVerb(String sentence, int start, int end) {
        String[] candidates = VERBS_BY_SHAPE[end - start][sentence.charAt(start) - 'a'];
        if (candidates != null) {
            for (String verb : candidates) {
                if (sentence.startsWith(verb, start)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a verb of this length starts with this letter: most words are passed without a lookup. */
    private static boolean isVerbShape(char initial, int length) {
        return initial >= 'a' && initial <= 'z' && (VERB_SHAPES[length] & (1 << (initial - 'a'))) != 0;
    }

    private void frame(String sentence, int start, int end, List<Frame> frames) {
        // a speaker is named within a few words of the verb: a long sentence's start cannot hold it
        String before = sentence.substring(Math.max(0, start - SPEAKER_REACH), start);
        String near = before.substring(Math.max(0, before.length() - 30));
        String wordBefore = lastWord(near);
        boolean spaced = !near.isEmpty() && isPatternSpace(near.charAt(near.length() - 1));
        boolean progressive = sentence.startsWith("ing", end - 3);
        if (progressive) {
            // "The Irrawaddy is reporting that …": the speaker before its auxiliary; "Reporting by Jane Doe" is a credit
            Matcher auxiliary = PROGRESSIVE_AUXILIARY.matcher(before);
            if (!auxiliary.find()) {
                return;
            }
            before = before.substring(0, auxiliary.start());
            near = before.substring(Math.max(0, before.length() - 30));
            wordBefore = lastWord(near);
        }
        else if (spaced && PASSIVE_WORDS.contains(wordBefore) || AS_WORDS.contains(wordBefore) || sentence.startsWith(" by", end)) {
            return; // "as reported", "is believed", "have been told"
        }
        if (spaced && DETERMINERS.contains(wordBefore)) {
            return; // "an estimated 6,000", "the estimate of the UN": an adjective or a noun, not a verb
        }
        if (spaced && wordBefore.equals("to")) {
            return; // "the agency's first estimate to put a number on the dead": an infinitive has no speaker of its own
        }
        Matcher aside = AS_ASIDE.matcher(near);
        if (aside.find() && ASIDE_END.matcher(sentence).region(end, sentence.length()).lookingAt()) {
            // "He told reporters, as TASS reported, that …": TASS relays the speaker before it
            relayAside(frames, clean(aside.group(1)));
            return;
        }
        String verb = sentence.substring(start, end);
        if (verb.equals("think") && sentence.startsWith(" tank", end)) {
            return; // "a Tokyo-based think tank": a noun
        }
        if (PLEDGES.contains(verb) && !isPledge(sentence, near, end)) {
            return;
        }
        if ((verb.equals("put") || verb.equals("puts")) && PUT_INTO.matcher(sentence).region(end, sentence.length()).lookingAt()) {
            return; // "Spacesail has put 108 satellites into orbit": putting something somewhere, not putting a figure on it
        }
        if ((verb.equals("added") || verb.equals("adds")) && ADDED_OBJECT.matcher(sentence).region(end, sentence.length()).lookingAt()) {
            return; // "the package added 19 entities to its list": adding, not saying
        }
        String inverted = invertedSpeaker(sentence, before, end, verb);
        if (inverted != null) {
            // "…, said its coordinator Ram Bahadur Shrestha, 34": the speaker follows the verb
            frames.add(new Frame(Frame.Type.POSTPOSED, inverted, null, 0, start, verb));
            return;
        }
        String[] np = leftPhrase(before);
        if (wordBefore.equals("and") && np[1] == null && SAYING.contains(verb)) {
            // "… came out to the reporters and said": no speaker just before the verb, but the sentence's subject
            String subject = coordinatedSubject(sentence.substring(0, start));
            np = (subject == null) ? np : new String[] { cleanNp(subject), null };
        }
        if (np[0].isBlank() || (verb.equals("report") && INDEFINITE_NAME.matcher(near).find())) {
            return; // "a Reuters report citing …" is a noun
        }
        if (verb.startsWith("cite") || verb.startsWith("quote")) {
            String cited = citedWork(sentence, end);
            if (cited != null) {
                // "Choi cited a report by KINU that put …": KINU speaks, Choi relays
                frames.add(new Frame(Frame.Type.CITING, cited, np[0], end, sentence.length(), verb));
                return;
            }
        }
        Matcher citing = CITING_AFTER.matcher(sentence);
        citing.region(end, sentence.length());
        if (citing.lookingAt()) {
            // "Reuters reported last week, citing two European security sources, that …"; "…, Klymenko wrote on
            // Telegram, citing the air force, according to Reuters.": the statement before the verb
            boolean after = before.contains(",") && isTail(sentence.substring(citing.end() - 1));
            frames.add(after ? new Frame(Frame.Type.CITING, clean(citing.group(1)), np[0], 0, start, verb)
                    : new Frame(Frame.Type.CITING, clean(citing.group(1)), np[0], citing.end(), sentence.length(), verb));
            return;
        }
        Matcher citedLast = CITED_AT_END.matcher(sentence).region(end, sentence.length());
        if (np[1] == null && before.contains(",") && citedLast.matches()) {
            // "…, roughly $2,300, Reuters reports, citing three Cubans who signed contracts.": they speak, Reuters relays
            frames.add(new Frame(Frame.Type.POSTPOSED, clean(citedLast.group(1)), np[0], 0, start, verb));
            return;
        }
        boolean last = AT_END.matcher(sentence).region(end, sentence.length()).matches()
                || (before.contains(",") && (isTail(sentence.substring(end)) || newClauseAfter(sentence, end)));
        Frame.Type type = (np[1] != null) ? Frame.Type.CITING : last ? Frame.Type.POSTPOSED : Frame.Type.PREPOSED;
        String relay = (np[1] != null) ? np[1] : (np.length > 2 && np[2] != null) ? np[2] : relay(sentence, end, verb);
        int scopeStart = (type == Frame.Type.POSTPOSED) ? 0 : end;
        int scopeEnd = (type == Frame.Type.POSTPOSED) ? start : sentence.length();
        frames.add(new Frame(type, np[0], relay, scopeStart, scopeEnd, verb));
    }

    /**
     * What can follow a reporting verb placed after its statement: "…, Park told reporters after the
     * briefing, relaying the agency's assessment." No clause of its own ("that"), no figure.
     */
    private static boolean isTail(String after) {
        if (after.length() > 240) {
            return false;
        }
        for (int i = 0; i < after.length(); i++) {
            if ("“\"«:;".indexOf(after.charAt(i)) >= 0) {
                return false;
            }
        }
        if (WordStarts.find(TAIL_BREAK.matcher(after), after, 0, after.length(), TAIL_BREAK_FIRST, true)) {
            return false;
        }
        for (int i = 0; i < after.length(); i++) {
            if (Character.isDigit(after.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** "…, Shrestha said, but he received …": a new clause after the verb leaves it placed after its statement. */
    private static final Pattern NEW_CLAUSE = Pattern.compile("(?i),[\\s\\u00A0]+(?:but|and|while|although|though|whereas|yet|as)\\b");

    /** When or where the verb was said, before a new clause: "said on Thursday, as cuts …". */
    private static final Pattern SAID_WHEN = Pattern.compile("(?i)[\\s\\u00A0]+(?:on|in|at|last|this|late|early|earlier)[\\s\\u00A0]+[^,;:“”\"]{1,40}?(?=,)");

    /** Whether a new clause follows the verb that ends at {@code end}, after when or where it was said. */
    private static boolean newClauseAfter(String sentence, int end) {
        Matcher clause = NEW_CLAUSE.matcher(sentence).region(end, sentence.length());
        if (clause.lookingAt()) {
            return true;
        }
        Matcher when = SAID_WHEN.matcher(sentence).region(end, sentence.length());
        return when.lookingAt() && clause.region(when.end(), sentence.length()).lookingAt();
    }

    /** Verbs that may come before their speaker: "…, said the ministry", "…, says Jane Doe". */
    private static final Set<String> INVERTING = Set.of("said", "says", "added", "adds", "wrote", "writes", "noted",
            "notes", "explained", "explains");

    /** A speaker after the verb starts with a capital or a determiner: "said the ministry", "said its coordinator X". */
    private static final Pattern INVERTED_START = Pattern.compile("[\\s\\u00A0]+(?:\\p{Lu}|(?:the|its|their|a|an|his|her)[\\s\\u00A0]+\\p{L})");

    /**
     * The speaker of "statement, said the ministry's spokesman": the verb comes right after a comma
     * and a noun phrase follows it; null otherwise ("…, said to be worth", "…, told reporters").
     */
    private static String invertedSpeaker(String sentence, String before, int verbEnd, String verb) {
        if (!INVERTING.contains(verb) || !endsStatement(before.stripTrailing())
                || !INVERTED_START.matcher(sentence).region(verbEnd, sentence.length()).lookingAt()) {
            return null;
        }
        String raw = phraseAfter(sentence, verbEnd, NP_END);
        if (CLAUSE_IN_PHRASE.matcher(raw).find()) {
            return null; // "…, said Russia was producing 2,700 drones" is a statement after an appositive
        }
        String phrase = cleanNp(raw);
        if (phrase.isBlank()) {
            return null;
        }
        String holder = holderNamed(sentence, raw, sentence.indexOf(raw, verbEnd) + raw.length());
        return (holder != null) ? holder : phrase;
    }

    /**
     * An office, then who holds it in apposition: "the Minister of Public Health, Dr. Lydwine Baradahana",
     * "the country's health minister, Jean Kaseya". Group 1 is the office.
     */
    static final Pattern OFFICE = Pattern.compile("(?i)(?:(?:the|its|their|his|her)[\\s\\u00A0]+)?(?:[\\p{L}'’-]+[\\s\\u00A0]+){0,3}?"
            + "(?:minister|secretary|secretary-general|director|director-general|head|chief|spokesperson|spokesman|spokeswoman"
            + "|governor|mayor|commander|ambassador|president|chair|chairman|chairwoman|chairperson|coordinator|commissioner"
            + "|representative|prosecutor|envoy)(?:[\\s\\u00A0]+(?:of|for|at|in)[\\s\\u00A0]+[^,;:“”\"]{1,80})?");

    /** The holder's name after the office: an honorific, then two to four capitalised words, then the clause goes on or ends. */
    private static final Pattern HOLDER_NAME = Pattern.compile("[\\s\\u00A0]*,[\\s\\u00A0]*(?:(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Maj|Capt|Lt|Adm|Sen|Rep)\\.?[\\s\\u00A0]+)?"
            + "(\\p{Lu}[\\p{L}'’-]+(?:[\\s\\u00A0]+\\p{Lu}[\\p{L}'’-]+){1,3})(?=[\\s\\u00A0]*(?:[,.;:]|$))");

    /**
     * "the Minister of Public Health, Dr. Lydwine Baradahana" when {@code phrase} (ending at {@code end}) is an
     * office and a name follows it in apposition: the office and the name, for the resolver; else null.
     */
    static String holderNamed(String sentence, String phrase, int end) {
        if (end <= 0 || end >= sentence.length() || sentence.charAt(end) != ',' || !OFFICE.matcher(phrase).matches()) {
            return null;
        }
        Matcher name = HOLDER_NAME.matcher(sentence).region(end, sentence.length());
        return name.lookingAt() ? clean(phrase) + ", " + name.group(1) : null;
    }

    /**
     * Whether the text before the verb ends a statement: a comma ("…, said the ministry"), or a
     * quotation closed after a comma, a question mark or an exclamation mark ("“… a day,” said Jane Doe").
     */
    private static boolean endsStatement(String before) {
        if (before.endsWith(",")) {
            return true;
        }
        int end = before.length();
        while (end > 0 && "\"”’'".indexOf(before.charAt(end - 1)) >= 0) {
            end--;
        }
        return end < before.length() && end > 0 && ",?!".indexOf(before.charAt(end - 1)) >= 0;
    }

    /** A digit or a finite verb: what a speaker's name and role do not hold. */
    private static final Pattern CLAUSE_IN_PHRASE = Pattern.compile(
            "\\d|(?i)\\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|does|do)\\b");

    /** Who wrote what a speaker cites: "a report by the KINU", "figures from the ministry", "Yonhap". */
    private static String citedWork(String sentence, int verbEnd) {
        String object = phraseAfter(sentence, verbEnd, NP_END);
        Matcher work = REPORT_OF.matcher(object);
        if (work.lookingAt()) {
            String author = clean(object.substring(work.end()));
            return author.isEmpty() ? null : author;
        }
        return (!object.isEmpty() && Character.isUpperCase(object.charAt(0))) ? clean(object) : null;
    }

    /** The outlet a speaker talked to: "told The War Zone", "in an interview with Izvestia". */
    private static String relay(String sentence, int verbEnd, String verb) {
        if (verb.equals("told") || verb.equals("tells") || verb.equals("tell")) {
            String object = phraseAfter(sentence, verbEnd, OBJECT_END);
            if (!object.isBlank()) {
                return clean(object);
            }
        }
        if (sentence.contains(" on ") || sentence.contains(" by ")) {
            Matcher carried = CARRIED_BY.matcher(sentence).region(verbEnd, sentence.length());
            if (carried.lookingAt()) {
                return clean(carried.group(1)); // "…, the junta said in a statement read on state broadcaster MRTV"
            }
        }
        if (!sentence.contains("nterview")) {
            return null;
        }
        Matcher interview = INTERVIEW.matcher(sentence);
        return interview.find() ? clean(interview.group(1)) : null;
    }

    /** A statement carried by an outlet, soon after the verb: "in a statement read on state broadcaster MRTV". */
    private static final Pattern CARRIED_BY = Pattern.compile("(?i:[^.;:]{0,60}?\\b(?:read|broadcast|aired|carried|published|run)"
            + "[\\s\\u00A0]+(?:on|by)[\\s\\u00A0]+(?:the[\\s\\u00A0]+)?(?:state(?:-run)?[\\s\\u00A0]+)?"
            + "(?:(?:broadcaster|television|TV|news[\\s\\u00A0]+agency|media|newspaper|daily|radio)[\\s\\u00A0]+)?)"
            + "(\\p{Lu}[\\p{L}.&-]*(?:[\\s\\u00A0]+\\p{Lu}[\\p{L}.&-]*){0,3})");

    /**
     * The speaker phrase before a verb; the second element is the relay when the phrase is "X,
     * citing Y".
     */
    private static String[] leftPhrase(String before) {
        String text = before.stripTrailing();
        text = withoutTrailingFiller(text);
        int quote = Math.max(Math.max(text.lastIndexOf('“'), text.lastIndexOf('”')),
                Math.max(text.lastIndexOf('"'), Math.max(text.lastIndexOf(';'), text.lastIndexOf(':'))));
        text = text.substring(quote + 1);
        text = text.substring(afterSpacedDash(text)); // "SEOUL, Oct 18 (Reuters) - Officials said": the dateline is not the speaker
        Matcher credit = CREDIT_WITHOUT_DASH.matcher(text);
        if (text.indexOf('(') >= 0 && credit.find()) {
            text = text.substring(credit.end()); // "Taipei, Feb. 10 (CNA) Taiwan's Ministry of National Defense said"
        }
        String[] pieces = lastPieces(text);
        if (pieces[0] == null) {
            return new String[] { "", null };
        }
        String np = pieces[0].trim();
        Matcher citing = CITING.matcher(np);
        if (citing.matches() && pieces[1] != null) {
            return new String[] { cleanNp(citing.group(2)), cleanNp(pieces[1]) };
        }
        String role = LEADING_ARTICLE.matcher(np.toLowerCase(Locale.ROOT)).replaceFirst("");
        String firstWord = firstWord(role);
        boolean relative = RELATIVES.contains(firstWord);
        // "Daniel Moss, a lawyer, said": an indefinite appositive between commas ("…, a spokesperson said" is the speaker)
        boolean closed = text.stripTrailing().endsWith(",");
        boolean indefinite = (np.startsWith("a ") || np.startsWith("an ")) && closed;
        // "The forum, set up by men who came back, says", "Shrestha, 34, said", "The ministry, however, said"
        boolean aside = closed && !np.isEmpty() && (Character.isLowerCase(np.charAt(0)) || Character.isDigit(np.charAt(0)));
        indefinite |= aside;
        boolean appositive = indefinite || closed && ROLE_NOUNS.contains(firstWord) && ROLE_OF.matcher(role).matches()
                || closed && PLACE_APPOSITIVE.matcher(np).matches(); // "a source in Onsong county, North Hamgyong province, reported"
        String inner = relative ? np.substring(np.toLowerCase(Locale.ROOT).indexOf(firstWord) + firstWord.length()).strip() : "";
        if (relative && !closed && !inner.isEmpty()) {
            np = inner; // "the group, which the United Nations estimates has": the relative clause's own subject speaks
        }
        else if ((relative || appositive) && pieces[1] != null) {
            // "Kovalenko, head of the centre, said"; "Western officials, quoted anonymously by the Financial
            // Times last month, put …": the outlet the aside names relays the speaker
            Matcher outlet = ASIDE_OUTLET.matcher(np);
            String relay = outlet.find() ? clean(outlet.group(1) != null ? outlet.group(1) : outlet.group(2)) : null;
            return new String[] { cleanNp(pieces[1].trim()), null, relay };
        }
        return new String[] { cleanNp(np), null };
    }

    /** An aside that names the outlet a speaker talked to: "quoted anonymously by the Financial Times", "who spoke to Reuters". */
    private static final Pattern ASIDE_OUTLET = Pattern.compile("(?i)^(?:who[\\s\\u00A0]+)?(?:(?:was|were)[\\s\\u00A0]+)?"
            + "(?:(?:quoted|cited|interviewed)(?:[\\s\\u00A0]+anonymously)?[\\s\\u00A0]+by[\\s\\u00A0]+(?:the[\\s\\u00A0]+)?"
            + "(?-i:(\\p{Lu}[\\p{L}.&'’-]*(?:[\\s\\u00A0]+\\p{Lu}[\\p{L}.&'’-]*){0,3}))"
            + "|(?:spoke|speaking|talked|talking)[\\s\\u00A0]+to[\\s\\u00A0]+(?:the[\\s\\u00A0]+)?"
            + "(?-i:(\\p{Lu}[\\p{L}.&'’-]*(?:[\\s\\u00A0]+\\p{Lu}[\\p{L}.&'’-]*){0,3})))");

    /** A place set off by commas after its speaker: "North Hamgyong province", "Kursk region", "Sumy Oblast". */
    private static final Pattern PLACE_APPOSITIVE = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}'’-]*[\\s\\u00A0]+){1,3}(?i:province|county|region|oblast|prefecture|district|governorate)");

    private static final Set<String> RELATIVES = Set.of("who", "which", "whom");

    /** Small words inside a name: "Ministry of Defence", "Institute for the Study of War". */
    private static final Set<String> NAME_LINKS = Set.of("of", "for", "the", "de", "al", "bin", "van", "von");

    /** Verbs of saying, which can be the second verb of a subject ("… came out and said"). */
    private static final Set<String> SAYING = Set.of("said", "says", "told", "tells", "added", "adds", "announced",
            "announces", "stated", "states", "warned", "noted", "explained", "confirmed", "claimed", "insisted", "estimated");

    /**
     * The subject of a sentence whose reporting verb is the second of two it governs: "Rep. Ahn
     * Min-jae, one of the committee's secretaries, came out to the reporters and said …", "In June,
     * Sergei Shoigu stood beside Kim Jong Un and announced …". The subject is the first piece
     * between commas that opens with a name, followed by its verb in lower case or by an apposition.
     * Null when no piece does.
     */
    static String coordinatedSubject(String head) {
        String text = head.substring(afterSpacedDash(head)).strip();
        int from = 0;
        while (from < text.length()) {
            int comma = from;
            while (comma < text.length() && !(text.charAt(comma) == ',' && !thousandsAfter(text, comma))) {
                comma++;
            }
            String piece = text.substring(from, comma).strip();
            int nameEnd = piece.isEmpty() ? -1 : nameEnd(piece);
            if (nameEnd > 0) {
                String name = piece.substring(0, nameEnd);
                String rest = piece.substring(nameEnd).strip();
                boolean verbFollows = !rest.isEmpty() && Character.isLowerCase(rest.charAt(0));
                boolean appositionFollows = rest.isEmpty() && comma < text.length();
                if (verbFollows || appositionFollows) {
                    return name;
                }
            }
            from = comma + 1;
        }
        return null;
    }

    /** Capitalised words that open a sentence without being a name. */
    private static final Set<String> NOT_NAME_OPENERS = Set.of("A", "An", "In", "On", "At", "By", "For", "From",
            "Since", "After", "Before", "During", "Between", "When", "While", "But", "And", "Yet", "So", "As", "If",
            "Last", "This", "That", "Then", "Now", "Later", "Earlier", "It", "He", "She", "They", "We", "I");

    /**
     * Where the capitalised words a text opens with end ("Rep. Ahn Min-jae", "The Korea Institute
     * for National Unification"); -1 when they are not a name.
     */
    private static int nameEnd(String text) {
        int i = 0;
        int end = -1;
        int words = 0;
        boolean named = false;
        while (i < text.length() && words < 7) {
            int wordEnd = i;
            while (wordEnd < text.length() && !isSpace(text.charAt(wordEnd))) {
                wordEnd++;
            }
            String word = text.substring(i, wordEnd);
            if (Character.isUpperCase(word.charAt(0))) {
                if (words == 0 && NOT_NAME_OPENERS.contains(word)) {
                    return -1; // "In June 2025", "But officials"
                }
                named |= !word.equals("The"); // "The Korea Institute …", but not "The" alone
                end = wordEnd;
            }
            else if (words == 0 || !NAME_LINKS.contains(word)) {
                break;
            }
            words++;
            i = wordEnd;
            while (i < text.length() && isSpace(text.charAt(i))) {
                i++;
            }
        }
        return (named && words < 7) ? end : -1;
    }

    /** A dateline credited without a dash: a place, a date with its day, the agency in brackets, then the text. */
    private static final Pattern CREDIT_WITHOUT_DASH = Pattern.compile(
            "^\\p{Lu}[\\p{L} .'-]{1,30},[\\s\\u00A0]+\\p{Lu}\\p{Ll}{2,8}\\.?[\\s\\u00A0]+\\d{1,2}[\\s\\u00A0]+\\(\\p{Lu}[\\p{L}. ]{1,20}\\)[\\s\\u00A0]+(?=\\p{Lu})");

    /**
     * The last two pieces of the text between commas that are not blank, the last first (a comma
     * before three digits is a thousands separator, not a break); null where there is none.
     */
    private static String[] lastPieces(String text) {
        String[] found = new String[2];
        int count = 0;
        int end = text.length();
        for (int i = text.length() - 1; i >= -1 && count < 2; i--) {
            if (i >= 0 && !(text.charAt(i) == ',' && !thousandsAfter(text, i))) {
                continue;
            }
            String piece = text.substring(i + 1, end);
            if (!piece.isBlank()) {
                found[count++] = piece;
            }
            end = i;
        }
        return found;
    }

    /** Whether three digits follow the comma at {@code comma} ({@code \d{3}}, ASCII digits). */
    private static boolean thousandsAfter(String text, int comma) {
        if (comma + 3 >= text.length()) {
            return false;
        }
        for (int k = comma + 1; k <= comma + 3; k++) {
            char c = text.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The text up to its first white space, as splitting at the first run of white space gives it. */
    private static String firstWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0') {
                return text.substring(0, i);
            }
        }
        return text;
    }

    /** The last word of the text in lower case, after any spaces that end it; "" if it ends otherwise. */
    private static String lastWord(String text) {
        int end = text.length();
        while (end > 0 && isPatternSpace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        boolean bounded = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)) && text.charAt(start - 1) != '_';
        return (start < end && bounded) ? text.substring(start, end).toLowerCase(Locale.ROOT) : "";
    }

    /** Where the text goes on after its last spaced dash (" - ", " – ", " — "); 0 if it has none. */
    static int afterSpacedDash(String text) {
        for (int i = text.length() - 2; i > 0; i--) {
            char c = text.charAt(i);
            if ((c == '-' || c == '–' || c == '—') && isPatternSpace(text.charAt(i - 1)) && isPatternSpace(text.charAt(i + 1))) {
                return i + 2;
            }
        }
        return 0;
    }

    /** The text without the filler words at its end, and without "on Monday" there. */
    private static String withoutTrailingFiller(String phrase) {
        String text = phrase;
        while (true) {
            int end = text.length();
            int wordStart = end;
            while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart == end || wordStart == 0 || !isPatternSpace(text.charAt(wordStart - 1))) {
                return text;
            }
            int spaceStart = spacesBefore(text, wordStart);
            String word = text.substring(wordStart, end).toLowerCase(Locale.ROOT);
            if (FILLERS.contains(word)) {
                text = text.substring(0, spaceStart);
                continue;
            }
            // "on Monday": "on", one space, a word ending in "day"
            boolean onDay = word.length() > 3 && word.endsWith("day") && spaceStart == wordStart - 1
                    && text.charAt(spaceStart) == ' ' && spaceStart >= 3
                    && text.substring(spaceStart - 2, spaceStart).equalsIgnoreCase("on")
                    && isPatternSpace(text.charAt(spaceStart - 3));
            if (!onDay) {
                return text;
            }
            text = text.substring(0, spacesBefore(text, spaceStart - 2));
        }
    }

    /** Where the run of spaces that ends at {@code end} starts. */
    private static int spacesBefore(String text, int end) {
        int start = end;
        while (start > 0 && isPatternSpace(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** Cuts a phrase down to its noun phrase: after the last clause word, without leading "and". */
    static String cleanNp(String phrase) {
        String np = clean(phrase);
        np = np.substring(afterLastBreaker(np));
        np = withoutLeading(LEADING_LINK, np);
        np = withoutLeading(LEADING_TIME, np);
        return ONLY_TIME.matcher(np).matches() ? "" : np.trim(); // "adopted on 24 June, added": no speaker
    }

    /** The text without what the pattern (anchored at the start) matches there. */
    private static String withoutLeading(Pattern leading, String text) {
        Matcher m = leading.matcher(text);
        return m.lookingAt() ? text.substring(m.end()) : text;
    }

    /** Where the phrase goes on after its last clause word and the spaces after it; 0 if none. */
    private static int afterLastBreaker(String np) {
        int after = 0;
        int length = np.length();
        int i = 0;
        while (i < length) {
            if (!Character.isLetter(np.charAt(i)) || (i > 0 && !isSpace(np.charAt(i - 1)))) {
                i++;
                continue;
            }
            int end = i;
            while (end < length && Character.isLetter(np.charAt(end))) {
                end++;
            }
            if (end < length && isSpace(np.charAt(end)) && end - i <= 8
                    && BREAKERS.contains(np.substring(i, end).toLowerCase(Locale.ROOT))) {
                int next = end;
                while (next < length && isSpace(np.charAt(next))) {
                    next++;
                }
                after = next;
            }
            i = end;
        }
        return after;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0';
    }

    /** The phrase from {@code start} to the first {@code end}; the period of "Rep." or "U.S." does not end it. */
    private static String phraseAfter(String sentence, int start, Pattern end) {
        Matcher matcher = end.matcher(sentence);
        int stop = sentence.length();
        int from = start;
        while (from < sentence.length() && matcher.find(from)) {
            if (sentence.charAt(matcher.start()) != '.' || !SentenceSplitter.endsAbbreviation(sentence, matcher.start())) {
                stop = matcher.start();
                break;
            }
            from = matcher.end();
        }
        return sentence.substring(start, stop).trim();
    }

    /** What the patterns' {@code [\\s\\u00A0]} match. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0';
    }

    /** The phrase without quotation marks, its spaces made single, without commas, spaces and periods at its edges. */
    static String clean(String phrase) {
        StringBuilder out = new StringBuilder(phrase.length());
        boolean space = false;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c == '“' || c == '”' || c == '"' || c == '«' || c == '»') {
                continue;
            }
            if (isPatternSpace(c)) {
                space = true;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        if (space) {
            out.append(' ');
        }
        int start = 0;
        while (start < out.length() && (out.charAt(start) == ' ' || out.charAt(start) == ',')) {
            start++;
        }
        int end = out.length();
        while (end > start && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == ',' || out.charAt(end - 1) == '.')) {
            end--;
        }
        return out.substring(start, end);
    }
}
