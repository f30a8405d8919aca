/**
 * Reconcile: all claims of a run in, {@link org.briefing.domain.Finding}s out.
 * {@link org.briefing.reconcile.Reconciler} is where claims are merged into findings: grouped by
 * the question they answer and placed on a timeline.
 */
package org.briefing.reconcile;
