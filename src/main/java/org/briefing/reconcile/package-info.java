/**
 * Reconcile: all claims of a run in, {@link org.briefing.domain.Finding}s out.
 * {@link org.briefing.reconcile.Reconciler} is where claims are merged into findings: grouped by
 * the question they answer and placed on a timeline. {@link org.briefing.reconcile.ReconcileTasklet}
 * streams a run's claims from the database into a bounded
 * {@link org.briefing.reconcile.EvidenceSample} first, so that memory does not grow with the
 * corpus.
 */
package org.briefing.reconcile;
