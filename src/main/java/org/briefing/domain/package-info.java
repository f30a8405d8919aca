/**
 * The domain model shared by every stage: immutable records built from JDK types only.
 * An {@link org.briefing.domain.Article} is what ingest makes of one input file; a
 * {@link org.briefing.domain.Claim} is one quantitative statement found in an article; a
 * {@link org.briefing.domain.Finding} is what reconciliation concludes from the claims that
 * answer one question. No Spring, no I/O.
 */
package org.briefing.domain;
