package org.briefing.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The turns of a transcript (a hearing, a press briefing, a broadcast): who holds the floor at each
 * sentence, from speaker labels at the start of a paragraph ("Ms. Anne Sorensen (Director General,
 * …):", "[00:06:19] LUCY ZHANG: …"). A turn lasts until the next label. An article is read as a
 * transcript only when it has at least two labels, so that a lone "Update:" or "Note:" is not a
 * speaker.
 */
final class SpeakerTurns {

    /** A capitalised name of up to six words. */
    private static final String NAME = "\\p{Lu}[\\p{L}.'’-]*(?:[\\s\\u00A0]+[\\p{Lu}][\\p{L}.'’-]*){0,5}";

    /**
     * A label: an optional time code or bracketed note ("[00:06:19]", "[Question in Hindi;
     * translation]"), an optional question number of a committee's record ("Q88 Chair:"), a name, an optional second name after a comma ("Anjali Menon, Mathrubhumi";
     * "Official Spokesperson, Shri Vikram Nayar"), an optional role in brackets, a colon.
     */
    private static final Pattern LABEL = Pattern.compile(
            "^[\\s\\u00A0]*(?:\\[[^\\[\\]]{1,60}\\][\\s\\u00A0]*)?(?:Q\\d{1,4}[\\s\\u00A0]+)?(" + NAME + ")(?:,[\\s\\u00A0]+(" + NAME + "))?"
                    + "[\\s\\u00A0]*(\\((?:[^()]|\\([^()]*\\))*\\))?[\\s\\u00A0]*:(?:[\\s\\u00A0]|$)");

    /**
     * A label of a legislature's printed record, a sentence of its own: a title and a surname in
     * capitals, a period ("Ms. WHITLOCK.", "Senator WARNER.", "Mr. SMITH of Texas.").
     */
    private static final Pattern RECORD_LABEL = Pattern.compile("[\\s\\u00A0]*((?:Mr|Mrs|Ms|Dr|Sen|Rep|Gen|Adm)\\.?"
            + "[\\s\\u00A0]+\\p{Lu}[\\p{Lu}'’-]+|(?:Chairman|Chairwoman|Senator|Representative|Secretary|Ambassador|General|Admiral"
            + "|Governor|Judge)[\\s\\u00A0]+\\p{Lu}[\\p{Lu}'’-]+)(?:[\\s\\u00A0]+of[\\s\\u00A0]+\\p{Lu}\\p{L}+(?:[\\s\\u00A0]+\\p{Lu}\\p{L}+)?)?\\.[\\s\\u00A0]*");

    /** The longest {@link #RECORD_LABEL}: a title, a name, "of" and two words, spaces around. */
    private static final int RECORD_LABEL_MAX = 120;

    /**
     * A label of an earnings call's transcript, a line of its own above the turn: a name, a dash, the role or firm
     * ("Ulrike Brandt -- Chief Executive Officer", "Thomas Reddy — UBS").
     */
    private static final Pattern DASHED_LABEL = Pattern.compile("[\\s\\u00A0]*(\\p{Lu}[\\p{L}.'’-]*(?:[\\s\\u00A0]+\\p{Lu}[\\p{L}.'’-]*){1,3})"
            + "[\\s\\u00A0]+(?:--|—|–)[\\s\\u00A0]+[^.!?:;]{2,80}");

    /** A section's number alone, split from its heading: "2.", "3.1", "IV.". */
    private static final Pattern SECTION_NUMBER = Pattern.compile("[\\s\\u00A0#]*(?:\\d{1,2}(?:\\.\\d{1,2})*|[IVX]{1,5})\\.?[\\s\\u00A0]*");

    /** A role that comes before the name in a label: "Official Spokesperson, Shri Vikram Nayar". */
    private static final Pattern ROLE_FIRST = Pattern.compile(
            "(?i).*\\b(?:spokesperson|spokesman|spokeswoman|minister|secretary|ambassador|chair|chairman|chairwoman|"
                    + "president|director|official|moderator|presenter|host|interviewer|correspondent|reporter)$");

    /**
     * Honorifics and ranks before a name in a label, in any case ("MS. GRACE OYELARAN", "VICE ADM.
     * DANIEL PRUETT", "DG ISHIDA" (a director-general), "Rep. Yoon", "Major General Crewe", "Dame Eleanor Hartley"); the Indian ones
     * only as written, since "SRI" may start a place. Ranks are written out or abbreviated.
     */
    private static final Pattern HONORIFIC = Pattern.compile("^(?:(?:Shri|Smt\\.?|Sri)[\\s\\u00A0]+|(?i:(?:mr|mrs|ms|dr|prof|rep|sen|dg|ddg|adg"
            + "|gov|amb|hon|gen|lt|col|maj|capt|cmdr|adm|brig|vice[\\s\\u00A0]+adm|rear[\\s\\u00A0]+adm|lt\\.?[\\s\\u00A0]+gen"
            + "|professor|doctor|general|lieutenant|major|colonel|brigadier|captain|commander|admiral|marshal|air|vice|rear"
            + "|sergeant|sir|dame|lord|lady|baroness|baron|the[\\s\\u00A0]+rt[\\s\\u00A0]+hon|rt[\\s\\u00A0]+hon)\\.?)[\\s\\u00A0]+)+");

    /** Labels that are not speakers. */
    private static final Set<String> NOT_SPEAKERS = Set.of("note", "update", "updated", "editor's note", "correction",
            "source", "sources", "photo", "photos", "topics", "contact", "related", "read more", "tags", "translator's note",
            "desk comment", "disclaimer", "warning", "subscribe", "share", "caption", "credit", "credits", "video", "watch",
            "listen", "summary", "background", "context", "why it matters", "the bottom line", "breaking", "exclusive",
            "analysis", "opinion", "q", "a", "question", "answer", "when", "where", "what", "who", "how", "date",
            "published", "posted", "by", "editor", "advertisement", "text", "participants", "see also", "also read", "more", "next issue", "translation",
            "translated by", "reporting", "additional reporting", "editing", "writing", "illustration", "graphics");

    /** The label in effect at each sentence, or null. */
    private final String[] speakers;

    /** Whether each sentence is part of an answer of a question-and-answer interview ("Q: …" "A: …"). */
    private final boolean[] answers;

    /** The first sentence of the interview's questions and answers; -1 if the article has none. */
    private int firstTurn = -1;

    private static final Set<String> QUESTION_LABELS = Set.of("q", "question");

    private static final Set<String> ANSWER_LABELS = Set.of("a", "answer");

    /** Labels of the outlet's own people: a role ("PRESENTER") or a correspondent's place ("(Kyiv)"). */
    private final Set<String> staff = new java.util.HashSet<>();

    private static final Set<String> STAFF_ROLES = Set.of("presenter", "host", "anchor", "interviewer", "moderator",
            "correspondent", "reporter", "narrator", "announcer");

    /** A bracket that holds only a place: "(Kyiv)", "(Beijing)". */
    private static final Pattern PLACE = Pattern.compile("\\((?:\\p{Lu}[\\p{L}'’-]*(?:[\\s\\u00A0]+\\p{Lu}[\\p{L}'’-]*)?)\\)");

    SpeakerTurns(List<String> sentences) {
        this.speakers = new String[sentences.size()];
        this.answers = new boolean[sentences.size()];
        int labels = 0;
        String[] found = new String[sentences.size()];
        boolean[] isLabel = new boolean[sentences.size()];
        char[] interview = new char[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            String channel = (i + 1 < sentences.size()) ? postHeader(sentences.get(i), sentences.get(i + 1)) : null;
            if (channel != null) {
                found[i] = channel; // a digest of posts: each post is its channel's
                isLabel[i] = true;
                labels++;
                continue;
            }
            Matcher record = (sentences.get(i).length() <= RECORD_LABEL_MAX) ? RECORD_LABEL.matcher(sentences.get(i)) : null;
            if (record != null && record.matches()) {
                found[i] = speaker(record.group(1), null); // "Ms. WHITLOCK." opens a turn in a hearing's record
                isLabel[i] = true;
                labels++;
                continue;
            }
            Matcher dashed = (sentences.get(i).indexOf("--") > 0 || sentences.get(i).indexOf('—') > 0 || sentences.get(i).indexOf('–') > 0)
                    ? DASHED_LABEL.matcher(sentences.get(i)) : null;
            if (dashed != null && dashed.matches()) {
                found[i] = speaker(dashed.group(1), null); // "Ulrike Brandt -- Chief Executive Officer" above the turn
                isLabel[i] = true;
                labels++;
                continue;
            }
            if (sentences.get(i).indexOf(':') < 0) {
                continue; // a label ends with a colon
            }
            Matcher label = LABEL.matcher(sentences.get(i));
            if (!label.lookingAt() || (i > 0 && SECTION_NUMBER.matcher(sentences.get(i - 1)).matches())) {
                continue; // "2. Romania: an epidemic that will not end" is a numbered heading, not a turn
            }
            String lower = label.group(1).toLowerCase(Locale.ROOT).strip();
            interview[i] = QUESTION_LABELS.contains(lower) ? 'Q' : ANSWER_LABELS.contains(lower) ? 'A' : 0;
            if (!NOT_SPEAKERS.contains(lower)) {
                found[i] = speaker(label.group(1), label.group(2));
                isLabel[i] = true;
                labels++;
                if (STAFF_ROLES.contains(lower) || isStaffBracket(label.group(3))) {
                    this.staff.add(found[i]);
                }
            }
        }
        labels -= dropKickers(found, isLabel, interview);
        markAnswers(interview, isLabel);
        if (labels + (holds(interview, 'Q') ? 1 : 0) < 2) { // "Q (Example Wire): …" then "SMITH: …" is a transcript too
            return;
        }
        String current = null;
        for (int i = 0; i < sentences.size(); i++) {
            if (isLabel[i]) {
                current = found[i];
            }
            else if (interview[i] == 'Q') {
                current = null; // "Q: Nina Ferrand, AFP. …": a reporter's question ends the last speaker's turn
            }
            this.speakers[i] = current;
        }
    }

    /**
     * Unmarks the labels that are a headline's kicker rather than a speaker ("Heatwave: Santé publique France counts …",
     * "Canicule : …", "Ports: the ruling and the arbitration"): a single word in lower case after its capital, found
     * once, that is no role ("Chair:", "Operator:"). A speaker's label comes back, or is a name or a capitalised role
     * ("KELLERMAN:"). Returns how many were unmarked.
     */
    private static int dropKickers(String[] found, boolean[] isLabel, char[] interview) {
        java.util.Map<String, Integer> times = new java.util.HashMap<>();
        for (int i = 0; i < found.length; i++) {
            if (isLabel[i]) {
                times.merge(found[i], 1, Integer::sum);
            }
        }
        int dropped = 0;
        for (int i = 0; i < found.length; i++) {
            String label = found[i];
            if (isLabel[i] && interview[i] == 0 && times.get(label) == 1 && KICKER.matcher(label).matches()
                    && !ROLES.contains(label.toLowerCase(Locale.ROOT))) {
                isLabel[i] = false;
                found[i] = null;
                dropped++;
            }
        }
        return dropped;
    }

    /** Roles that label a speaker's turn by themselves, even once: "Q91 Chair:", "Operator:". */
    private static final Set<String> ROLES = java.util.stream.Stream.concat(STAFF_ROLES.stream(), java.util.stream.Stream.of("chair", "chairman",
            "chairwoman", "chairperson", "operator", "speaker", "president", "minister", "secretary", "ambassador", "director",
            "spokesperson", "spokesman", "spokeswoman", "official", "clerk", "witness", "judge", "counsel", "prosecutor",
            "commissioner", "governor", "mayor", "senator", "representative", "interpreter", "translator", "analyst", "caller",
            "guest", "panelist", "panellist")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** A one-word label in lower case after its capital: "Heatwave", "Canicule", not "KELLERMAN" or "Nayar Vikram". */
    private static final Pattern KICKER = Pattern.compile("\\p{Lu}\\p{Ll}+");

    /**
     * Who a label names: the name, or with two names the one that is not a role ("Official
     * Spokesperson, Shri Vikram Nayar" is Vikram Nayar; "Anjali Menon, Mathrubhumi" is Anjali
     * Menon), without an honorific.
     */
    private static String speaker(String first, String second) {
        String name = (second != null && ROLE_FIRST.matcher(first.strip()).matches()) ? second : first;
        return HONORIFIC.matcher(name.strip()).replaceFirst("");
    }

    /**
     * An interview set as questions and answers: each answer lasts until the next label. Only when
     * the article has both a question and an answer label.
     */
    private void markAnswers(char[] interview, boolean[] isLabel) {
        if (!holds(interview, 'Q') || !holds(interview, 'A')) {
            return;
        }
        boolean inAnswer = false;
        for (int i = 0; i < interview.length; i++) {
            if (interview[i] != 0 && this.firstTurn < 0) {
                this.firstTurn = i;
            }
            if (interview[i] != 0 || isLabel[i]) {
                inAnswer = interview[i] == 'A';
            }
            this.answers[i] = inAnswer;
        }
    }

    /** Whether a question ('Q') or answer ('A') label is among the sentences' interview labels. */
    private static boolean holds(char[] interview, char kind) {
        for (char label : interview) {
            if (label == kind) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence is part of an interviewee's answer. */
    boolean inAnswer(int index) {
        return index >= 0 && index < this.answers.length && this.answers[index];
    }

    /** The first sentence of an interview's questions and answers; -1 if none. */
    int firstTurn() {
        return this.firstTurn;
    }

    /** A post's time and view count under its channel's name: "14.12, 09:12 · 👁 212K · 🔁 1.4K". */
    private static final Pattern POST_STATS = Pattern.compile("(?i)^[^\\p{L}]{0,20}\\d{1,2}:\\d{2}\\b.{0,60}(?:👁|\\bviews\\b)");

    /** A description in brackets after a channel's name: words in lower case, not an acronym. */
    private static final Pattern DESCRIPTION = Pattern.compile("[\\s\\u00A0]*\\([^()]*\\p{Ll}{2}[^()]*\\)$");

    /** The channel's tags after its name: "[official]". */
    private static final Pattern TAGS = Pattern.compile("(?:[\\s\\u00A0]*\\[[^\\]]{1,30}\\])+[\\s\\u00A0]*$");

    /**
     * The channel whose post follows, when the sentence is a post's header: a short line (a flag, a
     * name, a description in brackets, tags) above the post's time and view count. Null otherwise.
     */
    private static String postHeader(String sentence, String next) {
        if (sentence.length() > 120 || next.indexOf(':') < 0 || !POST_STATS.matcher(next).lookingAt()) {
            return null;
        }
        int start = 0;
        while (start < sentence.length() && !Character.isLetter(sentence.charAt(start))
                && sentence.charAt(start) != '"' && sentence.charAt(start) != '“') {
            start++; // a flag or an emoji
        }
        String name = TAGS.matcher(sentence.substring(start)).replaceFirst("").replaceAll("[\"“”]", "").strip();
        name = DESCRIPTION.matcher(name).replaceFirst(""); // "Kursk Radar (anonymous Ukrainian channel)"; "(SSO)" stays
        return name.isEmpty() || !Character.isUpperCase(name.charAt(0)) ? null : name;
    }

    /**
     * Whether a label's bracket makes its speaker one of the outlet's own people: a staff role ("(HOST)",
     * "(Presenter)") or a correspondent's place ("(Kyiv)"), but not another role in capitals ("(GUEST)", "(CALLER)").
     */
    private static boolean isStaffBracket(String bracket) {
        if (bracket == null) {
            return false;
        }
        String role = bracket.substring(1, bracket.length() - 1).strip().toLowerCase(Locale.ROOT);
        return STAFF_ROLES.contains(role) || (!ROLES.contains(role) && PLACE.matcher(bracket).matches());
    }

    /** Whether the label is one of the outlet's own people: a presenter, or a correspondent given a place. */
    boolean isStaff(String label) {
        return this.staff.contains(label);
    }

    /** Who holds the floor at the sentence: the label as written, without its bracketed role; or null. */
    String speaker(int index) {
        return (index >= 0 && index < this.speakers.length) ? this.speakers[index] : null;
    }
}
