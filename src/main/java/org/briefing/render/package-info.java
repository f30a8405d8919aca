/**
 * Render: claims and findings in, the briefing out. {@link org.briefing.render.BriefingView} turns
 * them into the values the template shows; {@link org.briefing.render.HtmlComposer} fills the
 * template's HTML (escaping all text); {@link org.briefing.render.PdfWriter} lays it out as an
 * archival PDF with the charts drawn as vectors; {@link org.briefing.render.OutputFolder} writes
 * every file under a temporary name and moves the finished run into place.
 */
package org.briefing.render;
