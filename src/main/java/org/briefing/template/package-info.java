/**
 * Report templates: everything a briefing needs beyond code. A template folder holds
 * {@code template.yaml} (the subject, its aliases, the metrics and their counted nouns, the
 * statuses, the source registry, a chronology, the handling label and chart choices), the HTML and
 * CSS layout, and the fonts. {@link org.briefing.template.TemplateLoader} reads a folder into a
 * {@link org.briefing.template.Template}; every stage takes its subject knowledge from there.
 */
package org.briefing.template;
