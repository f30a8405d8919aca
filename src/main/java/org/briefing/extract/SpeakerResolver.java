package org.briefing.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.briefing.domain.Source;
import org.briefing.template.SourceRegistry;
import org.briefing.text.Lower;

/**
 * Says who a speaker phrase names: a registry source ("Kyiv's Defense Intelligence Directorate" is
 * HUR, "Lieutenant General Kyrylo Budanov of …" is Budanov), an unnamed member of one ("a Daily NK
 * source in Russia", "a Ukrainian military intelligence official"), a name the registry does not
 * know ("Russian defense commentator Igor Korotchenko" is Igor Korotchenko), a pronoun or a
 * definite description to resolve from context ("he", "the agency"), or nobody in particular
 * ("journalists"). Remembers what it resolved: one per extractor, not thread-safe.
 */
final class SpeakerResolver {

    enum Kind {

        PERSON, ORGANISATION, OUTLET, MEMBER, ACTOR, PRONOUN_PERSON, PRONOUN_ORGANISATION, PRONOUN_ANY, DEFINITE, GENERIC

    }

    /** A resolved speaker; {@code noun} is the head noun of a definite description. */
    record Speaker(String name, Kind kind, String organisation, String noun) {

        boolean isNamed() {
            return this.kind == Kind.PERSON || this.kind == Kind.ORGANISATION || this.kind == Kind.OUTLET
                    || this.kind == Kind.MEMBER || this.kind == Kind.ACTOR;
        }

        /** A description or a country rather than a named source: "Kyiv's intelligence", "the United States". */
        boolean isVague() {
            return this.kind == Kind.ACTOR || (this.kind == Kind.MEMBER && this.organisation == null);
        }

        boolean isPerson() {
            return this.kind == Kind.PERSON;
        }
    }

    private static final Set<String> GENERIC = Set.of("journalists", "reporters", "analysts", "experts", "observers",
            "officials", "sources", "media", "reports", "report", "residents", "witnesses", "critics", "people", "many",
            "some", "others", "allies", "diplomats", "lawmakers", "authorities", "commentators", "bloggers", "users",
            "soldiers", "troops", "we", "i", "you", "everyone", "nobody", "one", "both", "the soldiers", "the troops",
            "the report", "the reports", "the claims", "this", "that", "which", "who", "statement", "the statement");

    /** A time read where a speaker was expected: "Justice Mission-2025 last December put 130 aircraft …". */
    private static final Pattern TIME = Pattern.compile("(?i)(?:(?:last|this|next|early|late|in|on)[\\s\\u00A0]+)?"
            + "(?:january|february|march|april|may|june|july|august|september|october|november|december"
            + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)");

    private static final Set<String> MEMBER_NOUNS = Set.of("source", "sources", "official", "officials",
            "spokesperson", "spokesman", "spokeswoman", "insider", "insiders", "correspondent", "reporter",
            "representative", "analyst", "officer", "officers", "agent", "member", "staffer", "diplomat", "lawmaker",
            "legislator", "researcher", "expert", "investigator", "prosecutor", "adviser", "advisor", "aide", "economist",
            "negotiator");

    /** A member noun qualified by what it knows or where it sits: "a source with knowledge of …". */
    /** A group described by who its people are and what they did or where they are. */
    private static final Pattern GROUP_QUALIFIED = Pattern.compile("^(?:(?i:a|an|the|some|several|many|two|three|four|five|six"
            + "|seven|eight|nine|ten|dozens of|\\d{1,3})[\\s\\u00A0]+)?(?:[\\p{L}-]+[\\s\\u00A0]+){0,2}(?:\\p{Lu}\\p{Ll}+s|(?i:families"
            + "|relatives|parents|wives|mothers|recruits|men|women|veterans|workers|migrants|survivors|returnees|seafarers"
            + "|sailors|crew members|residents|villagers|fighters|prisoners|defectors))[\\s\\u00A0]+(?i:who|in|from)[\\s\\u00A0]+.{3,60}$");

    /** A time at the end of a group's description: "… who signed contracts this spring". */
    private static final Pattern GROUP_TIME = Pattern.compile(
            "(?i)[\\s\\u00A0]+(?:this|last|next|earlier this|late last)[\\s\\u00A0]+(?:spring|summer|autumn|fall|winter|year|month|week)$");

    private static final Pattern MEMBER_QUALIFIED = Pattern.compile(
            "(?i)^(?:[\\p{L}-]+\\s+){0,3}(?:source|sources|official|officials|person|people|insider|insiders|analysts?|experts?|observers?|researchers?|diplomats?|bloggers?|commentators?)\\s+(?:with|familiar with|close to|briefed on|in|at|from|involved in|who|that|following|tracking)\\b.{3,80}$");

    /** A participle or preposition after the head: what follows does not name the speaker. */
    private static final Pattern POST_MODIFIER = Pattern.compile(
            "(?i)\\s+(?:published|released|seen|obtained|reviewed|leaked|cited|quoted|posted|shared|dated)\\b.*$");

    /** Heads of descriptions that stand for a body of people or documents. */
    private static final Set<String> COLLECTIVE_HEADS = Set.of("officials", "sources", "intelligence", "military",
            "government", "authorities", "officers", "diplomats", "analysts", "experts", "lawmakers", "legislators",
            "statistics", "data", "documents", "services", "ministry", "agency", "forces", "command", "staff",
            "commentators", "broadcaster", "newspaper", "outlet", "media", "assessment", "assessments", "figures", "customs",
            "police", "guards", "prosecutors", "investigators", "bloggers", "channels", "observers", "researchers", "office",
            "administration", "department", "authority", "council", "commission", "committee", "bureau", "registry",
            "inspectorate", "mission", "portal", "group", "groups", "service", "watchdog", "brigade", "unit", "regiment", "battalion", "directorate", "institute",
            "centre", "center", "court", "fund", "laboratory", "lab", "team", "observatory", "monitor", "network", "coalition");

    /** Whether the phrase is a collective head alone: "Prosecutors", "the police", "investigators". */
    static boolean isBareCollective(String phrase) {
        String bare = phrase.strip().toLowerCase(Locale.ROOT);
        bare = bare.startsWith("the ") ? bare.substring(4) : bare;
        return bare.indexOf(' ') < 0 && (bare.endsWith("s") && COLLECTIVE_HEADS.contains(bare) || bare.equals("police"));
    }

    /** A description qualified by a proper adjective or name somewhere before its head. */
    private static final Pattern QUALIFIED = Pattern.compile("^(?:[\\p{L}'’-]+[\\s\\u00A0]+)*?\\p{Lu}[\\p{L}'’-]*[\\s\\u00A0]+\\S");

    /** Bodies that a word in lower case before them describes well enough to speak: "defector groups", "aid agencies". */
    private static final Set<String> ADVOCACY_HEADS = Set.of("groups", "organisations", "organizations", "charities", "ngos",
            "campaigners", "activists", "agencies");

    /** Records that speak for their keeper: "customs data", "interior ministry figures". */
    private static final Set<String> RECORDS = Set.of("data", "dataset", "figures", "statistics", "numbers", "records", "tally");

    private static final Pattern DEMONYM = Pattern.compile("(?i)(?:the[\\s\\u00A0]+)?\\p{L}+(?:an|ese|ish|i)");

    /** A body's own people, named by a possessive: "its researchers", "their analysts", "its own experts". */
    private static final Pattern OWN_STAFF = Pattern.compile("(its|their)[\\s\\u00A0]+(?:own[\\s\\u00A0]+)?(\\p{Ll}+)");

    /** "The report finds", "the new 64-page report said": a document, which speaks for whoever the article said released it. */
    private static final Pattern WORK = Pattern
        .compile("(?:the|this|that|these|those)[\\s\\u00A0]+(?:[\\p{L}\\p{N}-]+[\\s\\u00A0]+){0,2}?(report|study|assessment|analysis|review|survey"
                + "|data|statistics|figures|findings)");

    private static final Pattern DEFINITE = Pattern.compile(
            "(?i)^(?:the|this|that)[\\s\\u00A0]+(?:[\\p{L}-]+[\\s\\u00A0]+){0,3}?(official|source|agency|ministry|service|directorate|spokesperson|spokesman|spokeswoman|representative|channel|outlet|broadcaster|newspaper|institute|commentator|minister|president|general|ambassador|governor|mayor|commander|director|analyst|military|government|army|command|office|publication|paper|department|council|think tank|group|intelligence)$");

    /** A named owner's account of what someone else said: "Yonhap News Agency's account of remarks by …". */
    private static final Pattern ACCOUNT_OF = Pattern.compile("(\\p{Lu}[^,;:]{0,60}?)['’]s[\\s\\u00A0]+(?:account|version|summary|reading)"
            + "[\\s\\u00A0]+(?:of|on)[\\s\\u00A0].{1,160}");

    /** The heads of {@link #DEFINITE} that name a body rather than a person or an outlet. */
    static final Set<String> INSTITUTIONS = Set.of("agency", "ministry", "service", "directorate", "institute", "military",
            "government", "army", "command", "office", "department", "council", "intelligence");

    /** Whether a described body's head names an institution: "Russia's interior ministry", not "South Korean officials". */
    static boolean namesInstitution(String name) {
        if (name == null) {
            return false;
        }
        int space = name.lastIndexOf(' ');
        return space > 0 && INSTITUTIONS.contains(name.substring(space + 1).toLowerCase(Locale.ROOT));
    }

    /** "the Russian interior ministry", "The South Korean military": a capitalised word after the determiner. */
    private static final Pattern NAMED_BODY = Pattern.compile("(?i:the|this|that)[\\s\\u00A0]+(?:[\\p{Ll}-]+[\\s\\u00A0]+)?\\p{Lu}");

    /** Capitalised words, and names that start with one small letter before a capital ("iStories"). */
    private static final Pattern NAME_RUN = Pattern.compile(
            "((?:(?<![\\p{L}])\\p{Ll}(?=\\p{Lu}))?\\p{Lu}[\\p{L}\\p{N}'’.-]*(?:[\\s\\u00A0]+(?:(?:of|for|the|and|on|de|al|bin|van|von)[\\s\\u00A0]+)*\\p{Lu}[\\p{L}\\p{N}'’.-]*)*(?:[\\s\\u00A0]*\\([\\p{Lu}\\p{N}]{2,8}\\))?)$");

    /** One unnamed person described by where they live or work: "resident of Ryanggang Province". */
    private static final Pattern PERSON_FROM_PLACE = Pattern.compile("(?:[\\p{Ll}-]+[\\s\\u00A0]+)?(?:resident|worker|defector|farmer|trader"
            + "|villager|refugee|doctor|nurse|teacher|student|engineer|soldier|relative|merchant|driver|labou?rer|builder"
            + "|smuggler|broker|recruiter|witness|survivor|fisherman|miner|source|sources|insider|insiders)[\\s\\u00A0]+(?:of|in|from|at|near)[\\s\\u00A0]+\\p{Lu}[^,;:]{1,60}");

    /** A place or body, an office, then a person's name: "Kursk Governor Alexander Khinshtein". */
    private static final Pattern INNER_TITLE = Pattern.compile("((?:\\p{Lu}[\\p{L}.'’-]*[\\s\\u00A0]+){1,3}?)"
            + "(Governor|Mayor|President|Prime[\\s\\u00A0]+Minister|Minister|Commander|Spokesman|Spokeswoman|Spokesperson"
            + "|Ambassador|Chief|Director|Secretary|Prosecutor|Ombudsman|Ombudswoman)[\\s\\u00A0]+"
            + "(\\p{Lu}[\\p{L}'’-]+(?:[\\s\\u00A0]+\\p{Lu}[\\p{L}'’-]+){1,2})");

    /** An office and its holder, as {@link AttributionFinder#holderNamed} joins them: "the health minister, Jean Kaseya". */
    private static final Pattern HOLDER = Pattern.compile("(?:(?:the|its|their|his|her)[\\s\\u00A0]+)?(?:\\p{L}+['’]s[\\s\\u00A0]+)?"
            + "([^,]+), (\\p{Lu}[\\p{L}'’-]+(?:[\\s\\u00A0]+\\p{Lu}[\\p{L}'’-]+){1,3})");

    /** An office "of" or "for" something, then its holder's name: "Secretary of State Marco Rubio". */
    private static final Pattern OFFICE_OF_NAME = Pattern.compile("((?:(?:Deputy|Vice|Acting|First|Under|Assistant)[\\s\\u00A0]+)*"
            + "(?:Minister|Secretary|Director|Director-General|Commissioner|Chairman|Chairwoman|Chair|Governor|Ambassador|Head|Chief"
            + "|President|Prosecutor)[\\s\\u00A0]+(?:of|for)[\\s\\u00A0]+\\S.*?)[\\s\\u00A0]+"
            + "(\\p{Lu}[\\p{L}'’-]+(?:[\\s\\u00A0]+\\p{Lu}\\.)?[\\s\\u00A0]+\\p{Lu}[\\p{L}'’-]+)");

    /** A head and what it belongs to: "X of Y", "X from Y", "X at Y". */
    private static final Pattern HEAD_OF = Pattern.compile("^(\\p{Lu}.+?)[\\s\\u00A0]+(?:of|from|at|with)[\\s\\u00A0]+\\S.*$");

    private static final Pattern TITLES = Pattern.compile(
            "^(?:(?:Ukrainian|Russian|South Korean|North Korean|US|U\\.S\\.|American|NATO|British|Chinese|Japanese|Former|former|Acting|acting|Deputy|Vice|Senior|Lieutenant|Lt\\.|General|Gen\\.|Major|Maj\\.|Colonel|Col\\.|Captain|Capt\\.|Admiral|Adm\\.|Sergeant|President|Prime|Minister|Defense|Defence|Foreign|Secretary|Secretary-General|Ambassador|Commander|Chief|Head|Director|Spokesperson|Spokesman|Spokeswoman|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|Prof\\.?|Sen\\.?|Senator|Rep\\.?|Governor|Gov\\.?|Mayor|Chairman|Chairwoman|Lord|Sir|[Ll]awmaker|[Ll]egislator|[Pp]rosecutor|Judge|[Ii]nspector|Commissioner|Superintendent|Detective|Brigadier|Marshal|Chancellor|Premier|Councillor|Councilor|Attorney|Undersecretary|MP|[Cc]ongress(?:wo)?man|[Aa]ssembly(?:wo)?man)[\\s\\u00A0]+)+");

    /** An office only a person holds, before a surname: "Rep. Seo", "Minister Kim" (a courtesy title, "Dr. Lindqvist", stays in the name). */
    private static final Pattern PERSONAL_TITLE = Pattern.compile("(?:^|[\\s\\u00A0])(?:(?:Sen|Rep|Gov|Gen|Col|Capt|Adm|Lt)\\.?"
            + "|Senator|Governor|Mayor|Minister|President|[Ll]awmaker|[Ll]egislator|Ambassador|Chancellor|Premier|Judge"
            + "|Commissioner|Councillor|Councilor|[Cc]ongress(?:wo)?man|[Aa]ssembly(?:wo)?man|MP|Colonel"
            + "|Admiral|Sergeant|Lieutenant|Marshal|Brigadier|Detective|[Pp]rosecutor)[\\s\\u00A0]+$");

    private static final Pattern ORGANISATION_WORD = Pattern.compile(
            "(?i)\\b(ministry|agency|service|directorate|institute|news|tv|times|post|journal|radio|herald|daily|press|tribune|telegraph|guardian|gazette|channel|broadcast\\w*|network|magazine|council|office|department|center|centre|command|staff|army|forces|government|committee|union|organi[sz]ation|commission|bureau|intelligence|university|foundation|group|company|corporation|kremlin|parliament|assembly|embassy|mission|administration|house|zone|customs|police|guards?|prosecutors?|authorities|statistics office|registry|bank|fund|court|tribunal|agencies|monitor|observatory|coalition|alliance|federation|association|secretariat|cabinet|senate|congress|navy|coast guard)\\b");

    private static final Pattern OUTLET_WORD = Pattern.compile(
            "(?i)\\b(news|tv|times|post|journal|radio|herald|daily|press|tribune|telegraph|guardian|gazette|channel|broadcast\\w*|network|magazine|agency|wire|zone|review)\\b");

    /** What was posted where: the channels speak ("posts on Russian military Telegram channels"). */
    private static final Pattern POSTS_ON = Pattern.compile(
            "(?i)^(?:(?:unverified|unconfirmed|recent|several|some|the)[\\s\\u00A0]+)*(?:posts|messages|videos)[\\s\\u00A0]+(?:on|in|from)[\\s\\u00A0]+");

    /** "pro-Kremlin", "anti-government": a compound that describes a speaker without naming anyone. */
    private static final Pattern PRO_ANTI = Pattern.compile("(?i)(?<![\\p{L}-])(?:pro|anti)-\\p{L}+[\\s\\u00A0]*");

    /**
     * A kind of medium, in lower case (a common noun, not the "Daily" of "Daily NK"), then its name:
     * "the Ukrainian monitoring group DeepState", "military blogger Rybar".
     */
    private static final Pattern MEDIUM_NAME = Pattern.compile("(?:(?i:the|a|an)[\\s\\u00A0]+)?(?:[\\p{L}'’-]+[\\s\\u00A0]+){0,4}?"
            + "((?:news[\\s\\u00A0]+agency|news[\\s\\u00A0]+site|newspaper|daily|weekly|broadcaster|tabloid|magazine|outlet|website|portal|agency"
            + "|channel|blog|blogger|milblogger|account|monitoring[\\s\\u00A0]+group|podcast|project))[\\s\\u00A0]+"
            + "(\\p{Lu}[\\p{L}\\p{N}'’.-]*(?:[\\s\\u00A0]+\\p{Lu}[\\p{L}\\p{N}'’.-]*){0,3})");

    /** Words one of which {@link #MEDIUM_NAME} needs. */
    private static final String[] MEDIUM_WORDS = { "agency", "site", "newspaper", "daily", "weekly", "broadcaster", "tabloid",
            "magazine", "outlet", "portal", "channel", "blog", "account", "group", "podcast", "project" };


    /** A press outlet's name before its kind: "Japan's Nikkei newspaper", "the Asahi daily", "South Korea's Yonhap news agency". */
    private static final Pattern NAME_THEN_PRESS = Pattern.compile("(?:(?i:the)[\\s\\u00A0]+)?(?:\\p{Lu}[\\p{L}-]*['’]s[\\s\\u00A0]+)?"
            + "((?:\\p{Lu}[\\p{L}\\p{N}'’.-]*[\\s\\u00A0]+){0,2}\\p{Lu}[\\p{L}\\p{N}'’.-]*)[\\s\\u00A0]+"
            + "(?:newspaper|daily|news[\\s\\u00A0]+agency|broadcaster|tabloid|magazine|weekly)");

    private static final String[] PRESS_WORDS = { "newspaper", "daily", "agency", "broadcaster", "tabloid", "magazine", "weekly" };

    /** The media of {@link #MEDIUM_NAME} that are press: their name is an outlet. */
    private static final Set<String> PRESS_NOUNS = Set.of("news agency", "news site", "newspaper", "daily", "weekly",
            "broadcaster", "tabloid", "magazine", "outlet", "website", "portal", "agency");

    /** Common nouns, then a preposition of place: the name after it is where they are ("rebels in northern"). */
    private static final Pattern PLACE_OF_GROUP = Pattern.compile("\\p{L}[\\p{L}\\s\\u00A0-]*?[\\s\\u00A0](?:in|near|at|from|across|inside|outside|around)"
            + "(?:[\\s\\u00A0]+(?:northern|southern|eastern|western|central|north|south|east|west|the))*[\\s\\u00A0]+");

    private final SourceRegistry registry;

    private final Set<String> actors;

    SpeakerResolver(SourceRegistry registry) {
        this(registry, Set.of());
    }

    /** @param actors the names of the template's actors and subject, which speak only through someone */
    SpeakerResolver(SourceRegistry registry, Set<String> actors) {
        this.registry = registry;
        this.actors = actors.stream().map(SourceRegistry::key).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private final java.util.Map<String, Speaker> resolved = new java.util.HashMap<>();

    private final java.util.Map<String, Boolean> outlets = new java.util.HashMap<>();

    private final java.util.Map<String, String> canonicals = new java.util.HashMap<>();

    /** The registry's entries by name, remembered: attribution asks for the same few names on every sentence. */
    private final java.util.Map<String, Optional<Source>> registered = new java.util.HashMap<>();

    /** {@link SourceRegistry#lookup}, remembered per resolver (one per thread). */
    private Optional<Source> lookup(String name) {
        if (this.registered.size() > 10_000) {
            this.registered.clear();
        }
        Optional<Source> known = this.registered.get(name);
        if (known == null) {
            known = this.registry.lookup(name);
            this.registered.put(name, known);
        }
        return known;
    }

    /** Who the phrase names; results are remembered (phrases recur across an article and a run). */
    Speaker resolve(String phrase) {
        if (this.resolved.size() > 10_000) {
            this.resolved.clear();
        }
        return this.resolved.computeIfAbsent(phrase, this::resolveNew);
    }

    private Speaker resolveNew(String phrase) {
        String np = AttributionFinder.clean(phrase);
        // "those statistics" is a work the article named; "Chinese customs data" is its keeper's
        String keeper = WORK.matcher(np.toLowerCase(Locale.ROOT)).matches() ? np : keeper(np);
        if (!keeper.equals(np)) {
            Speaker kept = resolveFrom(keeper);
            // "Chinese customs data" speaks for Chinese customs; "Russian border statistics" for themselves
            // ("Customs data" stays with "Customs", which the article may have named in full before)
            return (kept.kind() == Kind.GENERIC && keeper.indexOf(' ') > 0) ? resolveFrom(np) : kept;
        }
        return resolveFrom(np);
    }

    private Speaker resolveFrom(String np) {
        String lowered = np.toLowerCase(Locale.ROOT);
        if (lowered.contains("pro-") || lowered.contains("anti-")) {
            np = PRO_ANTI.matcher(np).replaceAll("").trim(); // "a pro-Kremlin blogger" does not name the Kremlin
        }
        if (lowered.contains("posts ") || lowered.contains("messages ") || lowered.contains("videos ")) {
            np = POSTS_ON.matcher(np).replaceFirst(""); // "unverified posts on Russian military Telegram channels"
        }
        Matcher account = ACCOUNT_OF.matcher(np);
        if (np.indexOf('s') > 0 && account.matches()) {
            Speaker owner = resolveFrom(account.group(1));
            if (owner.isNamed()) {
                return owner; // "Yonhap News Agency's account of remarks by lawmaker Park": the outlet whose account it is
            }
        }
        Matcher press = NAME_THEN_PRESS.matcher(np);
        if (Lower.containsAny(lowered, PRESS_WORDS) && press.matches()) {
            // "Japan's Nikkei newspaper", "the Asahi daily": the name before the kind of press is the outlet
            return registered(press.group(1)).orElse(new Speaker(press.group(1), Kind.OUTLET, null, null));
        }
        Matcher medium = MEDIUM_NAME.matcher(np);
        if (Lower.containsAny(lowered, MEDIUM_WORDS) && medium.matches()) {
            // "the Telegram channel Rybar", "the news agency Yonhap": the name after the kind of medium speaks
            String name = medium.group(2);
            Optional<Speaker> known = registered(name);
            if (known.isPresent()) {
                return known.get();
            }
            String noun = medium.group(1).toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0]+", " ");
            boolean person = noun.endsWith("blogger") && name.contains(" "); // "military blogger Yuri Podolyaka"
            Kind kind = PRESS_NOUNS.contains(noun) ? Kind.OUTLET : person ? Kind.PERSON : Kind.ORGANISATION;
            return new Speaker(name, kind, null, null);
        }
        String lower = np.toLowerCase(Locale.ROOT);
        String bare = lower.replaceFirst("^(?:a|an|the)[\\s\\u00A0]+", "");
        if (Set.of("he", "she").contains(lower)) {
            return new Speaker(null, Kind.PRONOUN_PERSON, null, null);
        }
        if (lower.equals("it")) {
            return new Speaker(null, Kind.PRONOUN_ORGANISATION, null, null);
        }
        if (lower.equals("they")) {
            return new Speaker(null, Kind.PRONOUN_ANY, null, null);
        }
        Matcher staff = OWN_STAFF.matcher(lower);
        if (staff.matches() && (MEMBER_NOUNS.contains(staff.group(2)) || MEMBER_NOUNS.contains(staff.group(2).replaceFirst("s$", "")))) {
            // "its researchers put …": the body's own people speak for it
            return new Speaker(null, staff.group(1).equals("its") ? Kind.PRONOUN_ORGANISATION : Kind.PRONOUN_ANY, null, null);
        }
        Matcher work = WORK.matcher(lower);
        if (work.matches()) {
            return new Speaker(null, Kind.DEFINITE, null, work.group(1)); // its author, if the article named one
        }
        if (np.isBlank() || GENERIC.contains(lower) || GENERIC.contains(bare) || np.length() > 120 || TIME.matcher(np).matches()) {
            return new Speaker(null, Kind.GENERIC, null, null);
        }
        Matcher holder = HOLDER.matcher(np);
        if (holder.matches() && AttributionFinder.OFFICE.matcher(holder.group(1)).matches()) {
            // "the Minister of Public Health, Lydwine Baradahana": the person, with the office as the role
            return registered(holder.group(2)).orElse(new Speaker(holder.group(2) + " (" + holder.group(1) + ")", Kind.PERSON, null, null));
        }
        Optional<Speaker> known = registered(np);
        if (known.isPresent()) {
            return known.get();
        }
        if (this.actors.contains(SourceRegistry.key(np))) {
            return new Speaker(np.replaceFirst("(?i)^the\\s+", ""), Kind.ACTOR, null, null);
        }
        Matcher definite = DEFINITE.matcher(np);
        if (definite.matches() && Character.isLowerCase(np.charAt(definite.start(1)))
                && INSTITUTIONS.contains(definite.group(1)) && NAMED_BODY.matcher(np).lookingAt()) {
            return named(np); // "the Russian interior ministry": a body its country's name describes, not one to look back for
        }
        if (definite.matches()) {
            return new Speaker(null, Kind.DEFINITE, null, definite.group(1).toLowerCase(Locale.ROOT));
        }
        return named(np);
    }

    /** The group before " in ", " at " or the like: "Russian officials" of "Russian officials in Donetsk"; null if none. */
    private static String groupBeforePlace(String text) {
        Matcher preposition = PLACE_PREPOSITION.matcher(text);
        return preposition.find() ? text.substring(0, preposition.start()) : null;
    }

    private static final Pattern PLACE_PREPOSITION = Pattern.compile("[\\s\\u00A0](?:in|near|at|from|across|inside|outside|around)[\\s\\u00A0]");

    /** A collective its qualifier names well enough to speak: "Russian officials", "South Korean lawmakers". */
    private static boolean speaksAsAGroup(String group) {
        String[] words = group.toLowerCase(Locale.ROOT).trim().split("[\\s\\u00A0]+");
        return words.length >= 2 && words.length <= 4 && COLLECTIVE_HEADS.contains(words[words.length - 1])
                && QUALIFIED.matcher(group).find();
    }

    /**
     * An organisation of the registry named in the text ("The Suez Canal Authority's revenue fell
     * …"), for "it" in the same sentence; null when none is, or only a person or an outlet.
     */
    Speaker organisationIn(String text) {
        Optional<Source> source = this.registry.find(text);
        if (source.isEmpty()) {
            return null;
        }
        Speaker speaker = new Speaker(source.get().name(), kindOf(source.get()), source.get().organisation(), null);
        return (speaker.kind() == Kind.ORGANISATION) ? speaker : null;
    }

    /**
     * The registered source the sentence names (the longest name), remembered: the sentences before the one resolved
     * are asked again for each description.
     */
    private Optional<Source> registeredIn(String sentence) {
        if (this.bodiesIn.size() > 1_000) {
            this.bodiesIn.clear();
        }
        return this.bodiesIn.computeIfAbsent(sentence, this.registry::find);
    }

    /**
     * The registered source named in the sentence whose name holds a comma and ends with the name found ("Christmas"
     * cut from "Outplacement firm Challenger, Gray & Christmas said …"); null when there is none.
     */
    Speaker registeredEndingWith(String name, String sentence) {
        if (name.length() < 3 || sentence.indexOf(", ") < 0) {
            return null;
        }
        Optional<Source> named = registeredIn(sentence);
        if (named.isEmpty()) {
            return null;
        }
        String end = " " + SourceRegistry.key(name);
        for (String whole : names(named.get())) {
            if (whole.indexOf(',') > 0 && SourceRegistry.key(whole).endsWith(end) && sentence.contains(whole)) {
                return new Speaker(named.get().name(), kindOf(named.get()), named.get().organisation(), null);
            }
        }
        return null;
    }

    /**
     * The body of the registry named in the sentence whose name holds every word of the description: "the office"
     * in "… the report of the U.N. Integrated Office in Haiti (BINUH) …, the office said". Null when none does.
     */
    Speaker bodyCalled(String description, String sentence) {
        Optional<Source> named = registeredIn(sentence);
        if (named.isEmpty() || kindOf(named.get()) == Kind.PERSON) {
            return null;
        }
        java.util.List<String> wanted = java.util.List.of(SourceRegistry.key(description).split(" "));
        for (String name : names(named.get())) {
            if (java.util.List.of(SourceRegistry.key(name).split(" ")).containsAll(wanted)) {
                return new Speaker(named.get().name(), kindOf(named.get()), named.get().organisation(), null);
            }
        }
        return null;
    }

    /** The registry's source that each sentence asked about names, if any. */
    private final Map<String, Optional<Source>> bodiesIn = new java.util.HashMap<>();

    /** Bodies of the registry by what their names say after a qualifier: "health ministry" of "Congo's health ministry". */
    private Map<String, Map<Source, Set<String>>> descriptions;

    /**
     * The body of the registry that a definite description with no antecedent means ("the health ministry"
     * in an article about Congo): among the bodies whose name or alias is a qualifier and the description
     * ("Congo's health ministry", "Congolese health ministry", "DRC health ministry"), the one whose
     * qualifiers the article names most often. Null when none or two tie. {@code article} gives the
     * article's text in {@link SourceRegistry#key} form, padded with spaces, when it is needed.
     */
    Speaker describedIn(String description, java.util.function.Supplier<String> article) {
        Map<Source, Set<String>> candidates = descriptions().get(SourceRegistry.key(description));
        if (candidates == null) {
            return null;
        }
        String articleKey = article.get();
        Source best = null;
        int bestCount = 0;
        boolean tie = false;
        for (Map.Entry<Source, Set<String>> candidate : candidates.entrySet()) {
            int count = 0;
            for (String qualifier : candidate.getValue()) {
                if (qualifier.indexOf(' ') > 0) {
                    String padded = " " + qualifier + " ";
                    for (int at = articleKey.indexOf(padded); at >= 0; at = articleKey.indexOf(padded, at + padded.length() - 1)) {
                        count++;
                    }
                    continue;
                }
                for (String word : articleKey.split(" ")) {
                    count += sameStem(word, qualifier) ? 1 : 0;
                }
            }
            if (count > bestCount) {
                best = candidate.getKey();
                bestCount = count;
                tie = false;
            }
            else if (count == bestCount && count > 0) {
                tie = true;
            }
        }
        return (best == null || tie) ? null : new Speaker(best.name(), kindOf(best), best.organisation(), null);
    }

    /** "Congo" and "Congolese", "Ukraine" and "Ukrainian": a place and its adjective, by their common start. */
    static boolean sameStem(String word, String other) {
        if (word.equals(other)) {
            return true;
        }
        int shorter = Math.min(word.length(), other.length());
        int common = 0;
        while (common < shorter && word.charAt(common) == other.charAt(common)) {
            common++;
        }
        return common >= 5 && common >= shorter - 1;
    }

    private Map<String, Map<Source, Set<String>>> descriptions() {
        if (this.descriptions == null) {
            Map<String, Map<Source, Set<String>>> index = new java.util.HashMap<>();
            for (Source source : this.registry.sources()) {
                if (kindOf(source) == Kind.PERSON) {
                    continue;
                }
                for (String name : names(source)) {
                    String[] words = SourceRegistry.key(name).split(" ");
                    for (int q = 1; q <= 2 && words.length - q >= 2; q++) {
                        String described = String.join(" ", java.util.Arrays.copyOfRange(words, q, words.length));
                        String qualifier = String.join(" ", java.util.Arrays.copyOfRange(words, 0, q));
                        index.computeIfAbsent(described, (d) -> new java.util.LinkedHashMap<>())
                            .computeIfAbsent(source, (s) -> new java.util.HashSet<>())
                            .add(qualifier);
                    }
                }
            }
            this.descriptions = index;
        }
        return this.descriptions;
    }

    /** The body of the registry (an organisation or an outlet, not a person) named in the text, or null. */
    String bodyIn(String text) {
        return this.registry.find(text)
            .filter((source) -> !Set.of("person", "official").contains(source.kind()))
            .map(Source::name)
            .orElse(null);
    }

    private Optional<Speaker> registered(String np) {
        String head = np.split("(?i)[\\s\\u00A0]+(?:of|at|in|from|with)[\\s\\u00A0]+")[0];
        Optional<Source> source = this.registry.find(head);
        String matchedIn = head;
        if (source.isEmpty()) {
            source = this.registry.find(np);
            matchedIn = np;
        }
        if (source.isEmpty()) {
            return Optional.empty();
        }
        Source found = source.get();
        if (isMember(matchedIn, found)) {
            String name = np.replaceFirst("(?i)^(?:a|an|the|one)[\\s\\u00A0]+", "");
            return Optional.of(new Speaker(name, Kind.MEMBER, found.name(), null));
        }
        return Optional.of(new Speaker(found.name(), kindOf(found), found.organisation(), null));
    }

    /** "a Daily NK source", "a Ukrainian military intelligence official": a member, not the body. */
    private boolean isMember(String phrase, Source source) {
        if (source.kind().equals("person") || source.kind().equals("official")) {
            return false;
        }
        String[] words = SourceRegistry.key(phrase).split(" ");
        if (words.length == 0) {
            return false;
        }
        String last = words[words.length - 1];
        if (!MEMBER_NOUNS.contains(last)) {
            return false;
        }
        for (String name : names(source)) {
            if (SourceRegistry.key(name).endsWith(last)) {
                return false; // the name itself ends with the noun
            }
        }
        return true;
    }

    private static java.util.List<String> names(Source source) {
        java.util.List<String> names = new java.util.ArrayList<>(source.aliases());
        names.add(source.name());
        return names;
    }

    private static Kind kindOf(Source source) {
        return switch (source.kind()) {
            case "person", "official" -> Kind.PERSON;
            case "media", "state-media" -> Kind.OUTLET;
            default -> Kind.ORGANISATION;
        };
    }

    private Speaker named(String np) {
        Matcher headOf = HEAD_OF.matcher(np);
        if (!headOf.matches()) {
            headOf = HEAD_OF.matcher(TITLES.matcher(np).replaceFirst("")); // "lawmaker Park Jin-woo of the committee"
        }
        if (headOf.matches()) {
            // "Rep. Yoon Jae-seok of the ruling Democratic Party": the person, not the party
            String head = TITLES.matcher(headOf.group(1)).replaceFirst("").trim();
            Matcher run = NAME_RUN.matcher(head);
            if (head.contains(" ") && run.find() && run.start() == 0 && !ORGANISATION_WORD.matcher(head).find()) {
                return new Speaker(head, Kind.PERSON, null, null);
            }
        }
        String text = np.replaceFirst("(?i)^(?:(?:a|an|the|one|two|three|four|several|some|many|other|another|separate|second"
                + "|unnamed|anonymous)[\\s\\u00A0]+)+", "");
        if (PERSON_FROM_PLACE.matcher(text).matches()) {
            return new Speaker(text, Kind.MEMBER, null, null); // "a resident of Ryanggang Province": a person, described
        }
        Matcher run = NAME_RUN.matcher(text);
        if (run.find() && PLACE_OF_GROUP.matcher(text.substring(0, run.start())).matches()) {
            Matcher place = PLACE_OF_GROUP.matcher(text.substring(0, run.start()));
            String group = place.lookingAt() ? groupBeforePlace(text) : null;
            if (group != null && speaksAsAGroup(group)) {
                return new Speaker(text, Kind.MEMBER, null, null); // "Russian officials in Donetsk": the officials, placed
            }
            return new Speaker(null, Kind.GENERIC, null, null); // "separatist rebels in northern Mali": a place, not a speaker
        }
        Matcher office = OFFICE_OF_NAME.matcher(text);
        if (office.matches() && !ORGANISATION_WORD.matcher(office.group(2)).find()) {
            // "Minister of Unification Lim Jae-won": the office ends where the name's last two words begin
            return new Speaker(office.group(2) + " (" + office.group(1) + ")", Kind.PERSON, null, null);
        }
        if (run.find(0) && run.start() >= 0) {
            String name = TITLES.matcher(run.group(1)).replaceFirst("").trim();
            if (TIME.matcher(name).matches()) {
                return new Speaker(null, Kind.GENERIC, null, null); // "Justice Mission-2025 last December"
            }
            // a surname after a title only a person bears is a person: "Rep. Seo", "Minister Kim", "lawmaker Seo"
            int nameAt = text.lastIndexOf(name);
            boolean titledSurname = !name.isEmpty() && !name.contains(" ") && nameAt > 0
                    && PERSONAL_TITLE.matcher(text.substring(0, nameAt)).find() && !ORGANISATION_WORD.matcher(name).find();
            if (titledSurname) {
                return new Speaker(name, Kind.PERSON, null, null);
            }
            boolean sentenceCase = run.start() == 0 && !name.contains(" ");
            Matcher titled = INNER_TITLE.matcher(name);
            if (titled.matches() && !ORGANISATION_WORD.matcher(titled.group(3)).find()) {
                // "Kursk Governor Alexander Khinshtein": the person, with the office before the name as the role
                return new Speaker(titled.group(3) + " (" + titled.group(1) + titled.group(2) + ")", Kind.PERSON, null, null);
            }
            if (!name.isEmpty() && !sentenceCase) {
                if (OUTLET_WORD.matcher(name).find()) {
                    return new Speaker(name, Kind.OUTLET, null, null);
                }
                boolean organisation = ORGANISATION_WORD.matcher(name).find() || !name.contains(" ")
                        || name.matches(".*\\([\\p{Lu}\\p{N}]{2,8}\\)$");
                return new Speaker(name, organisation ? Kind.ORGANISATION : Kind.PERSON, null, null);
            }
        }
        String[] words = text.toLowerCase(Locale.ROOT).trim().split("[\\s\\u00A0]+");
        if (words.length > 0 && words.length <= 8 && MEMBER_NOUNS.contains(words[words.length - 1])) {
            return new Speaker(text, Kind.MEMBER, null, null);
        }
        Matcher qualified = MEMBER_QUALIFIED.matcher(text);
        if (qualified.matches()) {
            return new Speaker(text, Kind.MEMBER, null, null); // "a source with knowledge of the shipments"
        }
        if (GROUP_QUALIFIED.matcher(text).matches()) {
            // "three Cubans who signed contracts this spring", "families in Punjab": a group the text describes
            String group = np.replaceFirst("(?i)^(?:a|an|the)[\\s\\u00A0]+", "");
            return new Speaker(GROUP_TIME.matcher(group).replaceFirst(""), Kind.MEMBER, null, null);
        }
        String trimmed = POST_MODIFIER.matcher(text).replaceFirst("");
        if (!trimmed.equals(text) && !trimmed.isBlank()) {
            return named(trimmed); // "Leaked documents published in February 2024"
        }
        int of = java.util.Arrays.asList(words).indexOf("of"); // "a member of the defence committee": the head is "member"
        String head = words[(of > 0) ? of - 1 : words.length - 1];
        if (words.length >= 2 && words.length <= 7 && COLLECTIVE_HEADS.contains(head) && QUALIFIED.matcher(text).find()) {
            // "Ukrainian intelligence", "South Korean officials", "leaked Alabuga documents"
            return new Speaker(text, Kind.MEMBER, null, null);
        }
        if (words.length >= 2 && words.length <= 5 && of < 0 && ADVOCACY_HEADS.contains(head)) {
            return new Speaker(text, Kind.MEMBER, null, null); // "defector groups", "human rights organisations"
        }
        return new Speaker(null, Kind.GENERIC, null, null);
    }

    /**
     * A transcript label in capitals in ordinary case: "MINISTER LIM JAE-WON" as "Minister Lim
     * Jae-won", "SENIOR DIA OFFICIAL" as "Senior DIA Official" (a word the registry knows keeps its
     * capitals). A label with a lower-case letter is returned as it is.
     */
    String ordinaryCase(String label) {
        for (int i = 0; i < label.length(); i++) {
            if (Character.isLowerCase(label.charAt(i))) {
                return label;
            }
        }
        StringBuilder out = new StringBuilder(label.length());
        for (String word : label.split(" ", -1)) {
            if (out.length() > 0) {
                out.append(' ');
            }
            if (word.length() <= 1 || this.registry.isKnown(word)) {
                out.append(word);
                continue;
            }
            out.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    /** Whether a resolved name is an outlet that can relay others' claims. */
    /** "Chinese customs data" as "Chinese customs": records speak for their keeper ("Russian statistics" stays). */
    static String keeper(String np) {
        int space = np.length() - 1;
        while (space > 0 && !Character.isWhitespace(np.charAt(space))) {
            space--;
        }
        if (space <= 0 || !RECORDS.contains(np.substring(space + 1).toLowerCase(Locale.ROOT))) {
            return np;
        }
        String keeper = np.substring(0, space).strip();
        if (keeper.endsWith("'s") || keeper.endsWith("’s")) {
            keeper = keeper.substring(0, keeper.length() - 2); // "the ministry's dataset" is the ministry's
        }
        else if (keeper.equalsIgnoreCase("its") || keeper.equalsIgnoreCase("their")) {
            keeper = keeper.equalsIgnoreCase("its") ? "it" : "they"; // "its figures": the body's
        }
        return (keeper.isEmpty() || DEMONYM.matcher(keeper).matches()) ? np : keeper;
    }

    /**
     * Whether the registry knows the name as a state body (a government, an intelligence service, a
     * military, an office holder): what such a publisher states without attribution, it claims itself.
     */
    boolean isAuthority(String name) {
        if (name == null) {
            return false;
        }
        return lookup(name)
            .or(() -> this.registry.find(name))
            .map((source) -> Set.of("government", "intelligence", "military", "official").contains(source.kind()))
            .orElse(false);
    }

    /** The registry's kind of source for the name ("think-tank", "intelligence"), or null when it does not know it. */
    String registeredKind(String name) {
        return lookup(name).map(Source::kind).orElse(null);
    }

    /** Whether the registry knows the name as a person. */
    boolean isRegisteredPerson(String name) {
        return lookup(name).map((source) -> source.kind().equals("person")).orElse(false);
    }

    boolean isOutlet(String name) {
        if (name == null) {
            return false;
        }
        if (this.outlets.size() > 10_000) {
            this.outlets.clear();
        }
        return this.outlets.computeIfAbsent(name, this::outlet);
    }

    private boolean outlet(String name) {
        Optional<Source> source = lookup(name).or(() -> this.registry.find(name));
        if (source.isPresent()) {
            return SourceRegistry.isOutletKind(source.get().kind());
        }
        return OUTLET_WORD.matcher(name).find() && Character.isUpperCase(name.charAt(0));
    }

    /** The registry's name for an article's publisher ({@link SourceRegistry#findPublisher}), or the name as given. */
    String canonicalPublisher(String name) {
        return this.registry.findPublisher(name).map(Source::name).orElse(name);
    }

    /**
     * Whether the source speaks for the organisation: it is that organisation, or a person the
     * registry counts with it ("Renata Halvorsen" for the health department whose briefing this is).
     */
    boolean speaksFor(String source, String organisation) {
        return source != null && organisation != null
                && this.registry.originator(source).equals(this.registry.originator(organisation));
    }

    /** The registry name for a name, or the name itself. */
    String canonical(String name) {
        if (this.canonicals.size() > 10_000) {
            this.canonicals.clear();
        }
        return this.canonicals.computeIfAbsent(name,
                (n) -> lookup(n).or(() -> this.registry.find(n)).map(Source::name).orElse(n));
    }
}
