/**
 * Render: claims and findings in, the briefing out. {@link org.briefing.render.BriefingView} turns
 * them into the values the template shows (rows from {@code RegisterRows} and {@code FindingRows},
 * citations as links from {@code Refs}, charts chosen by {@code BriefingCharts});
 * {@link org.briefing.render.HtmlComposer} fills the template's HTML, escaping all text;
 * {@link org.briefing.render.PdfWriter} lays it out as a PDF/A-3a and PDF/UA-1 document with the
 * charts drawn as vectors, loading nothing from outside ({@code ResourceGuard});
 * {@link org.briefing.render.OutputFolder} writes every file under a temporary name and moves the
 * finished run into place.
 */
package org.briefing.render;
