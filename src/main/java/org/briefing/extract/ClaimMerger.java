package org.briefing.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.briefing.domain.Article;
import org.briefing.domain.Claim;
import org.briefing.domain.Mention;
import org.briefing.domain.Modality;

/**
 * Folds the mentions of one article into claims. Mentions of the same figure for the same metric
 * are one claim when their sources agree (or one is unnamed); a headline's figure joins the body
 * claim of the same metric whose range it overlaps ("Thousands of soldiers" over "several
 * thousand soldiers"). The named source with the fullest relay chain, the most guarded modality
 * and the first status win.
 * Claims are numbered in the order of their first mention.
 */
final class ClaimMerger {

    private final Function<String, String> originator;

    private final java.util.Map<String, String> originators = new java.util.HashMap<>();

    /** @param originator maps a source name to its originating source, to compare attributions */
    ClaimMerger(Function<String, String> originator) {
        this.originator = originator;
    }

    /**
     * @param attributions the article's attributions: whether a relay is a person (people go to a
     * claim's {@code relayedBy}, outlets stay in {@code via}), the publisher, and what the outlet
     * asserts itself
     */
    List<Claim> merge(Article article, String subject, List<Candidate> candidates, ArticleAttributions attributions) {
        List<List<Candidate>> groups = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (!candidate.headline()) {
                add(groups, candidate, this::sameFigure);
            }
        }
        for (Candidate candidate : candidates) {
            if (candidate.headline()) {
                add(groups, candidate, (group, c) -> group.get(0).metric().equals(c.metric())
                        && group.get(0).quantity().overlaps(c.quantity()));
            }
        }
        groups.sort(Comparator.comparingInt((List<Candidate> g) -> g.stream()
            .mapToInt((c) -> c.mention().start())
            .min()
            .orElse(0)));
        List<Claim> claims = new ArrayList<>();
        String prefix = article.id().substring(0, Math.min(12, article.id().length()));
        for (List<Candidate> group : groups) {
            claims.add(claim(prefix + "-" + (claims.size() + 1), article, subject, group, attributions));
        }
        return claims;
    }

    private interface Fits {

        boolean test(List<Candidate> group, Candidate candidate);

    }

    private void add(List<List<Candidate>> groups, Candidate candidate, Fits fits) {
        for (List<Candidate> group : groups) {
            if (fits.test(group, candidate) && (candidate.headline() || compatible(group, candidate))) {
                group.add(candidate);
                return;
            }
        }
        List<Candidate> group = new ArrayList<>();
        group.add(candidate);
        groups.add(group);
    }

    private boolean sameFigure(List<Candidate> group, Candidate candidate) {
        Candidate first = group.get(0);
        return first.metric().equals(candidate.metric()) && sameKind(first, candidate)
                && first.quantity().sameFigure(candidate.quantity());
    }

    /**
     * The same kind, or one of them only the metric itself: "killed at least 47 … and captured seven"
     * (casualties, both cues near) and "at least 47 … were killed" are one figure.
     */
    private static boolean sameKind(Candidate a, Candidate b) {
        return Objects.equals(a.kind(), b.kind()) || unspecified(a) || unspecified(b);
    }

    private static boolean unspecified(Candidate candidate) {
        return candidate.kind() == null || candidate.kind().equals(candidate.metric());
    }

    /**
     * Either side unnamed or only described ("Spy agency says … 15,000 troops" in a standfirst over
     * the body's NIS), or both from the same originating source (the group's first named one).
     */
    private boolean compatible(List<Candidate> group, Candidate candidate) {
        String source = candidate.attribution().source();
        if (source == null || isDescription(source) || isRecordWide(candidate)) {
            return true;
        }
        for (Candidate member : group) {
            String other = member.attribution().source();
            if (other != null && !isDescription(other) && !isRecordWide(member)) {
                return originatorOf(source).equals(originatorOf(other));
            }
        }
        return true;
    }

    /**
     * A source given for a whole record rather than for the figure: the publisher of an authority's
     * own record (a reporter's question repeating "the four people who were arrested", which the
     * officer's answer then gives as his), or a table's credit line (a row repeating a figure the
     * text gives to its own source). Such a mention joins a claim of the same figure from another
     * source, which names the source.
     */
    private static boolean isRecordWide(Candidate candidate) {
        String rule = candidate.attribution().rule();
        return rule.startsWith("publisher:") || rule.startsWith("table-source:");
    }

    /** A source given by a common noun only: "Spy agency", "officials", "the ministry". */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    static boolean isDescription(String source) {
        String[] words = SPACES.split(source.trim());
        for (int i = 0; i < words.length; i++) {
            for (int j = (i == 0) ? 1 : 0; j < words[i].length(); j++) {
                if (!Character.isLowerCase(words[i].charAt(j)) && words[i].charAt(j) != '-') {
                    return false;
                }
            }
        }
        boolean lowerFirst = !words[0].isEmpty() && Character.isLowerCase(words[0].charAt(0));
        return lowerFirst || words.length >= 2;
    }

    private String originatorOf(String source) {
        return this.originators.computeIfAbsent(source, this.originator);
    }

    private static Claim claim(String id, Article article, String subject, List<Candidate> group,
            ArticleAttributions attributions) {
        List<Candidate> ordered = new ArrayList<>(group);
        ordered.sort(Comparator.comparingInt((Candidate c) -> c.headline() ? 1 : 0)
            .thenComparingInt((c) -> c.mention().start()));
        Candidate first = ordered.get(0);
        // the named source with the fullest relay chain: the same originator, traced further
        Candidate attributed = ordered.stream()
            .filter((c) -> c.attribution().isNamed())
            .max(Comparator.comparingInt((Candidate c) -> isRecordWide(c) ? 0 : 1)
                .thenComparingInt((Candidate c) -> isDescription(c.attribution().source()) ? 0 : 1)
                .thenComparingInt((Candidate c) -> c.attribution().via().size())
                .thenComparing((c) -> -ordered.indexOf(c)))
            .orElse(first);
        Modality modality = ordered.stream()
            .map(Candidate::modality)
            .max(Comparator.comparingInt(ClaimMerger::guard))
            .orElse(first.modality());
        String status = ordered.stream().map(Candidate::status).filter(Objects::nonNull).findFirst().orElse(null);
        List<Mention> mentions = ordered.stream().map(Candidate::mention).distinct().toList();
        String rule = first.rule() + " | attribution:" + attributed.attribution().rule()
                + ((ordered.size() > 1) ? " | merged:" + ordered.size() + " mentions" : "");
        // the gold format's `via` holds the outlets that relayed a claim; the people between the source
        // and the outlets (a lawmaker after a closed briefing) are kept apart, in the same order
        List<String> outlets = new ArrayList<>();
        List<String> people = new ArrayList<>();
        Attribution attribution = attributions.asPublished(attributed.attribution());
        for (String relay : attribution.via()) {
            (attributions.isPerson(relay) ? people : outlets).add(relay);
        }
        return new Claim(id, article.id(), article.fileName(), first.metric(), first.kind(), first.quantity(), subject,
                status, null, attribution.source(), outlets, people, attributions.publisher(), modality, first.asOf(),
                first.asOfBasis(), mentions, rule);
    }

    /** How guarded a modality is: a denial or an unverified report outweighs a plain report. */
    private static int guard(Modality modality) {
        return switch (modality) {
            case REPORTED -> 0;
            case ESTIMATE -> 1;
            case PLAN -> 2;
            case UNVERIFIED_CLAIM -> 3;
            case DENIAL -> 4;
        };
    }
}
