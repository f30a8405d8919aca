package org.briefing.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.briefing.extract.SpeakerResolver.Kind;
import org.briefing.extract.SpeakerResolver.Speaker;
import org.briefing.text.DateMentionFinder;
import org.briefing.text.Lower;
import org.briefing.text.WordStarts;

/**
 * Resolves attribution across one article. Reads every sentence's frames in order, remembering the
 * last person, organisation and unnamed source, so that "He said", "It believes", "the official
 * stated" and a surname alone ("Umerov added") find their speaker and the outlet they spoke to;
 * learns relays the article states ("ISW reports this, referring to TV Chosun"; "The Kyiv
 * Independent, citing Yonhap"); remembers who briefed lawmakers, so that a lawmaker's account is
 * relayed, not originated; and finds the article's upstream, the one outlet it rewrites ("as
 * reported by the Washington Post", "according to Daily NK"). A figure's attribution is, in order:
 * the frame that governs it (an outer named speaker wins over an inner description: "Zelensky said
 * Kyiv's intelligence showed"); the next sentence's "…, X reported." when the sentence only says
 * there were reports; the sentence's only speaker; the previous sentence's speaker in the same
 * paragraph; the upstream's source; or nobody, meaning the outlet asserts it. Relays are chained
 * nearest the source first and end with the publisher.
 */
final class ArticleAttributions {

    /** A speaker phrase that is one capitalised word: a surname, or the first word of a sentence. */
    private static final Pattern SINGLE_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]+");

    /** "the Kharkiv operational-tactical group": a definite description that holds a name. */
    private static final Pattern NAMED_DESCRIPTION = Pattern.compile("[Tt]he[\\s\\u00A0]+(?:[\\p{L}'’-]+[\\s\\u00A0]+)*\\p{Lu}.*");

    /** Verbs whose subject is what a record is about as often as who keeps it: "Congo has recorded 14,000 cases". */
    private static final Set<String> RECORDING = Set.of("recorded", "documented", "counted", "tallied", "logged", "identified");

    /** The documents that speak for their authors. */
    private static final Set<String> WORKS = Set.of("report", "study", "assessment", "analysis", "review", "survey");

    /** "the police", "the people": a definite noun that takes up a source named before with it. */
    private static final Pattern DEFINITE_HEAD = Pattern.compile(
            "(?:[Tt]he|((?:\\p{Lu}\\p{Ll}+[\\s\\u00A0]+){0,2}\\p{Lu}\\p{Ll}+)['’]s)[\\s\\u00A0]+((?:[\\p{Ll}'’-]+[\\s\\u00A0]+){0,3}\\p{Ll}{3,})");

    private static final Pattern RELEASED_REPORT = Pattern.compile(
            "\\b(?:released|published|issued)\\s+(?:its|their|a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:report|study|assessment|analysis|review|survey)\\b");

    /** "the quarterly report of the U.N. Integrated Office in Haiti (BINUH)": a body named as the report's author. */
    private static final Pattern REPORT_OF_NAME = Pattern.compile(
            "\\breport[\\s\\u00A0]+(?:of|by|from)[\\s\\u00A0]+((?:the[\\s\\u00A0]+)?\\p{Lu}[^,;]{1,80}?)(?=[,;]|$)");

    /**
     * "X said in a report that", "X estimated in its new report", "X, set up in 2024, said in its second report": X wrote
     * the report that "the report" means later.
     */
    private static final Pattern SAID_IN_REPORT = Pattern.compile("^([^,;:]{2,100}?)(?:,[^;:]{1,160}?,)?[\\s\\u00A0]+(?:said|says|stated|states|estimated|"
            + "estimates|found|finds|concluded|wrote|warned)[\\s\\u00A0]+in[\\s\\u00A0]+(?:a|its|their)[\\s\\u00A0]+"
            + "(?:[\\p{L}-]+[\\s\\u00A0]+){0,2}?report\\b");

    private static final Pattern TIME_WORDS = Pattern.compile(
            "(?i)\\b(?:today|yesterday|on \\p{L}+day|this week|last week|has|have|had|also|jointly)\\b");

    /** How many opening sentences (headline and byline included) may name the upstream. */
    private static final int UPSTREAM_WITHIN = 8;

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    /** The roles of one person a source is described by: "a source", "a Western diplomat". */
    private static final List<String> ROLES = List.of("source", "official", "insider", "representative", "officer", "analyst",
            "diplomat", "lawmaker", "legislator", "researcher", "expert", "investigator", "prosecutor", "adviser", "advisor",
            "aide", "economist", "negotiator", "spokesperson", "spokesman", "spokeswoman");

    /** The roles, and the two plurals that also describe members: "sources", "officials". */
    private static final List<String> MEMBER_WORDS = java.util.stream.Stream
        .concat(ROLES.stream(), java.util.stream.Stream.of("sources", "officials"))
        .toList();

    private static final Pattern MEMBER = Pattern.compile("(?i)\\b(" + String.join("|", MEMBER_WORDS) + ")\\b");

    /** A member who is one person: "a Western diplomat", "a source", whom a later "he" or "she" may mean. */
    private static final Pattern ONE_MEMBER = Pattern.compile("(?i)^(?:[\\p{L}'’-]+[\\s\\u00A0]+){0,4}?(?:"
            + String.join("|", ROLES) + ")(?:[\\s\\u00A0]+\\(anonymous\\))?$");

    /** One sentence of the article: its text, paragraph and frames. */
    record SentenceFrames(String text, int block, List<Frame> frames) {
    }

    private record Resolved(Frame frame, Attribution attribution, boolean vague) {
    }

    /** The words {@link #REPORT_CUE} and {@link #MEMBER} can start with: they are tried only where one starts. */
    private static final WordStarts.Words REPORT_CUE_FIRST = WordStarts.words("report*", "it", "is", "are", "were", "was",
            "according", "there");

    private static final WordStarts.Words MEMBER_FIRST = WordStarts.words(MEMBER_WORDS.toArray(String[]::new));

    private static final Pattern REPORT_CUE = Pattern.compile(
            "(?i)\\b(reports? (?:emerged|surfaced|said|say|suggest\\w*|indicate\\w*)|reportedly|it (?:was|has been|is) reported|(?:is|are|were|was) said to|according to reports|there (?:are|were|have been|has been) reports)\\b");

    private static final Pattern ANONYMOUS = Pattern.compile(
            "(?i)\\b(condition of anonymity|declined to be (?:named|identified)|not authori[sz]ed to (?:speak|talk)|spoke anonymously|speaking anonymously|requested anonymity|asked not to be (?:named|identified)|unnamed)\\b");

    /** Whether {@link #ANONYMOUS} can match: each of its phrases holds one of these, in any case. */
    private static boolean mayBeAnonymous(String sentence) {
        String lower = Lower.of(sentence);
        return lower.contains("anonym") || lower.contains("declined to be") || lower.contains("not authori")
                || lower.contains("asked not to be") || lower.contains("unnamed");
    }

    private static final Pattern LAWMAKER = Pattern.compile(
            "(?i)\\b(lawmakers?|legislators?|mps?|members? of parliament|parliamentarians?|congress(?:wo)?man|senators?|assembly(?:wo)?man|deputies|rep\\.|sen\\.)(?![\\p{L}])"
                    // "deputy head of HUR", "deputy foreign minister": a deputy of an office, not of a parliament
                    + "|\\bdeputy(?![\\p{L}])(?![\\s\\u00A0]{1,3}(?:head|chief|director|minister|commander|governor|mayor|prime|secretary|spokes\\p{L}*"
                    + "|leader|chair\\p{L}*|general|editor|ambassador|representative|foreign|defen[cs]e|interior|finance|health|economy)(?![\\p{L}]))"
                    + "|\\bof the (?:[\\p{L}-]+ ){0,3}party\\b");

    private static final Pattern BRIEFED_AUDIENCE = Pattern.compile(
            "(?i)\\b(lawmakers|legislators|parliament|mps|the national assembly|parliamentary|congress|senators|a (?:closed-door )?committee)\\b");

    /** The outlet's own arithmetic: not carried over from the sentence before. */
    private static final Pattern OWN_SUM = Pattern.compile(
            "(?i)^(?:at (?:that|this|such a) rate|that would|this would|this means|taken together|by our (?:count|calculation|estimate)|in total|all told)\\b");

    private final SpeakerResolver speakers;

    private final List<SentenceFrames> sentences;

    private final List<List<Resolved>> resolved = new ArrayList<>();

    private final Map<String, String> relayOf = new LinkedHashMap<>();

    private final String publisher;

    private final boolean publisherIsAuthority;

    /** The person whose sworn declaration the document is, or null. */
    private final Attribution declarant;

    /**
     * Whether the publisher may be the host of a record it prints (a government, an agency, a body
     * the template does not know and whose name is no outlet's, "United Nations Geneva"): whose
     * transcript, when it lists its participants, relays nothing.
     */
    private final boolean publisherMayHost;

    private String upstream;

    /**
     * Whether the upstream is the outlet that first reported a work (a study, an agency's data): it
     * relays the work's unattributed figures, not the speakers the article quotes itself.
     */
    private boolean upstreamReportsAWork;

    private final SpeakerTurns turns;

    private Attribution upstreamSource;

    /** Finds the date after a label's comma ("**Volodymyr Zelensky, 1 February 2025**:"). */
    private final DateMentionFinder dates;

    /** The people the article names as speakers: as relays they go to a claim's {@code relayedBy}. */
    private final Set<String> personNames = new java.util.HashSet<>();

    /** For an agency that briefed lawmakers, the first lawmaker the article quotes retelling it. */
    private final Map<String, String> briefingRelay = new LinkedHashMap<>();

    /** @param issuer the document's publisher, whether it is a press release or a sworn declaration, and whose agency copy it carries */
    ArticleAttributions(SpeakerResolver speakers, DateMentionFinder dates, Issuer issuer, List<SentenceFrames> sentences) {
        this.speakers = speakers;
        this.dates = dates;
        this.publisher = (issuer.publisher() == null) ? null : speakers.canonicalPublisher(issuer.publisher());
        this.publisherIsAuthority = speakers.isAuthority(this.publisher)
                || (issuer.release() && this.publisher != null && !speakers.isOutlet(this.publisher));
        this.publisherMayHost = this.publisherIsAuthority || (this.publisher != null
                && speakers.registeredKind(this.publisher) == null && !speakers.isOutlet(this.publisher));
        Speaker declaring = (issuer.declarant() == null) ? null : speakers.resolve(issuer.declarant());
        this.declarant = (declaring == null || !declaring.isNamed()) ? null
                : new Attribution(declaring.name(), List.of(), true, "declarant:" + issuer.declarant());
        this.sentences = List.copyOf(sentences);
        this.turns = new SpeakerTurns(sentences.stream().map(SentenceFrames::text).toList());
        resolveAll();
        findUpstream();
        if (this.upstream == null && issuer.agency() != null && speakers.isOutlet(issuer.agency())) {
            // "— AFP" under an outlet's story: the outlet carries the agency's copy, and the agency reported what it says
            String agency = speakers.canonicalPublisher(issuer.agency());
            this.upstream = agency.equals(this.publisher) ? null : agency;
        }
    }

    /** The label of the transcript turn the sentence is in, or {@code null} outside a transcript. */
    String speaker(int index) {
        return this.turns.speaker(index);
    }

    /** The publishing outlet, as the registry names it, or {@code null} when the article does not reveal it. */
    String publisher() {
        return this.publisher;
    }

    /**
     * The attribution as a claim states it: what the outlet asserts itself, with no source or with
     * a news outlet itself as the source ("the Korea Pacific Times reported …" in that paper), has
     * no source and no relays (the gold README: {@code source} null, {@code via} the outlets that
     * relayed it, none). A publisher that is not a news outlet (a ministry's press release, an
     * NGO's report: "By The Sentry's estimate") stays the source of what it states.
     */
    Attribution asPublished(Attribution attribution) {
        boolean own = !attribution.isNamed()
                || (attribution.source().equals(this.publisher) && this.speakers.isOutlet(this.publisher));
        return own ? new Attribution(null, List.of(), false, attribution.rule()) : attribution;
    }

    /** Whether a relay is a person (named as one in the article, or in the registry), not an outlet. */
    boolean isPerson(String relay) {
        if (relay.equals(this.publisher)) {
            return false; // "Kharkivskyi Vistnyk reported" read as a person's name: the publisher is an outlet all the same
        }
        return this.personNames.contains(relay) || this.speakers.isRegisteredPerson(relay);
    }

    /** The attribution of a figure at {@code offset} in sentence {@code index}. */
    Attribution attribute(int index, int offset) {
        if (ownCount(index, offset)) {
            // "we estimate" in a press release or a ministry's statement: the publisher's own count, not a news outlet's
            return this.publisherIsAuthority ? new Attribution(this.publisher, List.of(), false, "own-count:publisher")
                    : new Attribution(null, List.of(), false, "own-count");
        }
        Attribution base = governing(index, offset);
        if (base == null) {
            base = lead(index);
        }
        if (base == null) {
            base = forward(index);
        }
        if (base == null) {
            base = onlySpeaker(index);
        }
        if (base == null) {
            base = quotation(index);
        }
        return otherwise(index, base, true);
    }

    /** A speaker who is the turn's own body: "Our intelligence", "my ministry". */
    private static final Pattern OWN_BODY = Pattern.compile("(?i)(?:our|my)[\\s\\u00A0]+\\p{L}");

    /**
     * The outlet's own work: "our count", "our own estimate", "our arithmetic", "this newspaper's
     * calculation", "this author's arithmetic".
     */
    private static final String OUR_WORK = "(?:our|(?:this|our)[\\s\\u00A0]+(?:newspaper|paper|publication|outlet|magazine|site|agency"
            + "|author|writer|columnist)['’]s)"
            + "[\\s\\u00A0]+(?:own[\\s\\u00A0]+)?(?:latest[\\s\\u00A0]+)?"
            + "(?:count|estimate|calculation|reckoning|tally|analysis|arithmetic)s?\\b";

    /** The outlet's own count: "by our count", "on this author's arithmetic", "we estimate". */
    private static final Pattern OWN_COUNT = Pattern.compile("(?i)\\b(?:by|on)[\\s\\u00A0]+" + OUR_WORK
            + "|\\bwe[\\s\\u00A0]+(?:now[\\s\\u00A0]+)?(?:estimate|calculate|reckon)\\b");

    /**
     * Whether the figure at {@code offset} is the outlet's own count: "by our count at least 7,500
     * engineers …" although "Sergei Shoigu announced" opens the sentence. The marker must be the
     * nearest cue before the figure, or follow it in the same clause ("2,500 people, by our estimate").
     */
    private boolean ownCount(int index, int offset) {
        String text = this.sentences.get(index).text();
        boolean cue = text.indexOf("our ") >= 0 || text.indexOf("we ") >= 0 || text.indexOf("We ") >= 0
                || text.indexOf("his ") >= 0; // "this newspaper's calculation"
        cue = cue && Lower.containsAny(Lower.of(text), "count", "estimate", "calculat", "reckon", "tally", "analys", "arithmetic");
        if (!cue || this.turns.speaker(index) != null
                || this.turns.inAnswer(index)) {
            return false; // in a transcript or an interview's answer, "our" and "we" are the speaker's
        }
        Matcher own = OWN_COUNT.matcher(text);
        while (own.find()) {
            if (insideQuotation(text, own.start())) {
                continue; // "“By our count, 300 …,” the minister said": the speaker's count
            }
            boolean before = own.end() <= offset;
            int from = before ? own.end() : offset;
            int to = before ? offset : own.start();
            String between = text.substring(from, to);
            if (!before && (between.indexOf(':') >= 0 || between.indexOf(';') >= 0 || between.length() > 80)) {
                continue;
            }
            boolean nearer = false;
            for (Resolved other : this.resolved.get(index)) {
                int start = (other.frame().type() == Frame.Type.POSTPOSED) ? other.frame().scopeEnd() : other.frame().scopeStart();
                nearer |= other.attribution().isNamed() && start > from && start <= to;
            }
            if (!nearer) {
                return true;
            }
        }
        return false;
    }

    /** Whether an opening quotation mark before the position is not closed before it. */
    private static boolean insideQuotation(String text, int position) {
        int straight = 0;
        int open = 0;
        for (int i = 0; i < position; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                straight++;
            }
            else if (c == '“' || c == '«') {
                open++;
            }
            else if ((c == '”' || c == '»') && open > 0) {
                open--;
            }
        }
        return straight % 2 == 1 || open > 0;
    }

    /**
     * An item or paragraph that opens with its source as a label, alone or with a date, as a list
     * item, in bold or with a date: "- **Volodymyr Zelensky, 1 February 2025**: North Korean losses
     * of "over 4,000" …".
     */
    private static final Pattern LEAD = Pattern.compile(
            "^[\\s\\u00A0]*([-*•+][\\s\\u00A0]+)?(\\*\\*|__)?(\\p{Lu}[^*_:,\\n]{1,70}?)"
                    + "(?:,[\\s\\u00A0]*([^*_:\\n]{1,40}))?(?:\\*\\*|__)?:[\\s\\u00A0]");

    /**
     * The source an item or paragraph names as its label (see {@link #LEAD}), for a figure in it
     * that no frame attributes; null when the block has no such label, when what follows a comma is
     * not a date, when the label names nobody, or in a transcript, whose labels are turns.
     */
    private Attribution lead(int index) {
        if (this.turns.speaker(index) != null) {
            return null;
        }
        int first = index;
        while (first > 0 && this.sentences.get(first - 1).block() == this.sentences.get(index).block()) {
            first--;
        }
        String text = this.sentences.get(first).text();
        if (text.indexOf(':') < 0) {
            return null;
        }
        java.util.regex.Matcher lead = LEAD.matcher(text);
        if (!lead.lookingAt() || (lead.group(4) != null && this.dates.find(lead.group(4)).isEmpty())
                || (lead.group(1) == null && lead.group(2) == null && lead.group(4) == null)) {
            return null; // a bare "Sam Ortiz: …" is a headline's or a lone label's, not an item's
        }
        Speaker speaker = this.speakers.resolve(lead.group(3).strip());
        if (!speaker.isNamed() || speaker.isVague()) {
            return null;
        }
        if (speaker.isPerson()) {
            this.personNames.add(speaker.name());
        }
        return new Attribution(speaker.name(), List.of(), speaker.isPerson(), "lead:" + lead.group(3).strip());
    }

    /**
     * The attribution of a figure in a block that holds no sentence and no speaker of its own (a
     * table row) after sentence {@code index} (-1: before the first): as for a sentence there that
     * names no speaker and starts a paragraph, the speaker who holds the floor, else the upstream's
     * source, else the publisher when it is an authority, else nobody.
     */
    Attribution attributeAfter(int index) {
        if (introducesOwnFigures(index)) {
            return new Attribution(null, List.of(), false, "own-count:table");
        }
        return otherwise(index, null, false);
    }

    /**
     * A line that credits the figures listed under it: "Figures from the National Disaster Management Authority (NDMA)
     * as of 13 August unless stated otherwise.", "Data: Statistics Netherlands".
     */
    private static final Pattern LIST_CREDIT = Pattern.compile("(?i:(?:all[\\s\\u00A0]+)?(?:the[\\s\\u00A0]+)?(?:figures|data|numbers|statistics|counts)"
            + "(?:[\\s\\u00A0]+(?:are|come))?[\\s\\u00A0]+(?:from|by|courtesy[\\s\\u00A0]+of|provided[\\s\\u00A0]+by|supplied[\\s\\u00A0]+by)"
            + "|(?:source|data)[\\s\\u00A0]*:)[\\s\\u00A0]+(?:the[\\s\\u00A0]+)?"
            + "(\\p{Lu}[\\p{L}.&'’-]*(?:[\\s\\u00A0]+(?:(?:of|for|and|on)[\\s\\u00A0]+)?\\p{Lu}[\\p{L}.&'’-]*){0,7}"
            + "(?:[\\s\\u00A0]+\\(\\p{Lu}[\\p{L}.&-]*\\))?)");

    /**
     * What may follow the name in a credit line, which is no sentence of its own: a date, "unless stated otherwise".
     * "Figures from the ministry show that 300 died" is a statement, and credits nothing below it.
     */
    private static final Pattern CREDIT_TAIL = Pattern.compile("(?i)[\\s\\u00A0,;]*(?:(?:as[\\s\\u00A0]+(?:of|at)|at|on|for|to|until|up[\\s\\u00A0]+to)"
            + "[\\s\\u00A0]+[^.;:]{1,40}?)?(?:,?[\\s\\u00A0]*unless[\\s\\u00A0]+(?:otherwise[\\s\\u00A0]+)?(?:stated|noted|indicated|specified)"
            + "(?:[\\s\\u00A0]+otherwise)?)?[\\s\\u00A0.:;)]*");

    /** Longest an item of a credited list is: a line, not a paragraph. */
    private static final int LIST_ITEM = 200;

    /**
     * The source a credit line above a list gives the list's items: the items follow the credit, each a block of its
     * own, short and with a figure; a line without a figure (the next section's heading) or a paragraph ends the list.
     */
    private Attribution sectionCredit(int index) {
        for (int i = index - 1; i >= 0 && index - i <= 30; i--) {
            SentenceFrames item = this.sentences.get(i + 1);
            boolean listed = item.text().length() <= LIST_ITEM && item.block() != this.sentences.get(i).block()
                    && item.text().chars().anyMatch(Character::isDigit);
            if (!listed) {
                return null;
            }
            String text = this.sentences.get(i).text();
            Matcher credit = (text.length() <= 300) ? LIST_CREDIT.matcher(text) : null;
            if (credit != null && credit.lookingAt() && CREDIT_TAIL.matcher(text).region(credit.end(), text.length()).matches()) {
                Attribution stated = stated(credit.group(1).strip());
                return (stated == null) ? null
                        : new Attribution(stated.source(), stated.via(), stated.person(), "list-credit:" + credit.group(1).strip());
            }
        }
        return null;
    }

    /** Whether the paragraph that ends with sentence {@code index} introduces the outlet's own figures. */
    private boolean introducesOwnFigures(int index) {
        for (int i = index; i >= 0 && i < this.sentences.size() && this.sentences.get(i).block() == this.sentences.get(index).block(); i--) {
            if (OWN_TABLE.matcher(this.sentences.get(i).text()).find()) {
                return true;
            }
        }
        return false;
    }

    /** A sentence that introduces the outlet's own figures: "Table 1 sets out our estimate for 2025." */
    private static final Pattern OWN_TABLE = Pattern.compile("(?i)\\b" + OUR_WORK);

    /**
     * The attribution of a table whose caption or note names its source ("(source: Suez Canal
     * Authority)"): that source, passed on by the article's relays and publisher; null when the
     * name is not one speaker ("government statements of …").
     */
    Attribution stated(String name) {
        Speaker speaker = this.speakers.resolve(name);
        if (!speaker.isNamed() || speaker.isVague()) {
            return null;
        }
        return chained(new Attribution(speaker.name(), List.of(), speaker.isPerson(), "table-source:" + name));
    }

    /** What attributes a figure beyond its own sentence: the transcript's turn, the paragraph, the article. */
    private Attribution otherwise(int index, Attribution own, boolean inSentence) {
        Attribution base = own;
        Attribution turn = (index < 0) ? null : turn(index);
        if (turn != null) {
            // "Our intelligence estimates …" in a turn: the speaker's own body, so the speaker
            boolean theirs = base != null && base.source() != null && OWN_BODY.matcher(base.source()).lookingAt();
            base = (base == null || theirs) ? turn : relayedBy(base, turn);
        }
        if (base == null && inSentence) {
            base = previous(index);
        }
        if (base == null && index >= 0) {
            base = sectionCredit(index); // "Figures from the NDMA as of 13 August unless stated otherwise." above a list
        }
        if (base == null && this.upstream != null) {
            Attribution found = (this.upstreamSource != null) ? this.upstreamSource
                    : new Attribution(this.upstream, List.of(), false, "upstream");
            base = new Attribution(found.source(), found.via(), found.person(), "upstream:" + found.rule());
        }
        if (base == null && this.declarant != null) {
            base = this.declarant; // "4. … the Department issued RIF notices to 1,311 employees": the declarant swears to it
        }
        if (base == null && this.publisherIsAuthority) {
            // a ministry's press release: what it states without attribution, the ministry claims
            base = new Attribution(this.publisher, List.of(), false, "publisher:" + this.publisher);
        }
        if (base == null) {
            base = Attribution.NONE;
        }
        return chained(throughLawmaker(index, base));
    }

    /**
     * "according to Bae Joon-ho, a ruling-party member of parliament's intelligence committee": the
     * apposition right after the name says the person is a lawmaker.
     */
    private static boolean lawmakerByApposition(String sentence, String speaker) {
        int at = (speaker == null || speaker.isBlank()) ? -1 : sentence.indexOf(speaker.strip());
        if (at < 0) {
            return false;
        }
        String after = sentence.substring(at + speaker.strip().length());
        if (!after.startsWith(", ")) {
            return false;
        }
        int end = after.indexOf(',', 2);
        String apposition = after.substring(2, (end < 0) ? Math.min(after.length(), 100) : Math.min(end, 100));
        return LAWMAKER.matcher(apposition).find();
    }

    /**
     * "The NIS told lawmakers on Thursday" reached the reporter through a lawmaker: the one the
     * article quotes retelling the briefing, when it names one.
     */
    private Attribution throughLawmaker(int index, Attribution base) {
        String lawmaker = base.isNamed() && base.via().isEmpty() ? this.briefingRelay.get(base.source()) : null;
        if (lawmaker == null) {
            return base;
        }
        return new Attribution(base.source(), List.of(lawmaker), base.person(), base.rule() + "+lawmaker");
    }

    private Attribution governing(int index, int offset) {
        for (Resolved candidate : this.resolved.get(index)) {
            if (candidate.frame().verb().equals("agent-by") && candidate.frame().governs(offset)
                    && candidate.attribution().isNamed()) {
                // "Peskov dismissed the figure of 13 million shells cited by South Korea's military": the agent gives it
                return withOuterRelays(index, candidate);
            }
        }
        List<Resolved> preposed = new ArrayList<>();
        for (Resolved candidate : this.resolved.get(index)) {
            Frame.Type type = candidate.frame().type();
            if ((type == Frame.Type.PREPOSED || type == Frame.Type.CITING) && candidate.frame().scopeStart() <= offset
                    && candidate.attribution().isNamed()) {
                preposed.add(candidate);
            }
        }
        Resolved best = null;
        for (Resolved candidate : preposed) {
            if (best == null || candidate.frame().scopeStart() > best.frame().scopeStart()) {
                best = candidate;
            }
        }
        if (best != null && best.vague()) {
            for (Resolved outer : preposed) {
                if (!outer.vague() && outer.frame().scopeStart() < best.frame().scopeStart()) {
                    best = outer; // "Zelensky said Kyiv's intelligence showed …": Zelensky speaks
                    break;
                }
            }
        }
        if (best != null) {
            for (Resolved outer : preposed) {
                boolean sameSource = outer.attribution().source().equals(best.attribution().source());
                if (sameSource && outer.attribution().via().size() > best.attribution().via().size()) {
                    best = outer; // "Yoon said the spy agency believes …": the agency, through the lawmaker
                    break;
                }
            }
        }
        if (best != null && !isWorkReported(best)) {
            for (Resolved work : preposed) {
                if (isWorkReported(work) && work.frame().relay().equals(best.frame().speaker())) {
                    best = work; // "A UN estimate reported by the Miami Herald put the cost at …": the estimate's author
                    break;
                }
            }
        }
        if (best != null && RECORDING.contains(best.frame().verb())) {
            Resolved said = first(index, Frame.Type.POSTPOSED, offset);
            if (said != null && said.frame().scopeEnd() > best.frame().scopeStart()) {
                best = said; // "Congo has recorded more than 14,000 suspected cases, the health ministry said": it says so
            }
        }
        if (best == null) {
            best = first(index, Frame.Type.POSTPOSED, offset);
        }
        if (best == null) {
            best = first(index, Frame.Type.ACCORDING_TO, offset);
        }
        if (best == null) {
            best = first(index, Frame.Type.REPORTED_BY, offset);
        }
        return (best == null) ? null : withOuterRelays(index, best);
    }

    private Resolved first(int index, Frame.Type type, int offset) {
        for (Resolved candidate : this.resolved.get(index)) {
            if (candidate.frame().type() == type && candidate.frame().governs(offset)
                    && candidate.attribution().isNamed()) {
                return candidate;
            }
        }
        return null;
    }

    /** "X said …, according to Yonhap" and "…, Lee said": the outer outlet or person relays X. */
    private Attribution withOuterRelays(int index, Resolved base) {
        List<String> via = new ArrayList<>(base.attribution().via());
        for (Resolved other : this.resolved.get(index)) {
            Frame.Type type = other.frame().type();
            boolean outer = type == Frame.Type.ACCORDING_TO || type == Frame.Type.REPORTED_BY
                    || (type == Frame.Type.POSTPOSED && base.frame().type() != Frame.Type.POSTPOSED)
                    || encloses(index, other.frame(), base.frame());
            String name = other.attribution().source();
            boolean relays = name != null && (this.speakers.isOutlet(name) || other.attribution().person());
            if (other != base && outer && relays && !name.equals(base.attribution().source()) && !via.contains(name)) {
                via.add(name);
            }
            else if (other != base && outer && name != null && name.equals(base.attribution().source())) {
                // "According to lawmaker Lee, the NIS said …": the outer frame already reads as the NIS through Lee
                other.attribution().via().stream().filter((relay) -> !via.contains(relay)).forEach(via::add);
            }
        }
        Attribution attribution = base.attribution();
        return new Attribution(attribution.source(), via, attribution.person(), attribution.rule());
    }

    /**
     * "…, South Korea's spy agency told lawmakers on Thursday, Yonhap news agency reported.": a later speaker placed
     * after the statement and its first speaker, with no figure between them, passes the first speaker on.
     */
    private boolean encloses(int index, Frame outer, Frame inner) {
        if (outer.type() != Frame.Type.POSTPOSED || inner.type() != Frame.Type.POSTPOSED || outer.scopeEnd() <= inner.scopeEnd()) {
            return false;
        }
        String text = this.sentences.get(index).text();
        for (int i = inner.scopeEnd(); i < Math.min(outer.scopeEnd(), text.length()); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return false; // "…, officials said, and 3 were wounded, police said": two statements, two speakers
            }
        }
        return true;
    }

    private Attribution forward(int index) {
        String text = this.sentences.get(index).text();
        if (index + 1 >= this.sentences.size()
                || !WordStarts.find(REPORT_CUE.matcher(text), text, 0, text.length(), REPORT_CUE_FIRST, true)) {
            return null;
        }
        for (Resolved candidate : this.resolved.get(index + 1)) {
            Frame.Type type = candidate.frame().type();
            if ((type == Frame.Type.POSTPOSED || type == Frame.Type.REPORTED_BY) && candidate.attribution().isNamed()) {
                Attribution found = candidate.attribution();
                return new Attribution(found.source(), found.via(), found.person(), "next-sentence:" + found.rule());
            }
        }
        return null;
    }

    private Attribution onlySpeaker(int index) {
        List<Attribution> named = this.resolved.get(index)
            .stream()
            .filter((r) -> r.frame().type() != Frame.Type.REFERRING && !r.frame().verb().equals("owner-after")
                    && !r.frame().verb().equals("agent-by")) // each speaks for its figure only
            .map(Resolved::attribution)
            .filter(Attribution::isNamed)
            .toList();
        if (!named.isEmpty() && named.stream().map(Attribution::source).distinct().count() == 1) {
            Attribution only = named.get(0);
            return new Attribution(only.source(), only.via(), only.person(), "sentence-speaker:" + only.rule());
        }
        return null;
    }

    /**
     * A paragraph that opens a quotation is attributed as a whole by the speaker named where the
     * quotation closes: "“… Some have already been killed. …,” Kovalenko noted."
     */
    private Attribution quotation(int index) {
        int block = this.sentences.get(index).block();
        int first = index;
        while (first > 0 && this.sentences.get(first - 1).block() == block) {
            first--;
        }
        String opening = this.sentences.get(first).text().stripLeading();
        if (opening.isEmpty() || "“\"«".indexOf(opening.charAt(0)) < 0) {
            return null;
        }
        for (int i = index; i < this.sentences.size() && this.sentences.get(i).block() == block; i++) {
            for (Resolved candidate : this.resolved.get(i)) {
                if (candidate.frame().type() == Frame.Type.POSTPOSED && candidate.attribution().isNamed()) {
                    Attribution found = candidate.attribution();
                    return new Attribution(found.source(), found.via(), found.person(), "quotation:" + found.rule());
                }
            }
        }
        return introduced(first);
    }

    /**
     * A quotation set off as a paragraph of its own after a sentence that ends with a colon ("…, he
     * announced a separate contingent:") is spoken by whoever that sentence names.
     */
    private Attribution introduced(int first) {
        if (first == 0 || !this.sentences.get(first - 1).text().strip().endsWith(":")) {
            return null;
        }
        Attribution before = onlySpeaker(first - 1);
        return (before == null) ? null
                : new Attribution(before.source(), before.via(), before.person(), "introduced-quotation:" + before.rule());
    }

    /** Who holds the floor in a transcript at this sentence, as an attribution; null if nobody named. */
    private Attribution turn(int index) {
        String label = this.turns.speaker(index);
        if (label == null) {
            return this.turns.inAnswer(index) ? interviewee() : null;
        }
        if (this.speakers.isOutlet(this.publisher) && (this.turns.isStaff(label) || namesPublisher(label))) {
            return null; // an outlet's presenters, correspondents and interviewers speak for the outlet
        }
        String name = this.speakers.ordinaryCase(label); // "MINISTER LIM JAE-WON" as "Minister Lim Jae-won"
        Speaker speaker = this.speakers.resolve(name);
        Speaker surname = null; // "Minister Sakuraba": the full name, if the article gives it, is better
        if (speaker.isNamed() && speaker.kind() == Kind.PERSON && speaker.name().indexOf(' ') < 0) {
            surname = speaker;
            speaker = new Speaker(null, Kind.GENERIC, null, null);
        }
        if (!speaker.isNamed() && !name.equals(label) && name.indexOf(' ') > 0) {
            // "MINISTER SAKURABA:" after "Defense Minister SAKURABA Takeshi": the name after the title
            speaker = this.speakers.resolve(fullName(label.substring(label.lastIndexOf(' ') + 1)));
        }
        if (!speaker.isNamed()) {
            speaker = this.speakers.resolve(fullName(label)); // "MARCHENKO:" after "Colonel Oleh Marchenko, 48, …"
        }
        if (!speaker.isNamed() && label.indexOf(' ') < 0) {
            // "DR. LINDQVIST:" whom the article never names in full: a label is a speaker, and a courtesy title a person's
            String addressed = this.addressedNames.computeIfAbsent(label, this::findAddressedName);
            if (!addressed.isEmpty()) {
                speaker = new Speaker(addressed, Kind.PERSON, null, null);
            }
        }
        if (!speaker.isNamed() && surname != null) {
            speaker = surname;
        }
        if (speaker.kind() == Kind.MEMBER && speaker.organisation() == null) {
            this.personNames.add(speaker.name()); // "REPORTER (Kyodo News):" relays as a person, not as an outlet
        }
        if (!speaker.isNamed()) {
            return null;
        }
        if (speaker.isPerson()) {
            this.personNames.add(speaker.name());
            if (this.publisherMayHost) {
                this.hostParticipants.computeIfAbsent(speaker.name(), (person) -> listedAsParticipant(person, index));
            }
        }
        return new Attribution(speaker.name(), List.of(), speaker.isPerson(), "turn:" + label);
    }

    private final Map<String, String> addressedNames = new java.util.HashMap<>();

    /** A one-word label as the article addresses the person, "Dr. Lindqvist" for "LINDQVIST"; empty if it never does. */
    private String findAddressedName(String label) {
        Pattern addressed = Pattern.compile("(?i)(?<![\\p{L}])(Mr|Mrs|Ms|Miss|Dr|Prof)\\.?[\\s\\u00A0]+" + Pattern.quote(label)
                + "(?![\\p{L}])");
        for (SentenceFrames sentence : this.sentences) {
            java.util.regex.Matcher m = addressed.matcher(sentence.text());
            if (m.find()) {
                String title = m.group(1);
                return title.charAt(0) + title.substring(1).toLowerCase(java.util.Locale.ROOT) + ". "
                        + this.speakers.ordinaryCase(label);
            }
        }
        return "";
    }

    /**
     * The people whose turns an authority's own record holds (a health department's briefing), and
     * whether the record lists them as its participants: they speak in it, so it relays nothing,
     * whichever body they come from (a CDC official on the agriculture department's media call).
     */
    private final Map<String, Boolean> hostParticipants = new java.util.HashMap<>();

    /**
     * Whether the record lists the person before their turn, at the start of a line, with a title:
     * "Marcus Tolliver, Director, Upstate Public Health Region", "  Dr. Karen Whitfield, Deputy
     * Administrator, Animal and Plant Health Inspection Service (APHIS)".
     */
    private boolean listedAsParticipant(String name, int turn) {
        Pattern listed = Pattern.compile("(?:^|\\n)[ \\t]*(?:(?:Dr|Mr|Mrs|Ms|Prof)\\.?[ \\t]+)?" + Pattern.quote(name)
                + ",([^\\n]{1,100})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE); // "AMARA DELACROIX, Spokesperson, UNICEF"
        for (int i = 0; i < Math.min(turn, this.sentences.size()); i++) {
            java.util.regex.Matcher title = listed.matcher(this.sentences.get(i).text());
            if (title.find()) {
                return true;
            }
        }
        return false;
    }

    private Attribution interviewee;

    private boolean intervieweeSought;

    /** Who answers the questions of an interview: the person the article names before them; null if none. */
    private Attribution interviewee() {
        if (!this.intervieweeSought) {
            this.intervieweeSought = true;
            this.interviewee = findInterviewee();
        }
        return this.interviewee;
    }

    private Attribution findInterviewee() {
        int first = this.turns.firstTurn();
        for (int i = 0; i < first; i++) {
            for (Resolved r : this.resolved.get(i)) {
                if (r.attribution().isNamed() && r.attribution().person()) {
                    return new Attribution(r.attribution().source(), List.of(), true, "interviewee");
                }
            }
        }
        // "… sat down with Kyrylo Budanov", "in an interview with the analyst Jane Doe": a person named there
        for (int i = 0; i < first; i++) {
            String text = this.sentences.get(i).text();
            if (!INTERVIEW_CUE.matcher(text).find()) {
                continue;
            }
            java.util.regex.Matcher name = PERSON_NAME.matcher(text);
            while (name.find()) {
                Speaker speaker = this.speakers.resolve(name.group());
                if (speaker.isNamed() && speaker.isPerson()) {
                    this.personNames.add(speaker.name());
                    return new Attribution(speaker.name(), List.of(), true, "interviewee");
                }
            }
        }
        return null;
    }

    private static final Pattern INTERVIEW_CUE = Pattern.compile("(?i)\\b(?:interview\\w*|spoke|speaks|talked|talks|sat down|answered|answers)\\b");

    /** Two to four capitalised words: a person's name, to be confirmed by the resolver. */
    private static final Pattern PERSON_NAME = Pattern.compile("(?<![\\p{L}])\\p{Lu}[\\p{L}'’-]+(?:[\\s\\u00A0]+\\p{Lu}[\\p{L}'’-]+){1,3}");

    private boolean namesPublisher(String label) {
        return this.publisher != null && this.publisher.toLowerCase(java.util.Locale.ROOT)
            .contains(label.toLowerCase(java.util.Locale.ROOT));
    }

    private final Map<String, String> fullNames = new java.util.HashMap<>();

    /** A one-word label ("MARCHENKO") as the article names the person in full ("Colonel Oleh Marchenko"). */
    private String fullName(String label) {
        if (label.contains(" ") || label.length() < 3) {
            return label;
        }
        return this.fullNames.computeIfAbsent(label, this::findFullName);
    }

    private String findFullName(String label) {
        String surname = label.charAt(0) + label.substring(1).toLowerCase(java.util.Locale.ROOT);
        // the surname last ("Colonel Oleh Marchenko"), or first before a hyphenated given name, as
        // Korean names are written ("Lieutenant General Nam Ki-taek")
        // (not a pronoun's contraction: "I'm Anna Kellerman" is Anna Kellerman)
        Pattern named = Pattern.compile("((?:(?!\\p{Lu}['’]\\p{Ll})\\p{Lu}[\\p{L}.'’-]*[\\s\\u00A0]+){0,3})" + Pattern.quote(surname)
                + "(?:([\\s\\u00A0]+\\p{Lu}\\p{Ll}+-\\p{Ll}+)(?![\\p{L}-])|(?![\\p{L}]))");
        String longest = label;
        // the family name in capitals before the given name, as Japanese and Korean government records write it
        Pattern capitals = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(label.toUpperCase(java.util.Locale.ROOT))
                + "[\\s\\u00A0]+(\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)?)(?![\\p{L}])");
        // or after the given name, as a list of participants may write it ("- Mark HOLLOWAY, Deputy Coordinator",
        // "AMARA DELACROIX, Spokesperson, UNICEF")
        Pattern givenFirst = Pattern.compile("(?:^|\\n)[\\s\\u00A0*•-]*(\\p{Lu}\\p{Ll}+|\\p{Lu}{2,})[\\s\\u00A0]+"
                + Pattern.quote(label.toUpperCase(java.util.Locale.ROOT)) + ",");
        for (SentenceFrames sentence : this.sentences) {
            java.util.regex.Matcher upper = capitals.matcher(sentence.text());
            if (upper.find() && (surname + " " + upper.group(1)).length() > longest.length()) {
                longest = surname + " " + upper.group(1); // "SAKURABA Takeshi" is Sakuraba Takeshi
            }
            java.util.regex.Matcher given = givenFirst.matcher(sentence.text());
            if (given.find() && (given.group(1) + " " + surname).length() > longest.length()) {
                String first = given.group(1);
                longest = first.charAt(0) + first.substring(1).toLowerCase(java.util.Locale.ROOT) + " " + surname; // "Mark HOLLOWAY" is Mark Holloway
            }
        }
        for (SentenceFrames sentence : this.sentences) {
            if (sentence.text().contains(surname)) {
                java.util.regex.Matcher m = named.matcher(sentence.text());
                while (m.find()) {
                    if (m.group(1).isEmpty() && m.group(2) == null) {
                        continue;
                    }
                    String name = m.group(1) + surname + ((m.group(2) == null) ? "" : m.group(2));
                    if (name.length() > longest.length()) {
                        longest = name; // the fullest form: "Colonel Oleh Marchenko" over "Col. Marchenko"
                    }
                }
            }
        }
        return longest;
    }

    /** The speaker who holds the floor relays what they attribute to someone else. */
    private static Attribution relayedBy(Attribution base, Attribution turn) {
        if (!base.isNamed() || base.source().equals(turn.source()) || base.via().contains(turn.source())) {
            return base;
        }
        List<String> via = new ArrayList<>(base.via());
        via.add(0, turn.source());
        return new Attribution(base.source(), via, base.person(), base.rule() + "+turn");
    }

    /** A clause that opens a sentence and names a person before ", he" or ", she": "When Sergei Shoigu … visited …". */
    private static final Pattern OPENING_CLAUSE_PERSON = Pattern.compile("(?:When|After|As|While|Before|Once|Although|Though|Until)"
            + "[\\s\\u00A0]+((?:\\p{Lu}[\\p{L}.'’-]*[\\s\\u00A0]+)*\\p{Lu}[\\p{L}'’-]+)(?=[\\s\\u00A0,])");

    /**
     * "When Sergei Shoigu, the secretary of Russia's Security Council, visited Pyongyang, he announced …": the
     * pronoun after the opening clause is the person that clause names, not whoever the article named last.
     */
    private Attribution personOfOpeningClause(String sentence) {
        if (!sentence.contains(", he ") && !sentence.contains(", she ")) {
            return null;
        }
        java.util.regex.Matcher opening = OPENING_CLAUSE_PERSON.matcher(sentence.stripLeading());
        if (!opening.lookingAt()) {
            return null;
        }
        Speaker person = this.speakers.resolve(opening.group(1));
        return (person.isNamed() && person.isPerson() && !person.isVague())
                ? new Attribution(person.name(), List.of(), true, "opening-clause") : null;
    }

    /** The speaker of a denial verb in the sentence ("Moscow has denied …"), if any. */
    Attribution denier(int index) {
        for (Resolved candidate : this.resolved.get(index)) {
            String verb = candidate.frame().verb();
            if ((verb.startsWith("den") || verb.equals("dismissed")) && candidate.attribution().isNamed()) {
                return chained(candidate.attribution());
            }
        }
        return null;
    }

    private Attribution previous(int index) {
        SentenceFrames sentence = this.sentences.get(index);
        if (index == 0 || this.sentences.get(index - 1).block() != sentence.block()
                || OWN_SUM.matcher(sentence.text()).find()) {
            return null;
        }
        Attribution before = onlySpeaker(index - 1);
        return (before == null) ? null
                : new Attribution(before.source(), before.via(), before.person(), "previous-sentence:" + before.rule());
    }

    /** Appends the relays the article states, the upstream and the publisher. */
    private Attribution chained(Attribution base) {
        Set<String> via = new LinkedHashSet<>(base.via());
        String last = base.via().isEmpty() ? base.source() : base.via().get(base.via().size() - 1);
        while (last != null && this.relayOf.containsKey(last) && via.add(this.relayOf.get(last))) {
            last = this.relayOf.get(last);
        }
        if (this.upstream != null && !this.upstreamReportsAWork && base.source() != null && !this.upstream.equals(base.source())
                && !this.speakers.isOutlet(base.source()) && via.stream().noneMatch(this.speakers::isOutlet)) {
            via.add(this.upstream);
        }
        // an organisation that publishes its own officials' words (a health department's briefing) relays
        // nothing, and a record whose listed participants speak is no outlet for anyone quoted in it
        if (this.publisher != null && !this.speakers.speaksFor(base.source(), this.publisher)
                && !this.hostParticipants.getOrDefault(base.source(), false) && !this.hostParticipants.containsValue(true)) {
            via.add(this.publisher);
        }
        via.remove(base.source());
        return new Attribution(base.source(), new ArrayList<>(via), base.person(), base.rule());
    }

    private void resolveAll() {
        Context context = new Context();
        for (SentenceFrames sentence : this.sentences) {
            this.resolving = this.resolved.size();
            learnReportAuthor(sentence.text(), context);
            learnBriefer(sentence.text(), context);
            learnSubjectPerson(sentence.text(), context);
            learnSubjectOrganisation(sentence.text(), context);
            List<Resolved> here = new ArrayList<>();
            for (Frame frame : sentence.frames()) {
                Speaker speaker = this.speakers.resolve(frame.speaker());
                if (frame.verb().equals("credit") && !(speaker.isNamed() && this.speakers.isOutlet(speaker.name()))) {
                    continue; // "(Reuters)" credits an outlet; "(Russia)" or "(HUR)" after a name credits nobody
                }
                Attribution attribution = resolve(frame, speaker, sentence.text(), context);
                if (frame.verb().equals("work reported by")) {
                    attribution = workChain(frame, attribution, sentence.frames());
                }
                learnNamedMember(frame, attribution, context);
                here.add(new Resolved(frame, attribution, speaker.isVague()));
                if (attribution.person()) {
                    this.personNames.add(attribution.source());
                }
                if (!frame.verb().equals("work reported by") && !frame.verb().equals("carried by")) {
                    learnRelay(frame, attribution); // a work's chain is the work's, not every word of its author's
                }
            }
            for (Resolved r : here) {
                if (r.frame().type() != Frame.Type.REFERRING) {
                    context.remember(r, this.speakers);
                }
            }
            for (Resolved r : here) {
                boolean ownersWork = r.frame().speaker() != null && r.attribution().isNamed() && !r.attribution().person()
                        && OWNERS_WORK.matcher(r.frame().speaker()).matches();
                if ((isWorkReported(r) || ownersWork) && r.attribution().isNamed()) {
                    // "Russian interior ministry data first reported by Japan's Nikkei", "OCHA's situation report of
                    // 16 May counts …": the work "those statistics" or "the same report" takes up
                    context.reportAuthor = new Attribution(r.attribution().source(), r.attribution().via(), false, "report-author");
                }
            }
            rememberRetoldBriefing(here, context);
            learnFrontedReportAuthor(sentence.text(), here, context);
            this.resolved.add(here);
        }
        nameDescribedSpeakers();
    }

    /**
     * A wire's lead describes its source and the next sentences name it: "…, a state-funded defense
     * think tank said Thursday." then "The Korea Institute for Defense Analyses (KIDA) said in a report
     * …". The description speaks as the body of its kind that one of the next two sentences names.
     */
    private void nameDescribedSpeakers() {
        for (int i = 0; i + 1 < this.resolved.size(); i++) {
            List<Resolved> here = this.resolved.get(i);
            for (int k = 0; k < here.size(); k++) {
                Resolved r = here.get(k);
                String kind = r.attribution().isNamed() || r.frame().speaker() == null ? null : describedKind(r.frame().speaker());
                Attribution named = (kind == null) ? null : nextOfKind(i, kind);
                if (named == null && !r.attribution().isNamed() && r.frame().speaker() != null) {
                    named = nextSharing(i, describedWords(r.frame().speaker()));
                }
                if (named != null) {
                    here.set(k, new Resolved(r.frame(), new Attribution(named.source(), named.via(), false,
                            "described-then-named:" + r.attribution().rule()), false));
                }
            }
        }
    }

    /** The kind of source an indefinite description names: "a state-funded defense think tank" is a think tank. */
    private static String describedKind(String speaker) {
        Matcher described = DESCRIBED.matcher(speaker.strip());
        if (!described.matches()) {
            return null;
        }
        return described.group(1) != null ? "think-tank" : "intelligence";
    }

    private static final Pattern DESCRIBED = Pattern.compile("(?i)an?[\\s\\u00A0]+(?:[\\p{L}-]+[\\s\\u00A0]+){0,4}?"
            + "(?:(think[\\s\\u00A0-]tank|research[\\s\\u00A0]+institute|research[\\s\\u00A0]+cent(?:er|re))"
            + "|(?:spy|intelligence)[\\s\\u00A0]+(?:agency|service))");

    /** "an 11-nation sanctions monitoring group": a body described by what it does; group 1 is the description. */
    private static final Pattern DESCRIBED_BODY = Pattern.compile("(?i)an?[\\s\\u00A0]+((?:[\\p{L}\\p{N}-]+[\\s\\u00A0]+){1,4}?)"
            + "(?:group|team|body|panel|organi[sz]ation|agency|institute|watchdog|monitor|coalition|network|commission|committee)");

    /** The describing words of a {@link #DESCRIBED_BODY} ("sanctions", "monitoring"), or none. */
    private static Set<String> describedWords(String speaker) {
        Matcher described = DESCRIBED_BODY.matcher(speaker.strip());
        if (!described.matches()) {
            return Set.of();
        }
        Set<String> words = new java.util.HashSet<>();
        for (String word : org.briefing.template.SourceRegistry.key(described.group(1)).split(" ")) {
            if (word.length() >= 5 && word.chars().allMatch(Character::isLetter)) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * A named body in one of the two sentences after {@code index} whose name holds one of the describing words:
     * "The Multilateral Sanctions Monitoring Team (MSMT) …" after "an 11-nation sanctions monitoring group said".
     */
    private Attribution nextSharing(int index, Set<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        for (int j = index + 1; j <= index + 2 && j < this.resolved.size(); j++) {
            for (Resolved candidate : this.resolved.get(j)) {
                Attribution attribution = candidate.attribution();
                if (attribution.isNamed() && !attribution.person() && !this.speakers.isOutlet(attribution.source())
                        && java.util.Arrays.stream(org.briefing.template.SourceRegistry.key(attribution.source()).split(" "))
                            .anyMatch(words::contains)) {
                    return attribution;
                }
            }
        }
        return null;
    }

    /** A named body of the kind in one of the two sentences after {@code index}, as attributed there. */
    private Attribution nextOfKind(int index, String kind) {
        for (int j = index + 1; j <= index + 2 && j < this.resolved.size(); j++) {
            for (Resolved candidate : this.resolved.get(j)) {
                Attribution attribution = candidate.attribution();
                if (attribution.isNamed() && !attribution.person() && kind.equals(this.speakers.registeredKind(attribution.source()))) {
                    return attribution;
                }
            }
        }
        return null;
    }

    /**
     * "Rep. Ahn said the NIS had told lawmakers that …": the lawmaker retells the agency's briefing
     * in the same sentence, so a later "he added" or "Ahn said" still speaks for the agency, through
     * the lawmaker, as when the briefing was named in an earlier sentence.
     */
    private static void rememberRetoldBriefing(List<Resolved> sentence, Context context) {
        Resolved lawmaker = null;
        Resolved briefing = null;
        for (Resolved r : sentence) {
            Attribution attribution = r.attribution();
            if (!attribution.isNamed() || r.frame().type() != Frame.Type.PREPOSED) {
                continue;
            }
            if (attribution.person() && context.lawmakers.contains(attribution.source()) && lawmaker == null) {
                lawmaker = r;
            }
            else if (!attribution.person() && isBriefing(r.frame()) && briefing == null) {
                briefing = r;
            }
        }
        if (lawmaker == null || briefing == null || lawmaker.frame().scopeStart() > briefing.frame().scopeStart()) {
            return;
        }
        context.people.put(lawmaker.attribution().source(),
                retold(lawmaker.attribution(), briefing.attribution().source(), briefing.attribution().rule()));
    }

    /** The briefer's account as a lawmaker retells it: the briefer speaks, the lawmaker (and their relays) relay. */
    private static Attribution retold(Attribution lawmaker, String briefer, String rule) {
        List<String> chain = new ArrayList<>();
        chain.add(lawmaker.source());
        chain.addAll(lawmaker.via());
        return new Attribution(briefer, chain, false, rule + "+briefing");
    }

    /**
     * "HUR spokesperson Oleksandr Karpenko told …" speaks for HUR; a later "Karpenko said" is the same
     * speaker, so the person's name is kept for the body they spoke for.
     */
    private void learnNamedMember(Frame frame, Attribution attribution, Context context) {
        if (!attribution.isNamed() || attribution.person() || frame.speaker() == null) {
            return;
        }
        String name = memberName(AttributionFinder.clean(frame.speaker()));
        if (name != null && this.speakers.resolve(name).isPerson()) {
            context.people.putIfAbsent(name, attribution);
        }
    }

    /** The two to four capitalised words that end a speaker after a word in lower case ("HUR spokesperson Oleksandr Karpenko"), or null. */
    private static final Pattern SPACE_RUN = Pattern.compile("[\\s\\u00A0]+");

    private static String memberName(String speaker) {
        String[] words = SPACE_RUN.split(speaker.strip());
        int first = words.length;
        while (first > 0 && words.length - first < 4 && isCapitalisedWord(words[first - 1])) {
            first--;
        }
        int count = words.length - first;
        if (count < 2 || first == 0 || words[first - 1].isEmpty() || !Character.isLowerCase(words[first - 1].charAt(words[first - 1].length() - 1))) {
            return null;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
    }

    private static boolean isCapitalisedWord(String word) {
        return word.length() >= 2 && Character.isUpperCase(word.charAt(0)) && isWordOfName(word, 1, word.length());
    }

    /** A name of two to four capitalised words opening a sentence, then a word in lower case, an age or a role ("Igor Semyonov, director of …"). */
    private static final Pattern SUBJECT_NAME = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’-]+(?:[\\s\\u00A0]+\\p{Lu}[\\p{L}'’-]+){1,3})(?:,[\\s\\u00A0]+\\d{1,2},|[\\s\\u00A0]+\\p{Ll}|,[\\s\\u00A0]+\\p{Ll})");

    /**
     * A feature's opening, "Bikash Thapa Magar keeps his military ID in a folder": before anyone
     * has spoken, the person the article is about is whom a later "he said" means.
     */
    private void learnSubjectPerson(String sentence, Context context) {
        if (context.lastPerson != null || sentence.isEmpty() || !Character.isUpperCase(sentence.charAt(0))) {
            return; // once someone has spoken, "he" is the last speaker
        }
        String text = sentence.substring(AttributionFinder.afterSpacedDash(sentence)).stripLeading(); // "WALING, Syangja - "
        java.util.regex.Matcher name = SUBJECT_NAME.matcher(text);
        if (!name.lookingAt()) {
            return;
        }
        Speaker speaker = this.speakers.resolve(name.group(1));
        if (speaker.kind() == Kind.PERSON) {
            Attribution person = new Attribution(speaker.name(), List.of(), true, "subject-person");
            context.remember(new Resolved(null, person, false), this.speakers);
        }
    }

    /** Words before the verb: up to seven, the first capitalised (or "the" and a capitalised one). */
    private static final int OPENING_WORDS = 7;

    /** Whether the word at {@code [start, end)} is "has", "have" or "had". */
    private static boolean isAuxiliary(String text, int start, int end) {
        int length = end - start;
        return (length == 3 && (text.startsWith("has", start) || text.startsWith("had", start)))
                || (length == 4 && text.startsWith("have", start));
    }

    /**
     * "Belgian customs seized 52.3 tonnes …, the agency said": a body that opens a sentence as the
     * subject of what it did is whom "the agency" and "it" mean afterwards, although it said nothing
     * itself.
     */
    private void learnSubjectOrganisation(String sentence, Context context) {
        if (sentence.isEmpty()) {
            return;
        }
        String subject = openingSubject(sentence);
        if (subject == null) {
            int dash = datelineDash(sentence); // "ANTWERP, Belgium, Jan 15 (Reuters) - Belgian customs seized"
            subject = (dash < 0) ? null : openingSubject(sentence.substring(dash).stripLeading());
        }
        Matcher subordinate = SUBORDINATOR.matcher(sentence);
        if (subject == null && subordinate.lookingAt()) {
            subject = openingSubject(sentence.substring(subordinate.end())); // "When Russia's interior ministry published …, "
        }
        if (subject == null) {
            return;
        }
        Speaker speaker = this.speakers.resolve(AttributionFinder.cleanNp(subject));
        if (speaker.kind() == Kind.ORGANISATION || speaker.kind() == Kind.MEMBER && SpeakerResolver.namesInstitution(speaker.name())) {
            Attribution body = new Attribution(speaker.name(), List.of(), false, "subject-organisation");
            context.remember(new Resolved(null, body, false), this.speakers);
        }
    }

    /** A pronoun that opens a sentence as its subject. */
    private static final Pattern PRONOUN_OPENING = Pattern.compile("(?:It|They|He|She|We|I|You|This|That|These|Those)[\\s\\u00A0]");

    /** A subordinating word that opens a sentence before its subject: "When", "After", "As". */
    private static final Pattern SUBORDINATOR = Pattern.compile("(?:When|After|As|Once|Since|Before|While|Although|Though)[\\s\\u00A0]+");

    /**
     * The words that open a sentence before its first verb in the past or form of "to be", when they
     * can be a name ("Belgian customs", "The Korea Institute for National Unification (KINU)"), else
     * null: at most {@value #OPENING_WORDS} words of letters, an acronym in brackets last.
     */
    private static String openingSubject(String text) {
        if (text.isEmpty() || !(Character.isUpperCase(text.charAt(0)) || text.startsWith("the ")) || PRONOUN_OPENING.matcher(text).lookingAt()) {
            return null; // "It believes Pyongyang has been …": the pronoun is the subject
        }
        int n = text.length();
        int i = 0;
        int lastEnd = 0;
        int beforeAuxiliary = -1;
        for (int word = 0; word <= OPENING_WORDS + 1 && i < n; word++) {
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (word > 0 && isOpeningVerb(text, start, i)) {
                int end = (beforeAuxiliary >= 0) ? beforeAuxiliary : lastEnd;
                return (word > ((beforeAuxiliary >= 0) ? 2 : 1) + OPENING_WORDS) ? null : text.substring(0, end);
            }
            boolean auxiliary = word > 0 && isAuxiliary(text, start, i);
            if (!auxiliary && (beforeAuxiliary >= 0 || !isNameWord(text, start, i, word == 0))) {
                return null;
            }
            beforeAuxiliary = auxiliary ? lastEnd : -1;
            lastEnd = i;
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
        }
        return null;
    }

    /** Where the text after a dateline's dash starts, if a spaced dash comes in the first 80 characters; else -1. */
    private static int datelineDash(String sentence) {
        int end = Math.min(sentence.length() - 1, 80);
        for (int i = 1; i < end; i++) {
            char c = sentence.charAt(i);
            if ((c == '-' || c == '–' || c == '—') && sentence.charAt(i - 1) == ' ' && Character.isWhitespace(sentence.charAt(i + 1))) {
                return i + 2;
            }
        }
        return -1;
    }

    /** A word of letters, apostrophes and hyphens, capitalised if first ("the" aside); or "(KINU)". */
    private static boolean isNameWord(String text, int start, int end, boolean first) {
        if (end - start >= 4 && text.charAt(start) == '(' && text.charAt(end - 1) == ')') {
            for (int k = start + 1; k < end - 1; k++) {
                if (!Character.isUpperCase(text.charAt(k)) && !Character.isDigit(text.charAt(k))) {
                    return false;
                }
            }
            return end - start <= 10;
        }
        if (first && !Character.isUpperCase(text.charAt(start)) && !text.startsWith("the", start)) {
            return false;
        }
        return isWordOfName(text, start, end);
    }

    /** Letters, apostrophes and hyphens only, from {@code start} to {@code end}. */
    private static boolean isWordOfName(String text, int start, int end) {
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (!Character.isLetter(c) && c != '\'' && c != '’' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isOpeningVerb(String text, int start, int end) {
        int length = end - start;
        if (length == 2 || length == 3 || length == 4) {
            String word = text.substring(start, end);
            if (word.equals("is") || word.equals("are") || word.equals("was") || word.equals("were") || word.equals("been")) {
                return true;
            }
        }
        if (length < 4 || text.charAt(end - 1) != 'd' || text.charAt(end - 2) != 'e') {
            return false;
        }
        for (int k = start; k < end; k++) {
            if (!Character.isLowerCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "The MSMT … today released its first report": the report that "finds" or "notes" later in
     * the article speaks for the MSMT.
     */
    private void learnReportAuthor(String sentence, Context context) {
        if (sentence.contains("report of ") || sentence.contains("report by ") || sentence.contains("report from ")) {
            // "The figures, published in the quarterly human rights report of the U.N. Integrated Office in Haiti (BINUH), …"
            java.util.regex.Matcher of = REPORT_OF_NAME.matcher(sentence);
            if (of.find() && learnAuthor(of.group(1), context)) {
                return;
            }
        }
        if ((sentence.contains(" in a ") || sentence.contains(" in its ") || sentence.contains(" in their ")) && sentence.contains("report")) {
            // "The Korea Institute for Defense Analyses (KIDA) said in a report that …"
            java.util.regex.Matcher said = SAID_IN_REPORT.matcher(sentence);
            if (said.find()) {
                learnAuthor(said.group(1), context);
                return;
            }
        }
        if (!sentence.contains("released") && !sentence.contains("published") && !sentence.contains("issued")) {
            return;
        }
        java.util.regex.Matcher release = RELEASED_REPORT.matcher(sentence);
        if (!release.find()) {
            return;
        }
        String[] pieces = sentence.substring(0, release.start()).split(",(?!\\d{3})");
        String subject = TIME_WORDS.matcher(pieces[pieces.length - 1]).replaceAll("").trim();
        if (subject.isEmpty() || subject.equals(subject.toLowerCase(java.util.Locale.ROOT))) {
            subject = pieces[0].trim(); // "The MSMT, launched in 2024 by 11 states, today released"
        }
        learnAuthor(subject, context);
    }

    /** The body the phrase names becomes the author "the report" speaks for; whether it named one. */
    private boolean learnAuthor(String phrase, Context context) {
        Speaker author = this.speakers.resolve(AttributionFinder.cleanNp(phrase));
        if (!author.isNamed() || author.isPerson()) {
            return false;
        }
        context.reportAuthor = new Attribution(author.name(), List.of(), false, "report-author");
        return true;
    }

    /** "In a confidential quarterly report circulated to the board …, the agency said …": who speaks wrote the report. */
    private void learnFrontedReportAuthor(String sentence, List<Resolved> here, Context context) {
        if (!(sentence.startsWith("In a ") || sentence.startsWith("In its ") || sentence.startsWith("In the ")
                || sentence.startsWith("In their "))) {
            return;
        }
        int comma = sentence.indexOf(',');
        if (comma < 0 || !sentence.substring(0, comma).contains("report")) {
            return;
        }
        for (Resolved resolved : here) {
            Attribution attribution = resolved.attribution();
            if (attribution.source() != null && !attribution.person() && resolved.frame().scopeStart() > comma) {
                context.reportAuthor = new Attribution(attribution.source(), List.of(), false, "report-author");
                return;
            }
        }
    }

    /**
     * "after a closed-door briefing by the National Intelligence Service", "a lawmaker who had been briefed by the
     * National Intelligence Service": the agency briefed.
     */
    private void learnBriefer(String sentence, Context context) {
        int at = sentence.indexOf("briefing by ");
        int length = "briefing by ".length();
        if (at < 0) {
            at = sentence.indexOf("briefed by ");
            length = "briefed by ".length();
        }
        if (at < 0) {
            return;
        }
        String after = sentence.substring(at + length);
        String phrase = after.split("(?i)[,;.]|\\s(?:to|on|in|at|for|about|that|which|who)\\s", 2)[0];
        Speaker briefer = this.speakers.resolve(AttributionFinder.cleanNp(phrase));
        if (briefer.isNamed() && !briefer.isPerson()) {
            context.briefer = new Attribution(briefer.name(), List.of(), false, "briefing-by");
        }
    }

    /**
     * "X reports this, referring to Y", "X, citing Y, reported" and "…, Reuters reported, citing Yonhap.": X relays Y in
     * the whole article (in the last form only an outlet citing an outlet).
     */
    private void learnRelay(Frame frame, Attribution attribution) {
        boolean relayFrame = frame.type() == Frame.Type.REFERRING || frame.type() == Frame.Type.CITING
                || (frame.type() == Frame.Type.POSTPOSED && attribution.isNamed() && this.speakers.isOutlet(attribution.source()));
        if (relayFrame && attribution.isNamed() && frame.relay() != null) {
            Speaker relay = this.speakers.resolve(frame.relay());
            if (relay.isNamed() && (frame.type() == Frame.Type.REFERRING || this.speakers.isOutlet(relay.name()))) {
                this.relayOf.putIfAbsent(attribution.source(), relay.name());
            }
        }
    }

    /** A member of a body called by a common noun: "a mission spokesperson", "ministry officials". */
    private static final Pattern COMMON_BODY_MEMBER = Pattern.compile("(?:(?:an?|the)[\\s\\u00A0]+)?(\\p{Ll}{4,})[\\s\\u00A0]+"
            + "(spokesperson|spokesman|spokeswoman|official|officials|source|sources|representative|representatives)");

    /** The body of the registry whose name holds the noun, named in the sentence being resolved or the twelve before it. */
    private Speaker bodyCalledEarlier(String noun) {
        for (int i = this.resolving; i >= 0 && i >= this.resolving - 12; i--) {
            Speaker body = this.speakers.bodyCalled(noun, this.sentences.get(i).text());
            if (body != null) {
                return body;
            }
        }
        return null;
    }

    /** The patterns of {@link #qualifiedEarlier}, by the collective's head: few heads recur. */
    private static final Map<String, Pattern> QUALIFIED_COLLECTIVES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The sentence being resolved, for the rules that look back over the text before it. */
    private int resolving;

    /**
     * The same collective as the article qualified it before the sentence being resolved, as a speaker: "Federal
     * prosecutors" for "Prosecutors"; null when it never did.
     */
    private Speaker qualifiedEarlier(String collective) {
        String head = collective.strip().toLowerCase(java.util.Locale.ROOT);
        head = head.startsWith("the ") ? head.substring(4) : head;
        Pattern qualified = QUALIFIED_COLLECTIVES.computeIfAbsent(head, (h) -> Pattern.compile(
                "((?:\\p{Lu}[\\p{L}.'’-]*[\\s\\u00A0]+){1,3}" + Pattern.quote(h) + ")(?![\\p{L}])"));
        for (int i = this.resolving; i >= 0 && i >= this.resolving - 12; i--) {
            if (!this.sentences.get(i).text().contains(head)) {
                continue;
            }
            Matcher found = qualified.matcher(this.sentences.get(i).text());
            String last = null;
            while (found.find()) {
                last = found.group(1);
            }
            if (last != null) {
                Speaker speaker = this.speakers.resolve(AttributionFinder.cleanNp(last));
                if (speaker.isNamed() && !speaker.isPerson()) {
                    return speaker;
                }
            }
        }
        return null;
    }

    /** The article's text in {@link org.briefing.template.SourceRegistry#key} form, padded with spaces; made on first use. */
    private String articleKey;

    private String articleKey() {
        if (this.articleKey == null) {
            StringBuilder text = new StringBuilder();
            for (SentenceFrames sentence : this.sentences) {
                text.append(sentence.text()).append(' ');
            }
            this.articleKey = " " + org.briefing.template.SourceRegistry.key(text.toString()) + " ";
        }
        return this.articleKey;
    }

    private Attribution resolve(Frame frame, Speaker speaker, String sentence, Context context) {
        String rule = frame.type().name().toLowerCase().replace('_', '-') + ":" + frame.verb();
        String single = SpeakerResolver.keeper(AttributionFinder.clean(frame.speaker()));
        if (speaker.isNamed() && this.speakers.registeredKind(speaker.name()) == null) {
            Speaker whole = this.speakers.registeredEndingWith(speaker.name(), sentence); // "Challenger, Gray & Christmas"
            if (whole != null) {
                speaker = whole;
                rule = rule + "+name-with-comma";
            }
        }
        if (speaker.kind() == Kind.GENERIC && frame.type() == Frame.Type.POSTPOSED && frame.relay() != null) {
            // "…, Reuters reports, citing people it does not describe": Reuters is all the text gives
            Speaker relay = this.speakers.resolve(frame.relay());
            if (relay.isNamed()) {
                return new Attribution(relay.name(), List.of(), relay.isPerson(), rule + "+citing-unnamed");
            }
        }

        if (!speaker.isNamed() && SINGLE_NAME.matcher(single).matches()) {
            Attribution same = context.samePerson(single); // "Yoon said" after "Rep. Yoon Jae-seok"
            if (same == null) {
                same = context.sameOrganisation(single); // "Customs data show" after "Chinese customs data"
            }
            if (same != null) {
                return new Attribution(same.source(), same.via(), same.person(), rule + "+same-speaker");
            }
        }
        if (speaker.kind() == Kind.GENERIC && SpeakerResolver.isBareCollective(single)) {
            // "Prosecutors said" after "Federal prosecutors on Thursday charged four people": the ones the article qualified
            Speaker qualified = qualifiedEarlier(single);
            if (qualified != null) {
                speaker = qualified;
                rule = rule + "+qualified-earlier";
            }
        }
        Matcher member = COMMON_BODY_MEMBER.matcher(single);
        if (speaker.kind() == Kind.MEMBER && speaker.organisation() == null && member.matches()) {
            // "a mission spokesperson" after "The Kenyan-led Multinational Security Support mission": its spokesperson
            Speaker body = bodyCalledEarlier(member.group(1));
            if (body != null) {
                speaker = new Speaker(body.name() + " " + member.group(2), Kind.MEMBER, body.name(), null);
                rule = rule + "+body-named";
            }
        }
        java.util.regex.Matcher description = DEFINITE_HEAD.matcher(single);
        // "The report put …" is its author's, not a source whose name holds "report" ("a person familiar with the report")
        boolean work = speaker.kind() == Kind.DEFINITE && WORKS.contains(speaker.noun());
        boolean described = !work && (!speaker.isNamed() || (speaker.kind() == Kind.MEMBER && speaker.organisation() == null));
        if (described && description.matches()) {
            // "the police" after "Finnish police", "the regional prosecutor's office" after "the Kharkiv Regional
            // Prosecutor's Office", "Taiwan's ministry" after "Taiwan's Ministry of National Defense"
            String owner = (description.group(1) == null) ? "" : description.group(1) + " ";
            Attribution same = context.sameOrganisation(owner + description.group(2));
            if (same != null) {
                return new Attribution(same.source(), same.via(), same.person(), rule + "+same-description");
            }
            Speaker meant = (description.group(1) == null) ? this.speakers.bodyCalled(description.group(2), sentence) : null;
            if (meant == null && description.group(1) == null && description.group(2).indexOf(' ') > 0) {
                meant = this.speakers.describedIn(description.group(2), this::articleKey);
            }
            if (meant != null) {
                // "…, the office said" after "the report of the U.N. Integrated Office in Haiti" in the sentence; "the
                // health ministry" that no earlier body's name holds, in an article about Congo: Congo's
                speaker = meant;
                rule = rule + "+described";
            }
        }
        if (speaker.kind() == Kind.PRONOUN_ORGANISATION && frame.type() == Frame.Type.ACCORDING_TO) {
            // "The Suez Canal Authority's revenue fell …, according to figures it released": the
            // organisation the sentence names, before any named earlier
            Speaker named = this.speakers.organisationIn(sentence);
            if (named != null) {
                return new Attribution(named.name(), List.of(), false, rule + "+pronoun-in-sentence");
            }
        }
        if (!speaker.isNamed()) {
            if (speaker.kind() == Kind.DEFINITE && NAMED_DESCRIPTION.matcher(single).matches()) {
                // "the Kharkiv operational-tactical group" that no earlier body's name holds: the description
                // names it, whichever body the article named last
                return new Attribution(single.substring(4).strip(), List.of(), false, rule + "+description");
            }
            Attribution opening = (speaker.kind() == Kind.PRONOUN_PERSON) ? personOfOpeningClause(sentence) : null;
            if (opening != null) {
                return new Attribution(opening.source(), List.of(), true, rule + "+pronoun-opening-clause");
            }
            Attribution earlier = context.lookup(speaker);
            if (earlier != null && earlier.person() && speaker.kind() == Kind.PRONOUN_PERSON) {
                // "he added" after "Rep. Ahn said the NIS had told lawmakers …": the briefing, through him
                Attribution retold = context.people.get(earlier.source());
                earlier = (retold != null && !retold.person()) ? retold : earlier;
            }
            return (earlier == null) ? Attribution.NONE
                    : new Attribution(earlier.source(), earlier.via(), earlier.person(), rule + "+pronoun");
        }
        List<String> via = new ArrayList<>();
        if (speaker.kind() == Kind.MEMBER && speaker.organisation() != null && this.speakers.isOutlet(speaker.organisation())) {
            via.add(speaker.organisation());
        }
        if (frame.relay() != null) {
            Speaker relay = this.speakers.resolve(frame.relay());
            if (relay.isNamed() && this.speakers.isOutlet(relay.name()) && !via.contains(relay.name())) {
                via.add(relay.name());
            }
            else if (frame.type() == Frame.Type.CITING && frame.verb().startsWith("c")) {
                // a person citing someone's work relays it: "Choi cited a report by KINU"
                String person = relay.isNamed() && relay.isPerson() ? relay.name() : context.personNamed(frame.relay());
                if (person != null && !via.contains(person)) {
                    via.add(0, person);
                }
            }
        }
        String name = speaker.name();
        if (speaker.kind() == Kind.MEMBER && mayBeAnonymous(sentence) && ANONYMOUS.matcher(sentence).find() && !name.endsWith("(anonymous)")) {
            name = name + " (anonymous)";
        }
        if (speaker.isPerson() && (LAWMAKER.matcher(frame.speaker()).find() || lawmakerByApposition(sentence, frame.speaker()))) {
            context.lawmakers.add(name);
            this.personNames.add(name);
        }
        Attribution attribution = new Attribution(name, via, speaker.isPerson(), rule);
        if (speaker.isPerson() && via.isEmpty()) {
            Attribution same = context.samePerson(name);
            if (same != null) {
                attribution = new Attribution(same.source(), same.via(), true, rule + "+same-speaker");
            }
        }
        if (context.briefer != null && context.lawmakers.contains(attribution.source())) {
            // a lawmaker retelling a briefing relays the agency that gave it
            Attribution relayed = retold(attribution, context.briefer.source(), rule);
            this.briefingRelay.putIfAbsent(context.briefer.source(), attribution.source());
            context.people.put(attribution.source(), relayed); // the lawmaker's surname later still relays the briefing
            context.lastOne = attribution; // and so does "he added"
            context.lastPerson = attribution;
            return relayed;
        }
        if (isBriefing(frame)) {
            context.briefer = attribution;
        }
        return attribution;
    }

    private static boolean isBriefing(Frame frame) {
        return frame.verb().equals("briefed") || (frame.verb().startsWith("t") && frame.relay() != null
                && BRIEFED_AUDIENCE.matcher(frame.relay()).find());
    }

    /**
     * The one outlet the article rewrites: cited alone ("according to Daily NK") in its opening
     * sentences, where a rewrite names its source, or more than once. An outlet cited once, late,
     * for one figure ("according to Russian analytics agency Autostat") is a source, not an upstream.
     */
    private void findUpstream() {
        Set<String> reporters = new LinkedHashSet<>();
        Set<String> workReporters = new java.util.HashSet<>();
        Map<String, Integer> citations = new java.util.HashMap<>();
        for (int index = 0; index < this.resolved.size(); index++) {
            List<Resolved> sentence = this.resolved.get(index);
            // another speaker, or an outlet citing someone ("MRTV reported, citing the hospital's superintendent,
            // according to Reuters": Reuters relays that chain, it is not the article's upstream)
            boolean otherSpeaker = sentence.stream()
                .anyMatch((r) -> r.frame().type() != Frame.Type.ACCORDING_TO && r.frame().type() != Frame.Type.REPORTED_BY
                        && r.frame().type() != Frame.Type.REFERRING && !isWorkReported(r)
                        && (r.attribution().isNamed() || r.frame().type() == Frame.Type.CITING && citesThroughOutlet(r.frame())));
            for (Resolved r : sentence) {
                Frame.Type type = r.frame().type();
                String name = r.attribution().source();
                if (isWorkReported(r) && !r.attribution().via().isEmpty()) {
                    // "The study by the Asia Maritime Observatory was first reported by JoongAng Ilbo": the outlet
                    // the article rewrites is the study's first reporter
                    name = r.attribution().via().get(0);
                    type = Frame.Type.REPORTED_BY;
                    workReporters.add(name);
                }
                if (!otherSpeaker && (type == Frame.Type.ACCORDING_TO || type == Frame.Type.REPORTED_BY)
                        && this.speakers.isOutlet(name) && !name.equals(this.publisher)
                        && (citations.merge(name, 1, Integer::sum) > 1 || index < UPSTREAM_WITHIN)) {
                    reporters.add(name);
                }
            }
        }
        if (reporters.size() != 1) {
            return;
        }
        this.upstream = reporters.iterator().next();
        this.upstreamReportsAWork = workReporters.contains(this.upstream);
        Set<String> inner = new LinkedHashSet<>();
        Attribution innerSource = null;
        for (List<Resolved> sentence : this.resolved) {
            for (Resolved r : sentence) {
                Attribution a = r.attribution();
                if (a.isNamed() && !a.source().equals(this.upstream) && a.via().contains(this.upstream)) {
                    inner.add(a.source());
                    innerSource = a;
                }
            }
        }
        if (inner.size() == 1) {
            this.upstreamSource = innerSource;
        }
    }

    /** Whether the one relaying a citing frame is an outlet: "state broadcaster MRTV reported, citing …". */
    private boolean citesThroughOutlet(Frame frame) {
        if (frame.relay() == null) {
            return false;
        }
        Speaker relay = this.speakers.resolve(frame.relay());
        return relay.isNamed() && (relay.kind() == Kind.OUTLET || this.speakers.isOutlet(relay.name()));
    }

    /** A speaker that is its owner's work: "OCHA's situation report of 16 May", "the IAEA's latest report". */
    private static final Pattern OWNERS_WORK = Pattern.compile("(?:(?i:the)[\\s\\u00A0]+)?\\p{Lu}[\\p{L}.&-]*(?:[\\s\\u00A0]+\\p{Lu}[\\p{L}.&-]*){0,3}['’]s"
            + "[\\s\\u00A0]+(?:[\\p{Ll}-]+[\\s\\u00A0]+){0,3}?(?:report|study|assessment|analysis|review|survey)(?:[\\s\\u00A0]+(?:of|from|on)[\\s\\u00A0]+.{1,40})?");

    /** A work's author with the outlet that first reported it: "The study by X was first reported by Y". */
    private static boolean isWorkReported(Resolved r) {
        return r.frame().type() == Frame.Type.CITING && r.frame().verb().equals("work reported by");
    }

    /**
     * A work's author, through the outlet that first reported it and the one that carried it on
     * ("… first reported by South Korea's JoongAng Ilbo on Monday and carried by Reuters").
     */
    private Attribution workChain(Frame work, Attribution author, List<Frame> frames) {
        List<String> via = new ArrayList<>();
        via.add(relayName(work.relay()));
        for (Frame frame : frames) {
            if (frame.verb().equals("carried by") && frame.speaker().equals(work.relay())) {
                via.add(relayName(frame.relay()));
            }
        }
        return new Attribution(author.source(), via, author.person(), author.rule());
    }

    private String relayName(String phrase) {
        Speaker relay = this.speakers.resolve(phrase);
        return relay.isNamed() ? relay.name() : AttributionFinder.clean(phrase);
    }

    /** What the article has said so far about who is speaking. */
    private static final class Context {

        private Attribution lastPerson;

        private Attribution lastOrganisation;

        private Attribution lastMember;

        /** The last person or single member named: "he" in "…, he said" after "A Western diplomat … said". */
        private Attribution lastOne;

        private Attribution lastOutlet;

        private Attribution last;

        private Attribution briefer;

        /** Who released the report the article is about, if it says so. */
        private Attribution reportAuthor;

        private final Set<String> lawmakers = new java.util.HashSet<>();

        private final Map<String, Attribution> people = new LinkedHashMap<>();

        private final List<Attribution> organisations = new ArrayList<>();

        void remember(Resolved resolved, SpeakerResolver speakers) {
            Attribution attribution = resolved.attribution();
            if (!attribution.isNamed()) {
                return;
            }
            this.last = attribution;
            if (attribution.person()) {
                this.lastPerson = attribution;
                this.lastOne = attribution;
                this.people.put(attribution.source(), attribution);
            }
            else if (speakers.isOutlet(attribution.source())) {
                this.lastOutlet = attribution;
                this.lastOrganisation = attribution;
            }
            else if (looksLikeMember(attribution.source())) {
                this.lastMember = attribution;
                this.organisations.add(attribution);
                if (ONE_MEMBER.matcher(attribution.source()).matches()) {
                    this.lastOne = attribution;
                }
            }
            else {
                this.lastOrganisation = attribution;
                this.organisations.add(attribution);
            }
        }

        /** The last organisation or member named earlier whose name holds these words ("Customs"), or null. */
        Attribution sameOrganisation(String words) {
            Set<String> wanted = tokensOf(words);
            Attribution found = null;
            for (Attribution organisation : this.organisations) {
                if (!wanted.isEmpty() && tokens(organisation.source()).containsAll(wanted)) {
                    found = organisation;
                }
            }
            return found;
        }

        /** The full name of the person named earlier whom {@code name} designates ("Choi"), or null. */
        String personNamed(String name) {
            Set<String> tokens = tokens(name);
            String found = null;
            for (String person : this.people.keySet()) {
                Set<String> other = tokens(person);
                if (!tokens.isEmpty() && (other.containsAll(tokens) || tokens.containsAll(other))) {
                    found = person;
                }
            }
            return found;
        }

        /** The person named earlier whom a shorter or longer form of the name designates. */
        Attribution samePerson(String name) {
            String person = personNamed(name);
            return (person == null) ? null : this.people.get(person);
        }

        /** The tokens of the names asked for, made once per article. */
        private final Map<String, Set<String>> tokensOf = new java.util.HashMap<>();

        private Set<String> tokens(String name) {
            return this.tokensOf.computeIfAbsent(name, Context::tokensOf);
        }

        private static Set<String> tokensOf(String name) {
            Set<String> tokens = new java.util.HashSet<>();
            for (String token : NON_LETTERS.split(name.toLowerCase(java.util.Locale.ROOT))) {
                if (token.length() > 1) {
                    tokens.add(token);
                }
            }
            return tokens;
        }

        Attribution lookup(Speaker speaker) {
            return switch (speaker.kind()) {
                case PRONOUN_PERSON -> (this.lastOne != null) ? this.lastOne : this.lastMember;
                case PRONOUN_ORGANISATION -> this.lastOrganisation;
                case PRONOUN_ANY -> this.last;
                case DEFINITE -> definite(speaker.noun());
                default -> null;
            };
        }

        private Attribution definite(String noun) {
            return switch (noun) {
                case "official", "source", "representative", "spokesperson", "spokesman", "spokeswoman", "analyst" ->
                    (this.lastMember != null) ? this.lastMember : this.lastPerson;
                case "report", "study", "assessment", "analysis", "review", "survey", "data", "statistics", "figures", "findings" ->
                    this.reportAuthor; // "those statistics" after "Russian interior ministry data first reported by Nikkei"
                case "channel", "outlet", "broadcaster", "newspaper", "publication", "paper" -> this.lastOutlet;
                case "commentator", "minister", "president", "general", "ambassador", "governor", "mayor", "commander", "director" ->
                    this.lastPerson;
                case "agency", "service", "directorate", "intelligence" -> (this.briefer != null && !this.briefer.person())
                        ? this.briefer : this.lastOrganisation;
                default -> this.lastOrganisation;
            };
        }

        private static boolean looksLikeMember(String name) {
            return WordStarts.find(MEMBER.matcher(name), name, 0, name.length(), MEMBER_FIRST, true);
        }
    }
}
