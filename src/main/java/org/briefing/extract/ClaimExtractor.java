package org.briefing.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.briefing.domain.Article;
import org.briefing.domain.Block;
import org.briefing.domain.BlockKind;
import org.briefing.domain.Claim;
import org.briefing.domain.Mention;
import org.briefing.domain.Modality;
import org.briefing.domain.Qualifier;
import org.briefing.domain.Quantity;
import org.briefing.domain.Statement;
import org.briefing.template.MetricSpec;
import org.briefing.template.SourceRegistry;
import org.briefing.template.Template;
import org.briefing.text.DateMention;
import org.briefing.text.DateMentionFinder;
import org.briefing.text.Datelines;
import org.briefing.text.Lower;
import org.briefing.text.PressReleases;
import org.briefing.text.SentenceSplitter;
import org.briefing.text.Span;
import org.briefing.text.Tails;

/**
 * Finds the quantitative claims about the template's subject in one article. This is where a claim
 * is born: every sentence of the article proper (boilerplate is skipped) is searched for figures;
 * a figure becomes a claim when it counts one of the template's metrics and is about the subject;
 * it is then attributed, given a modality, a status and the time it speaks of; repeated mentions
 * are merged. Each claim names the rules that produced it. One extractor per thread.
 */
public final class ClaimExtractor {

    /** Changes whenever the rules change what they find, so that stored claims are redone. */
    public static final String VERSION = "4";

    private static final Pattern PERIOD = Pattern.compile(
            "(?i)\\b(?:(?:a|an|per|each|every)[\\s\\u00A0]+(year|month|week|day|annum)|(annually|yearly|monthly|weekly|daily|annual))\\b");

    private static final Pattern PER_PERSON = Pattern
        .compile("(?i)\\b(?:per|a|each|for each|for every)[\\s\\u00A0]+(?:soldier|worker|person|head|man|serviceman|labou?rer)\\b");

    /**
     * What introduces a figure compared with the one before it, or a part of it: "down from",
     * "compared with", "or perhaps", "including".
     */
    private static final Pattern COMPARISON = Pattern.compile(
            "(?i)(?:\\b(?:down|up|rising|falling|fell|rose|increased|decreased|dropped|climbed) from|\\bcompared (?:with|to)|\\bversus|\\bvs\\.?|\\bagainst"
                    + "|\\bor(?:[\\s\\u00A0]+(?:perhaps|maybe|possibly|even|rather))?|\\bincluding|\\bof (?:whom|which|them)|\\bamong them)"
                    + "(?:[\\s\\u00A0]+(?:more than|over|about|around|almost|nearly|some|roughly|at least|just))?[\\s\\u00A0]*$");

    /** What opens a part of the figure before: "of which", "of whom", "of them", "including", "among them". */
    private static final Pattern PART_OPENER = Pattern.compile("(?i)\\b(?:of (?:whom|which|them)|including|among them)"
            + "(?:[\\s\\u00A0]+(?:more than|over|about|around|almost|nearly|some|roughly|at least|just))?[\\s\\u00A0]*$");

    private static final Pattern MORE = Pattern.compile("(?i)[\\s\\u00A0]+(?:more|others|additional)\\b(?![\\s\\u00A0]+than)");

    /** What separates the items of a list of figures: ", ", ", and ", " and ", other items between ("14 tanks"). */
    private static final Pattern LIST_ITEM = Pattern.compile(
            "(?:[\\s\\u00A0]*,[\\s\\u00A0]*(?:and[\\s\\u00A0]+)?\\d[\\d,.]*[\\s\\u00A0]+[\\p{L}-]+(?:[\\s\\u00A0]+[\\p{L}-]+){0,2}){0,6}"
                    + "[\\s\\u00A0]*(?:,[\\s\\u00A0]*(?:and[\\s\\u00A0]+)?|and[\\s\\u00A0]+)");

    /** What ends a part of a count that names no noun of its own, where it was counted: " in Idaho", " at Rotterdam". */
    private static final Pattern PART_PLACE = Pattern.compile("[\\s\\u00A0]+(?:in|at|from)[\\s\\u00A0]+(?:the[\\s\\u00A0]+)?\\p{Lu}");

    /** What stands between a count and its first part: a few words, no figure, and a comma (", ", " in poultry flocks, "). */
    private static final Pattern FIRST_PART_SEPARATOR = Pattern.compile(
            "(?:[\\s\\u00A0]+[\\p{L}\\p{N}'’-]+){0,8}[\\s\\u00A0]*,[\\s\\u00A0]*");

    /**
     * What stands between one part's place and the next part (" in Idaho and ", " in Spain, "). Without a
     * first part after a comma, "1,500 men from Nepal and several hundred from Cuba" are two counts.
     */
    private static final Pattern NEXT_PART_SEPARATOR = Pattern.compile(
            "(?:[\\s\\u00A0]+[\\p{L}'’-]+){1,5}[\\s\\u00A0]*(?:,[\\s\\u00A0]*(?:and[\\s\\u00A0]+)?|[\\s\\u00A0]+and[\\s\\u00A0]+)");

    private static final Pattern ANOTHER = Pattern.compile("(?i)\\b(?:another|a further|an additional)[\\s\\u00A0]*$");

    /**
     * Figures read per article at most: beyond this an article is hostile or not news, and it is
     * extracted in part (the log says so) rather than stalling the step.
     */
    static final int MAX_FIGURES = 2_000;

    /** How many following sentences of a paragraph can say that a figure is unconfirmed. */
    private static final int LATER_SENTENCES = 3;

    private static final org.slf4j.Logger logger = org.slf4j.LoggerFactory.getLogger(ClaimExtractor.class);

    private final Template template;

    private final SentenceSplitter splitter = new SentenceSplitter();

    private final DateMentionFinder dates = new DateMentionFinder();

    private final FigureFinder figures;

    private final MetricMatcher metrics;

    private final SubjectMatcher subject;

    private final AttributionFinder frames = new AttributionFinder();

    private final SpeakerResolver speakers;

    private final ModalityClassifier modality = new ModalityClassifier();

    private final StatusClassifier status;

    private final AsOfResolver asOf = new AsOfResolver();

    /** The start of the template's period: figures that speak of earlier dates are history, not claims. */
    private final java.time.LocalDate since;

    private final ClaimMerger merger;

    /** The metrics whose own figures are context, not claims (template {@code background: true}). */
    private final java.util.Set<String> background;

    private final StatementFinder statementFinder = new StatementFinder();

    private final ActorNames actors;

    private final TableFigures tables;

    /** Statements kept per article at most. */
    private static final int MAX_STATEMENTS = 50;

    public ClaimExtractor(Template template) {
        this.template = template;
        this.metrics = new MetricMatcher(template);
        this.subject = new SubjectMatcher(template);
        SourceRegistry registry = template.registry();
        java.util.Set<String> actorNames = new java.util.HashSet<>(template.subject().names());
        template.actors().forEach((actor) -> actorNames.addAll(actor.names()));
        this.speakers = new SpeakerResolver(registry, actorNames);
        this.status = new StatusClassifier(template);
        this.merger = new ClaimMerger(registry::originator);
        this.background = template.metrics().stream().filter(MetricSpec::background).map(MetricSpec::name)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.actors = new ActorNames(template);
        this.since = template.since();
        this.tables = new TableFigures(template);
        this.figures = new FigureFinder(FigureFinder.measuresCounted(template));
    }

    /** What one article holds: its claims and its statements without figures. */
    public record Extraction(List<Claim> claims, List<Statement> statements) {
    }

    /** A sworn declaration's opening: "I, Rosalind K. Thibodeaux, declare as follows:". */
    private static final Pattern DECLARATION = Pattern.compile("(?m)^[\\s\\u00A0]*I,[\\s\\u00A0]+(\\p{Lu}[\\p{L}.'’-]*(?:[\\s\\u00A0]+\\p{Lu}[\\p{L}.'’-]*){1,4}),"
            + "[\\s\\u00A0]+(?:[^,.:\\n]{0,80},[\\s\\u00A0]+)?(?:hereby[\\s\\u00A0]+)?(?:declare|state|depose|affirm|certify|swear)\\b");

    /** Who declares a sworn declaration the document is, or null: its numbered paragraphs are that person's words. */
    static String declarant(String text) {
        String head = text.substring(0, Math.min(text.length(), 4_000));
        if (head.indexOf("I, ") < 0) {
            return null;
        }
        Matcher declaration = DECLARATION.matcher(head);
        return declaration.find() ? declaration.group(1) : null;
    }

    /** A name in an agency's credit: "AFP", "Associated Press", "Reuters". */
    private static final String CREDITED = "(\\p{Lu}[\\p{L}&.'’-]*(?:[\\s\\u00A0]+\\p{Lu}[\\p{L}&.'’-]*){0,3})";

    /**
     * The credit of an agency whose copy an outlet carries, besides a dateline's (`Datelines`): a line "— AFP" (its
     * end), a byline "AFP | Published …".
     */
    private static final Pattern AGENCY_CREDIT = Pattern.compile("[—–-]+[\\s\\u00A0]*" + CREDITED + "[\\s\\u00A0.]*"
            + "|" + CREDITED + "[\\s\\u00A0]*[|·][\\s\\u00A0]*(?:Published|Updated|Posted)\\b.*", Pattern.DOTALL);

    /** The name an agency's credit gives, from the article's short blocks (boilerplate too), or null. */
    static String agencyCredit(Article article) {
        for (Block block : article.blocks()) {
            if (block.end() - block.start() > 120 && block.isBoilerplate()) {
                continue;
            }
            String head = article.slice(block.start(), Math.min(block.end(), block.start() + 120)).strip();
            Datelines.Credit dateline = block.isBoilerplate() ? null : Datelines.credit(head);
            if (dateline != null) {
                return dateline.agency(); // "PESHAWAR, Aug 17 (AFP) -"
            }
            if (head.isEmpty() || !(head.indexOf('|') > 0 || head.charAt(0) == '—' || head.charAt(0) == '–' || head.charAt(0) == '-')) {
                continue;
            }
            Matcher credit = AGENCY_CREDIT.matcher(head);
            if (credit.matches()) {
                return (credit.group(1) != null) ? credit.group(1) : credit.group(2);
            }
        }
        return null;
    }

    /** The claims of the article, merged and numbered. Never throws on odd text. */
    public List<Claim> extract(Article article) {
        return extractAll(article).claims();
    }

    /** The claims and statements of the article. Never throws on odd text. */
    public Extraction extractAll(Article article) {
        List<Sentence> sentences = sentences(article);
        boolean[] subjectNamed = namesSubject(sentences);
        boolean tables = TableFigures.holdsTables(article);
        int naming = count(subjectNamed);
        if (naming == 0 && !tables) {
            // every claim and statement must be about the subject, named in its sentence or the
            // paragraph before: an article that never names it holds none (the other news of a feed)
            return new Extraction(List.of(), List.of());
        }
        boolean aboutSubject = naming >= ABOUT_SUBJECT;
        List<ArticleAttributions.SentenceFrames> framed = new ArrayList<>();
        for (Sentence sentence : sentences) {
            framed.add(new ArticleAttributions.SentenceFrames(sentence.span().text(), sentence.block(),
                    this.frames.find(sentence.span().text())));
        }
        ArticleAttributions attributions = new ArticleAttributions(this.speakers, this.dates,
                new Issuer(article.publisher(), PressReleases.opensAsRelease(article.text()), declarant(article.text()),
                        agencyCredit(article)), framed);
        List<Candidate> candidates = new ArrayList<>();
        int defeated = 0;
        int[] budget = { MAX_FIGURES };
        for (int i = 0; i < sentences.size() && budget[0] > 0; i++) {
            try {
                candidates.addAll(candidates(article, sentences, i, framed.get(i).frames(), attributions, budget, subjectNamed,
                        aboutSubject));
            }
            catch (RuntimeException | StackOverflowError ex) {
                defeated++; // the rest of the article is still read
                logger.debug("{}: sentence {} skipped", article.fileName(), i, ex);
            }
        }
        if (tables) { // a table's figures are read by their columns, after the sentences
            int[] starts = sentences.stream().mapToInt((sentence) -> sentence.span().start()).toArray();
            candidates.addAll(this.tables.candidates(article, starts, attributions, budget, aboutSubject));
        }
        if (defeated > 0) {
            logger.warn("{}: {} sentence(s) defeated the rules and were skipped", article.fileName(), defeated);
        }
        if (budget[0] <= 0) {
            logger.warn("{}: more than {} figures; extracted in part", article.fileName(), MAX_FIGURES);
        }
        if (!this.background.isEmpty()) { // "a workforce of 2.4 million" is context: only the metrics derived from it count
            candidates.removeIf((candidate) -> this.background.contains(candidate.metric()));
        }
        List<Claim> claims = this.merger.merge(article, this.template.subject().name(), candidates, attributions);
        return new Extraction(claims, statements(article, sentences, attributions, candidates, subjectNamed));
    }

    /**
     * Who denies, when the sentence names the parties rather than a speaker ("the parties have
     * denied this", "Pyongyang and Moscow deny any arms transfers"): the actors it names.
     */
    private Attribution deniers(String before, Attribution otherwise) {
        List<String> named = this.actors.named(before);
        if (named.isEmpty()) {
            return otherwise;
        }
        return new Attribution(String.join(" and ", named), List.of(), false, "deniers-named");
    }

    private static final Pattern DENY_VERB = Pattern.compile("(?i)\\b(denied|denies|deny|denying|dismissed)\\b");

    /** Statements without figures, in sentences that hold no claim, about the subject. */
    private List<Statement> statements(Article article, List<Sentence> sentences, ArticleAttributions attributions,
            List<Candidate> candidates, boolean[] subjectNamed) {
        java.util.Set<Integer> claimed = new java.util.HashSet<>();
        for (Candidate candidate : candidates) {
            claimed.add(candidate.mention().start());
        }
        List<Statement> statements = new ArrayList<>();
        String prefix = article.id().substring(0, Math.min(12, article.id().length()));
        for (int i = 0; i < sentences.size() && statements.size() < MAX_STATEMENTS; i++) {
            Sentence sentence = sentences.get(i);
            String text = sentence.span().text();
            if (claimed.contains(sentence.span().start()) || sentence.kind() == BlockKind.TITLE) {
                continue;
            }
            if (!subjectNamed[i] && !contextNamesSubject(sentences, i, subjectNamed, attributions)) {
                continue; // a statement is about the subject only where its sentence or paragraph names it
            }
            try {
                Optional<StatementFinder.Found> found = this.statementFinder.find(text);
                boolean about = found.isPresent() && (subjectNamed[i] || !found.get().kind().equals("denial"));
                if (about) {
                    Attribution attribution = attributions.attribute(i, found.get().at());
                    if (found.get().kind().equals("denial") && DENY_VERB.matcher(text).find()) {
                        Attribution denier = attributions.denier(i);
                        attribution = (denier != null) ? denier : deniers(text.substring(0, found.get().at()), attribution);
                    }
                    attribution = attributions.asPublished(attribution);
                    AsOfResolver.AsOf time = this.asOf.resolve(this.dates.find(text), article.published());
                    statements.add(new Statement(prefix + "-s" + (statements.size() + 1), article.id(),
                            article.fileName(), found.get().kind(), found.get().about(), found.get().polarity(),
                            attribution.source(), attribution.via(), attributions.publisher(), time.date(), text, sentence.span().start(),
                            sentence.span().end(), "statement:" + found.get().kind() + " | attribution:" + attribution.rule()));
                }
            }
            catch (RuntimeException ex) {
                logger.debug("{}: statement in sentence {} skipped", article.fileName(), i, ex);
            }
        }
        return statements;
    }

    private record Sentence(Span span, int block, BlockKind kind) {
    }

    /** Whether each sentence names the subject, computed once per article. */
    private boolean[] namesSubject(List<Sentence> sentences) {
        boolean[] names = new boolean[sentences.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = this.subject.namesSubject(sentences.get(i).span().text());
        }
        return names;
    }

    /**
     * How many sentences must name the subject for the article to be about it. An article about
     * the subject refers back to it without repeating its name ("the fleet's tankers", "the North
     * earned …", "Britain, which sanctioned 100 tankers"); one that names it once in passing is
     * about something else.
     */
    private static final int ABOUT_SUBJECT = 2;

    /**
     * A sentence that offers its figures as a yardstick holds no claim, whether or not it names the subject: it opens
     * with "For comparison" or "By contrast", after a label at most ("Saudi Arabia: for comparison, …"), or says so in
     * its opening words ("In 1989, for comparison, the United States had …"). Of all the fixture sets' gold, three
     * claims stand in such sentences and many non-claims do. (In an article about the subject, a sentence that does not name it may otherwise still speak of it,
     * but not, for a count, when what follows its speaker opens on another actor: "Saudi Arabia ships …".)
     */
    private static final Pattern COMPARED = Pattern.compile("(?i)(?:[^:.]{1,40}:[\\s\\u00A0]*)?[^.;:]{0,50}?"
            + "(?<![\\p{L}])(?:for|by|in)[\\s\\u00A0]+(?:comparison|contrast)(?![\\p{L}])(?![\\s\\u00A0]+(?:with|to)\\b)");

    private static int count(boolean[] values) {
        int count = 0;
        for (boolean value : values) {
            if (value) {
                count++;
            }
        }
        return count;
    }


    private List<Sentence> sentences(Article article) {
        List<Sentence> sentences = new ArrayList<>();
        List<Block> blocks = article.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block.isBoilerplate() || block.isTableRow()) {
                continue;
            }
            for (Span span : this.splitter.split(article.text(), block.start(), block.end())) {
                sentences.add(new Sentence(span, b, block.kind()));
            }
        }
        return sentences;
    }

    /**
     * Whether a figure without a noun of its own is a part of the count before it, told by where it was
     * counted: "arrested 17 people, 11 in Spain and six in the Netherlands" are arrests all three. A part
     * is no larger than what it is a part of.
     */
    static boolean distributed(String text, Figure last, MetricMatcher.Match lastMatch, Figure figure) {
        int from = (lastMatch.nounEnd() > last.end()) ? lastMatch.nounEnd() : last.end();
        return from <= figure.start() && figure.low() != null && last.low() != null
                && figure.low().compareTo(last.low()) <= 0
                && (lastMatch.rule().startsWith("distributed:") ? NEXT_PART_SEPARATOR : FIRST_PART_SEPARATOR)
                    .matcher(text).region(from, figure.start()).matches()
                && PART_PLACE.matcher(text).region(figure.end(), text.length()).lookingAt();
    }

    private List<Candidate> candidates(Article article, List<Sentence> sentences, int index, List<Frame> frames,
            ArticleAttributions attributions, int[] budget, boolean[] subjectNamed, boolean aboutSubject) {
        Sentence sentence = sentences.get(index);
        String text = sentence.span().text();
        boolean named = subjectNamed[index] || contextNamesSubject(sentences, index, subjectNamed, attributions);
        if ((text.contains("ompari") || text.contains("ontrast")) && COMPARED.matcher(text).lookingAt()) {
            return List.of(); // "For comparison, the NHS spends roughly £120 million a year on statins": a yardstick, not a claim
        }
        boolean refersBack = !named && aboutSubject;
        if (!named && !refersBack) {
            return List.of(); // a figure is about the subject only where its sentence, paragraph or article names it
        }
        if (!FigureFinder.mayHoldFigures(text)) {
            return List.of(); // most sentences hold no figure: no need to look for dates either
        }
        if (THOUGHT_EXPERIMENT.matcher(text).lookingAt()) {
            return List.of(); // "Imagine, for the sake of argument, that Pyongyang sent 50,000 men": nobody's figure
        }
        List<DateMention> dateMentions = this.dates.find(text);
        List<Span> masked = dateMentions.stream().map((d) -> new Span(d.start(), d.end(), d.text())).toList();
        List<Candidate> found = new ArrayList<>();
        Figure lastFigure = null;
        MetricMatcher.Match lastMatch = null;
        boolean lastAbout = false;
        for (Figure figure : this.figures.find(text, masked)) {
            if (--budget[0] < 0) {
                break;
            }
            if (population(text, figure)) {
                continue; // "Nepal, a country of about 30 million people": how many live there, not a claim
            }
            if (superseded(text, figure)) {
                continue; // "(Corrects number of injured to 5,017, not 5,107 …)": the figures of the note
            }
            if (text.startsWith("nearest ", Math.max(0, figure.start() - 8))) {
                continue; // "Figures are rounded to the nearest 10 hectares": a precision, not a count
            }
            Optional<MetricMatcher.Match> anaphora = MetricMatcher.countsThem(text, figure)
                    ? this.metrics.anaphora(text, figure, previousText(sentences, index)) : Optional.empty();
            Figure read = figure;
            Optional<MetricMatcher.Match> match = anaphora.or(() -> this.metrics.match(text, read))
                .or(() -> this.metrics.anaphora(text, read, previousText(sentences, index)));
            if (match.isEmpty() && lastMatch != null && lastFigure.isMoney() == figure.isMoney()) {
                boolean compared = COMPARISON
                    .matcher(text.substring(Math.max(lastFigure.end(), figure.start() - 25), figure.start()))
                    .find();
                boolean more = MORE.matcher(text).region(figure.end(), text.length()).lookingAt()
                        || ANOTHER.matcher(text.substring(Math.max(lastFigure.end(), figure.start() - 10), figure.start())).find();
                if (compared || more || distributed(text, lastFigure, lastMatch, figure)) {
                    // "4,600 drones in 2024, down from 14,200 in 2022", "killed 50 soldiers and wounded 47 more":
                    // the figure counts what the one before it counted
                    MetricMatcher.Match previous = lastMatch;
                    match = Optional.of(new MetricMatcher.Match(previous.metric(), previous.kind(), previous.unit(),
                            figure.end(), figure.end(),
                            (compared ? "comparison:" : more ? "more:" : "distributed:") + previous.rule()));
                    if (compared && PART_OPENER.matcher(text.substring(Math.max(lastFigure.end(), figure.start() - 25), figure.start())).find()) {
                        // "…, of which 3,702 entered the air defence identification zone": a part, of the kind it is said to be
                        MetricMatcher.Match part = this.metrics.partOf(text, figure, previous);
                        match = Optional.of(new MetricMatcher.Match(part.metric(), part.kind(), part.unit(), figure.end(),
                                figure.end(), "part:" + part.rule()));
                    }
                }
            }
            if (match.isEmpty() && lastMatch != null && !figure.isMoney() && !lastFigure.isMoney()) {
                // "has killed 3,600 people and injured 5,017": what the last figure counted, of the kind of its own verb
                match = this.metrics.coordinated(text, figure, lastMatch, Math.max(lastFigure.end(), lastMatch.nounEnd()));
            }
            if (lastMatch != null && lastFigure.end() <= figure.start() && !figure.isMoney() && !lastFigure.isMoney()
                    && AMONG_THEM.matcher(text.substring(lastFigure.end(), figure.start())).find()
                    && (match.isEmpty() ? PEOPLE_PART.matcher(text).region(figure.end(), text.length()).lookingAt()
                            : isBaseOf(match.get().metric(), lastMatch.metric()))) {
                // "they killed 11 people, among them a pastor and two children": two of those killed
                MetricMatcher.Match whole = lastMatch;
                match = Optional.of(new MetricMatcher.Match(whole.metric(), whole.kind(), whole.unit(), figure.end(), figure.end(),
                        "among-them:" + whole.rule()));
            }
            if (match.isPresent() && lastMatch != null && lastMatch.kind() != null && lastFigure.end() <= figure.start()
                    && (match.get().metric().equals(lastMatch.metric()) ? match.get().kind() == null
                            : isBaseOf(match.get().metric(), lastMatch.metric()))
                    && COMPARISON.matcher(text.substring(Math.max(lastFigure.end(), figure.start() - 25), figure.start())).find()) {
                // "409.2 kg of uranium enriched to up to 60% …, up from 275.1 kg": the same kind as the figure it is compared with
                MetricMatcher.Match compared = lastMatch;
                match = Optional.of(new MetricMatcher.Match(compared.metric(), compared.kind(), match.get().unit(), match.get().nounStart(),
                        match.get().nounEnd(), "comparison:" + compared.rule()));
            }
            if (match.isPresent() && lastMatch != null && FigureFinder.converts(text, lastFigure, figure)) {
                // "1.9 billion euros ($2.2 billion)": the conversion is the same sum, of the same metric and kind
                MetricMatcher.Match sum = lastMatch;
                match = Optional.of(new MetricMatcher.Match(sum.metric(), sum.kind(), match.get().unit(), match.get().nounStart(),
                        match.get().nounEnd(), "conversion:" + sum.rule()));
            }
            if (match.isEmpty()) {
                continue;
            }
            if (lastMatch != null && lastMatch.metric().equals(match.get().metric())) {
                figure = sharedQualifier(text, lastFigure, figure);
            }
            if (refersBack && !figure.isMoney() && this.subject.opensWithAnother(text.substring(agentFrom(frames, figure)))) {
                continue; // "Saudi Arabia ships about six million barrels a day" in an article about the shadow fleet
            }
            // "Russian forces lost 1,260 personnel, 14 tanks, and 38 artillery systems": an item of a
            // list belongs to whoever the list's first figure belongs to
            boolean listed = lastMatch != null && lastMatch.nounEnd() <= figure.start()
                    && LIST_ITEM.matcher(text).region(lastMatch.nounEnd(), figure.start()).matches();
            // so does a figure coordinated with the last ("killed nine people and injured 41")
            boolean owned = listed || match.get().rule().startsWith("coordinated:") ? lastAbout
                    : this.subject.isAbout(text, figure, match.get().nounEnd(), agentFrom(frames, figure))
                            && !harmedByAnAct(text, figure, match.get());
            // an item that names another party is theirs ("47 Wagner mercenaries and 24 Malian soldiers"),
            // and the list goes on as the subject's
            boolean about = owned && !(listed && this.subject.countsAnother(text, figure, match.get().nounEnd()));
            lastFigure = figure;
            lastMatch = match.get();
            lastAbout = owned;
            if (!about) {
                continue;
            }
            Candidate candidate = candidate(article, sentences, index, frames, attributions, dateMentions, figure,
                    match.get());
            if (this.since == null || candidate.asOf() == null || !candidate.asOf().end().isBefore(this.since)) {
                found.add(candidate); // else history before the template's period: "in June 1950 about 135,000 troops"
            }
        }
        return found;
    }

    /**
     * Whether the figure counts people whom an act killed or hurt ("a missile strike on Kharkiv killed 7 people",
     * "injuring 29 people"), in a template whose casualties are the subject's own losses: neither the casualty
     * metric nor the metric it is derived from lists "civilians" or "victims". Such a figure is the act's toll,
     * not the subject's losses, unless the counted phrase names the subject ("killed 7,000 North Koreans", which
     * {@link SubjectMatcher#isAbout} has accepted before this is asked).
     */
    private boolean harmedByAnAct(String text, Figure figure, MetricMatcher.Match match) {
        if (match.kind() == null || match.nounEnd() > text.length() || match.nounStart() >= match.nounEnd()
                || !GENERIC_PEOPLE.contains(text.substring(match.nounStart(), match.nounEnd()).toLowerCase(Locale.ROOT))) {
            return false;
        }
        Optional<MetricSpec> spec = this.template.metric(match.metric());
        if (spec.isEmpty() || spec.get().from() == null || countsVictims(spec.get())
                || this.template.metric(spec.get().from()).map(ClaimExtractor::countsVictims).orElse(true)) {
            return false;
        }
        Matcher harm = ACTIVE_HARM.matcher(text);
        harm.region(Math.max(0, figure.start() - 40), figure.start());
        if (!harm.find() || this.subject.namesSubject(text.substring(figure.start(), match.nounEnd()))) {
            return false;
        }
        Span clause = Clauses.clauseAt(text, harm.start());
        return AN_ACT.matcher(text).region(Math.min(clause.start(), harm.start()), harm.start()).find();
    }

    /** What strikes: "a missile strike on Kharkiv", "A KN-23 that struck a residential block", "the raid". */
    private static final Pattern AN_ACT = Pattern.compile("(?i)\\b(?:strikes?|struck|attacks?|missiles?|drones?|rockets?|shell(?:s|ing)?"
            + "|bomb(?:s|ing|ings)?|raids?|blasts?|explosions?|barrages?|bombardments?)\\b");

    private static boolean countsVictims(MetricSpec metric) {
        return metric.nouns().stream().anyMatch((noun) -> noun.equalsIgnoreCase("civilians") || noun.equalsIgnoreCase("victims"));
    }

    /** Nouns that say nothing of whose people they are. */
    private static final Set<String> GENERIC_PEOPLE = Set.of("people", "persons", "civilians", "residents", "inhabitants");

    /** An active verb of harm right before the figure and its hedge: "killed", "killing at least", "injured". */
    private static final Pattern ACTIVE_HARM = Pattern.compile("(?i)\\b(?:killed|killing|kills|injured|injuring|injures|wounded"
            + "|wounding|wounds)[\\s\\u00A0]+(?:(?:at[\\s\\u00A0]+least|about|around|some|more[\\s\\u00A0]+than|nearly|almost|over"
            + "|up[\\s\\u00A0]+to)[\\s\\u00A0]+)?$");

    /** A part of those counted just before: ", among them", ", including", ", among whom". */
    private static final Pattern AMONG_THEM = Pattern.compile("(?i),[\\s\\u00A0]+(?:among[\\s\\u00A0]+(?:them|whom|those)|including)[\\s\\u00A0]");

    /** Who a part of those counted are: "two children", "three women". */
    private static final Pattern PEOPLE_PART = Pattern.compile("(?i)[\\s\\u00A0]+(?:[\\p{L}-]+[\\s\\u00A0]+)?(?:children|women|men|girls|boys"
            + "|minors|civilians|teenagers|infants|babies|students|journalists|foreigners|nationals|police(?:men|women)?|officers)\\b");

    /** Whether {@code base} is the metric that {@code derived} is derived from ("people" of "casualties"). */
    private boolean isBaseOf(String base, String derived) {
        return this.template.metric(derived).map((spec) -> base.equals(spec.from())).orElse(false);
    }

    /**
     * Between two figures: words, then "and" or "or" ("were killed and "), so that they are coordinated; a comma
     * before "and" opens a clause of its own ("Some 1,000 arrived in May, and 2,000 more are expected").
     */
    private static final Pattern COORDINATED = Pattern.compile("(?i)[\\s\\u00A0]+[\\p{L}'’\\s\\u00A0-]{0,50}?[\\s\\u00A0]+(?:and|or)[\\s\\u00A0]+");

    /**
     * A qualifier before two coordinated figures governs both: "At least 1,520 people were killed and 609
     * injured" is at least 609 injured; "about 300 killed and 2,700 wounded" is about 2,700.
     */
    static Figure sharedQualifier(String text, Figure before, Figure figure) {
        if (figure.qualifier() != Qualifier.EXACT || before.end() > figure.start() || before.isMoney() != figure.isMoney()
                || !COORDINATED.matcher(text).region(before.end(), figure.start()).matches()) {
            return figure;
        }
        BigDecimal value = figure.low();
        return switch (before.qualifier()) {
            case APPROX -> new Figure(figure.start(), figure.end(), value, value, Qualifier.APPROX, figure.currency(),
                    figure.nounFrom(), figure.rule() + "+shared-approx");
            case AT_LEAST -> new Figure(figure.start(), figure.end(), value, null, Qualifier.AT_LEAST, figure.currency(),
                    figure.nounFrom(), figure.rule() + "+shared-at-least");
            case UP_TO -> new Figure(figure.start(), figure.end(), null, value, Qualifier.UP_TO, figure.currency(),
                    figure.nounFrom(), figure.rule() + "+shared-up-to");
            default -> figure;
        };
    }

    private Candidate candidate(Article article, List<Sentence> sentences, int index, List<Frame> frames,
            ArticleAttributions attributions, List<DateMention> dateMentions, Figure figure, MetricMatcher.Match match) {
        Sentence sentence = sentences.get(index);
        String text = sentence.span().text();
        Attribution attribution = attributions.attribute(index, figure.start());
        Modality kind = this.modality.classify(text, figure, verb(frames, figure), later(sentences, index));
        AsOfResolver.AsOf time = this.asOf.resolve(dateMentions, article.published(), Clauses.clauseAt(text, figure.start()),
                Clauses.segmentAt(text, figure.start()), figure.start());
        String currency = figure.currency();
        Quantity quantity = new Quantity(figure.low(), figure.high(), figure.qualifier(), match.unit(),
                (currency != null) ? per(text, figure) : null, currency);
        String rule = "figure:" + figure.rule() + " | metric:" + match.rule();
        BigDecimal factor = (currency != null || match.nounEnd() > text.length()) ? null
                : Units.factor(text.substring(match.nounStart(), match.nounEnd()), match.unit());
        if (factor != null) { // "8 GW" of a metric counted in MW is 8,000 MW
            quantity = new Quantity(times(figure.low(), factor), times(figure.high(), factor), figure.qualifier(), match.unit(),
                    null, null);
            rule += "+converted:" + text.substring(match.nounStart(), match.nounEnd());
        }
        Mention mention = new Mention(text, sentence.span().start(), sentence.span().end());
        boolean headline = sentence.kind() == BlockKind.TITLE || sentence.kind() == BlockKind.HEADING;
        return new Candidate(match.metric(), match.kind(), quantity, this.status.classify(text, figure), attribution,
                kind, time.date(), time.basis(), mention, headline, rule);
    }

    private static BigDecimal times(BigDecimal value, BigDecimal factor) {
        if (value == null) {
            return null;
        }
        BigDecimal product = value.multiply(factor).stripTrailingZeros();
        return (product.scale() < 0) ? product.setScale(0) : product;
    }

    /** The reporting verb that governs the figure, if any. */
    private static String verb(List<Frame> frames, Figure figure) {
        String verb = null;
        for (Frame frame : frames) {
            if (frame.type() == Frame.Type.PREPOSED && frame.scopeStart() <= figure.start()) {
                verb = frame.verb();
            }
            else if (verb == null && frame.type() == Frame.Type.POSTPOSED && frame.governs(figure.start())) {
                verb = frame.verb();
            }
        }
        return verb;
    }

    /**
     * Whether the text before this sentence in its paragraph, or the block before the paragraph,
     * names the subject, which then carries over ("The soldiers …"; a heading "What Pyongyang
     * earns"). In a transcript, where each turn is a paragraph, it carries over the exchange: the
     * three turns before ("North Korea has shipped …" / "How much lower?" / "We estimate between 9
     * million and 10 million shells").
     */
    private static boolean contextNamesSubject(List<Sentence> sentences, int index, boolean[] subjectNamed,
            ArticleAttributions attributions) {
        int blocksBack = (attributions.speaker(index) != null) ? 3 : 1;
        int block = sentences.get(index).block();
        for (int i = index - 1; i >= 0 && index - i <= 40; i--) {
            int b = sentences.get(i).block();
            if (b != block) {
                if (blocksBack-- == 0) {
                    return false;
                }
                block = b;
            }
            if (subjectNamed[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sentence that sets up a thought experiment: "Imagine, for the sake of argument, that …",
     * "Suppose that …", "Let us assume …". Its figures are the writer's supposition, not a claim.
     */
    private static final Pattern THOUGHT_EXPERIMENT = Pattern.compile(
            "(?i)[\\s\\u00A0\"“‘']*(?:imagine|suppose|supposing|let(?: us|'s|’s) (?:assume|say|suppose|imagine)|"
                    + "assume,? for (?:the sake of )?argument|for the sake of argument)\\b");

    /**
     * "a country of about 30 million people", "a town of 25,000 inhabitants", "a population of 1.2
     * million", "is home to about 31,000 people".
     */
    private static final Pattern PLACE_OF = Pattern.compile(
            "(?i)(?:\\b(?:country|nation|town|city|village|district|region|province|state|island|municipality|capital)"
                    + "[\\s\\u00A0]+of|\\bpopulation[\\s\\u00A0]+of|\\bpopulation[\\s\\u00A0]+(?:is|was|stands at|of about|of around|of some)"
                    + "|\\bhome[\\s\\u00A0]+to)[\\s\\u00A0]+$");

    /** A people, counted whole: "a people of about 31,000", "a nation of 50 million". */
    private static final Pattern PEOPLE_OF = Pattern.compile("(?i)\\b(?:a|an|the)[\\s\\u00A0]+(?:[\\p{L}-]+[\\s\\u00A0]+)?(?:people|nation)"
            + "[\\s\\u00A0]+of[\\s\\u00A0]+$");

    private static final Tails POPULATION_LAST = Tails.anywhere(List.of("of", "is", "was", "at", "about", "around", "some", "to"));

    private static final Pattern RESIDENTS = Pattern.compile("(?i)^[\\s\\u00A0]+(?:people|inhabitants|residents|souls)\\b");

    /** Whether the figure counts how many people live in a place rather than anything the article reports. */
    private static boolean population(String text, Figure figure) {
        String before = text.substring(Math.max(0, figure.start() - 40), figure.start());
        // the pattern ends with "of", "is", "was", "at", "about", "around" or "some" and spaces: check that first
        int end = Tails.spaceBefore(before, before.length());
        if (end == before.length() || POPULATION_LAST.longest(before, end) < 0) {
            return false;
        }
        String lower = before.toLowerCase(java.util.Locale.ROOT);
        if ((lower.contains("people") || lower.contains("nation")) && PEOPLE_OF.matcher(before).find()) {
            return true;
        }
        return (lower.contains("population") || RESIDENTS.matcher(text).region(figure.end(), text.length()).lookingAt())
                && PLACE_OF.matcher(before).find();
    }

    /** The sentence before this one in its paragraph, where "of them" finds its noun. */
    private static String previousText(List<Sentence> sentences, int index) {
        return (index > 0 && sentences.get(index - 1).block() == sentences.get(index).block())
                ? sentences.get(index - 1).span().text() : "";
    }

    /** Where text that can name the figure's agent starts: after the verb of a frame before it. */
    private static int agentFrom(List<Frame> frames, Figure figure) {
        int from = 0;
        for (Frame frame : frames) {
            if (frame.type() == Frame.Type.PREPOSED && frame.scopeStart() <= figure.start()) {
                from = Math.max(from, frame.scopeStart());
            }
        }
        return from;
    }

    /** The next sentences of the paragraph (a few: what follows a figure soon stops being about it). */
    private static String later(List<Sentence> sentences, int index) {
        StringBuilder later = new StringBuilder();
        int block = sentences.get(index).block();
        int last = Math.min(sentences.size(), index + 1 + LATER_SENTENCES);
        for (int i = index + 1; i < last && sentences.get(i).block() == block; i++) {
            later.append(sentences.get(i).span().text()).append(' ');
        }
        return later.toString();
    }

    /** A wire's correction note: "(Corrects …", "CORRECTS number of missiles in para 3 to 250 from 150". */
    private static final Pattern CORRECTION = Pattern.compile("(?i)(?<![\\p{L}])correct(?:s|ed|ion)(?![\\p{L}])");

    /** What opens the withdrawn figure of a correction: "not 5,107", "from 150", "instead of 12". */
    private static final Pattern WITHDRAWN = Pattern.compile("(?i)(?<![\\p{L}])(?:not|from|instead of|rather than)[\\s\\u00A0]*$");

    /** What follows the new figure of a correction: " from 23,000", ", not 5,107", " instead of 12". */
    private static final Pattern REPLACING = Pattern.compile("(?i)[\\s\\u00A0]*,?[\\s\\u00A0]*(?:not|from|instead of|rather than)[\\s\\u00A0]+[$€£¥]?\\d");

    /**
     * Whether the figure is one a correction note withdraws or puts in its place: the new figure
     * ("to 28,000 from 23,000") restates the body's, which is the claim.
     */
    static boolean superseded(String sentence, Figure figure) {
        // the pattern is tried at every character; most sentences lack the word, which a lookup finds at once
        return Lower.of(sentence).contains("correct") && CORRECTION.matcher(sentence).find()
                && (WITHDRAWN.matcher(sentence.substring(Math.max(0, figure.start() - 20), figure.start())).find()
                        || REPLACING.matcher(sentence).region(figure.end(), sentence.length()).lookingAt());
    }

    /** The period of a sum of money: "a year", "per month", "annually", with "per soldier". */
    static String per(String sentence, Figure figure) {
        Span clause = Clauses.clauseAt(sentence, figure.start());
        String window = sentence.substring(Math.max(clause.start(), figure.start() - 30), clause.end());
        Matcher period = PERIOD.matcher(window);
        String unit = null;
        if (period.find()) {
            String word = ((period.group(1) != null) ? period.group(1) : period.group(2)).toLowerCase(Locale.ROOT);
            unit = switch (word) {
                case "annum", "annually", "yearly", "annual", "year" -> "year";
                case "monthly", "month" -> "month";
                case "weekly", "week" -> "week";
                default -> "day";
            };
        }
        boolean perPerson = PER_PERSON.matcher(window).find();
        if (perPerson) {
            return (unit == null) ? "person" : "person-" + unit;
        }
        return unit;
    }
}
