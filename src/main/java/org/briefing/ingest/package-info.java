/**
 * Ingest: one input file in, one {@link org.briefing.domain.Article} or one quarantine entry out.
 * {@link org.briefing.ingest.ArticleIngestor} decodes the bytes, turns text, HTML or Markdown into
 * blocks, marks boilerplate (footers, comments, sidebars, captions), and finds the publisher and
 * the publication date, saying how each was found. Nothing here throws on bad input: an unreadable
 * file becomes a quarantine entry with its reason.
 */
package org.briefing.ingest;
