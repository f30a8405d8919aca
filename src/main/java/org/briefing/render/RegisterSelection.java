package org.briefing.render;

import java.util.HashSet;
import java.util.Set;

import org.briefing.domain.Finding;
import org.briefing.domain.Reconciliation;

/**
 * Which claims, statements and documents the PDF's registers show, so that a briefing on 100,000
 * articles stays a briefing and not a PDF of thousands of pages (and a layout that would need
 * gigabytes of memory). Always shown: what the key judgments and derived figures cite. Then, in
 * input order and up to a limit each: the claims the findings and contradictions cite, the
 * statements, and the documents of everything shown. The tables of contradictions and flags, and
 * the figures and flags under each finding, show their first rows up to a limit. Everything is in
 * {@code claims.json}, {@code claims.csv} and {@code findings.json}; a run under the limits (the
 * seeds, every fixture) shows all of it.
 */
final class RegisterSelection {

    static final int CLAIMS = 120;

    static final int STATEMENTS = 50;

    static final int DOCUMENTS = 60;

    /** Rows of the contradictions table, and of the table of flags raised inside findings. */
    static final int CONFLICT_ROWS = 30;

    /** Figures and flags listed under one finding. */
    static final int PER_FINDING = 12;

    private final Set<String> cited = new HashSet<>();

    private final Set<String> inFindings = new HashSet<>();

    private final Set<String> shownArticles = new HashSet<>();

    private int claimBudget = CLAIMS;

    private int statementBudget = STATEMENTS;

    private int documentBudget = DOCUMENTS;

    RegisterSelection(Reconciliation reconciliation) {
        reconciliation.judgments().forEach((j) -> this.cited.addAll(j.claimIds()));
        reconciliation.derived().forEach((d) -> this.cited.addAll(d.claimIds()));
        reconciliation.contradictions().forEach((f) -> this.inFindings.addAll(f.claimIds()));
        for (Finding finding : reconciliation.findings()) {
            this.inFindings.addAll(finding.claimIds());
            finding.flags().forEach((f) -> this.inFindings.addAll(f.claimIds()));
        }
    }

    /** The first {@code limit} items: what a table of the PDF shows; the data files hold the rest. */
    static <T> java.util.List<T> first(java.util.List<T> items, int limit) {
        return (items.size() <= limit) ? items : items.subList(0, limit);
    }

    boolean showsClaim(String id, String articleId) {
        boolean shown = this.cited.contains(id) || (this.inFindings.contains(id) && this.claimBudget-- > 0);
        if (shown) {
            this.shownArticles.add(articleId);
        }
        return shown;
    }

    boolean showsStatement(String id, String articleId) {
        boolean shown = this.cited.contains(id) || this.statementBudget-- > 0;
        if (shown) {
            this.shownArticles.add(articleId);
        }
        return shown;
    }

    /** Call after the claims and statements: documents of what is shown, then others up to the limit. */
    boolean showsDocument(String articleId) {
        return this.shownArticles.contains(articleId) || this.documentBudget-- > 0;
    }
}
