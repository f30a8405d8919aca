/**
 * Measures the extractor against hand-made gold annotations (the format of the seeds' gold
 * file): precision, recall, F1, attribution accuracy, and every miss and extra.
 * {@link org.briefing.score.ScoreCommand} is the command line; {@link
 * org.briefing.score.ExtractionScorer} does the matching as {@code docs/claims.md} describes.
 */
package org.briefing.score;
