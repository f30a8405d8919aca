package org.briefing.domain;

/**
 * How far a finding can be trusted, in ICD 203 terms, with its Admiralty rating.
 *
 * @param level {@code low}, {@code moderate} or {@code high}
 * @param grade the Admiralty rating: the best source reliability (A–F) and the information
 * credibility (1–6) from corroboration, such as "B2"
 * @param basis why, in words
 */
public record Confidence(String level, String grade, String basis) {
}
