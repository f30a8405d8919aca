package org.briefing.domain;

import java.util.List;
import java.util.Objects;

/**
 * One quantitative statement about the briefing's subject, as an article reports it. A figure
 * stated more than once in an article is one claim with several mentions; the first mention is
 * the claim's quote.
 *
 * @param id stable identifier: the article id's first 12 characters and a sequence number
 * @param metric what is counted (a metric name of the template: personnel, casualties, payment…)
 * @param kind a finer kind within the metric (killed, wounded…), or {@code null}
 * @param subject the actor the figure is about (the template's subject)
 * @param status what the counted people or things are doing: planned, training, deployed…, or
 * {@code null}
 * @param place where, when the sentence says so, else {@code null}
 * @param source who originally made the claim, as the text names them (canonical registry name
 * when known); {@code null} when the outlet asserts it itself
 * @param via the outlets that relayed the claim, nearest the source first (the gold format's `via`)
 * @param relayedBy the people who passed the claim on between the source and the outlets (a lawmaker
 * retelling a closed briefing, a president quoting his agency), nearest the source first
 * @param outlet the outlet that published the article (canonical registry name when known), or
 * {@code null} when the article does not reveal it; a claim with no {@code source} is this
 * outlet's own, and its {@code via} is empty
 * @param asOf the time the claim speaks of
 * @param asOfBasis how {@code asOf} was found
 * @param rule the extraction rules that produced the claim, so that each claim can be explained
 */
public record Claim(String id, String articleId, String document, String metric, String kind, Quantity quantity,
        String subject, String status, String place, String source, List<String> via, List<String> relayedBy,
        String outlet, Modality modality, PartialDate asOf, String asOfBasis, List<Mention> mentions, String rule) {

    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(modality, "modality");
        via = List.copyOf(via);
        relayedBy = (relayedBy == null) ? List.of() : List.copyOf(relayedBy);
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("a claim needs at least one mention");
        }
        asOfBasis = (asOfBasis == null) ? "" : asOfBasis;
    }

    public String quote() {
        return this.mentions.get(0).quote();
    }

    public int start() {
        return this.mentions.get(0).start();
    }

    public int end() {
        return this.mentions.get(0).end();
    }
}
