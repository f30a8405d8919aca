/**
 * Charts of the briefing, built with JFreeChart and styled for print: the template's fonts, a muted
 * palette that stays readable in greyscale (each series also has its own marker shape), no
 * shadows or gradients. {@link org.briefing.chart.EstimateCharts} is where a claim is drawn; the
 * renderer paints the charts as vectors into the PDF.
 */
package org.briefing.chart;
