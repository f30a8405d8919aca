/**
 * Extract: one {@link org.briefing.domain.Article} in, its {@link org.briefing.domain.Claim}s out.
 * {@link org.briefing.extract.ClaimExtractor} is where a claim is born: it splits sentences, finds
 * figures ({@link org.briefing.extract.FigureFinder}), names what they count from the template's
 * nouns ({@link org.briefing.extract.MetricMatcher}), keeps those about the subject, and attaches
 * attribution ({@link org.briefing.extract.AttributionFinder},
 * {@link org.briefing.extract.ArticleAttributions}), modality, status and the time spoken of;
 * {@link org.briefing.extract.ClaimMerger} folds repeated mentions into one claim.
 */
package org.briefing.extract;
