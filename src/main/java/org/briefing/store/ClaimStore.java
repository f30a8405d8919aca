package org.briefing.store;

import java.util.ArrayList;
import java.util.List;

import org.briefing.domain.QuarantineEntry;
import org.briefing.domain.Statement;
import java.util.function.Consumer;

import org.briefing.domain.Claim;
import org.springframework.jdbc.core.JdbcTemplate;

/** Extracted claims, per article and profile. */
public class ClaimStore {

    private final JdbcTemplate jdbc;

    public ClaimStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores an article's claims and marks it extracted; does nothing when it already is. Call
     * inside the chunk's transaction, so that claims and mark land together.
     */
    public void save(String articleId, String profileKey, List<Claim> claims, List<Statement> statements, String error) {
        int marked = this.jdbc.update("INSERT INTO briefing_extraction (article_id, profile_key, claim_count, error)"
                + " SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM briefing_extraction WHERE article_id = ? AND profile_key = ?)",
                articleId, profileKey, claims.size(), error, articleId, profileKey);
        if (marked == 0) {
            return;
        }
        insertAll("INSERT INTO briefing_claim (article_id, profile_key, seq, body) VALUES (?, ?, ?, ?)", articleId,
                profileKey, claims);
        insertAll("INSERT INTO briefing_statement (article_id, profile_key, seq, body) VALUES (?, ?, ?, ?)", articleId,
                profileKey, statements);
    }

    /** The article's rows in one JDBC batch, numbered in list order. */
    private void insertAll(String sql, String articleId, String profileKey, List<?> bodies) {
        if (bodies.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(bodies.size());
        for (int i = 0; i < bodies.size(); i++) {
            rows.add(new Object[] { articleId, profileKey, i, Json.write(bodies.get(i)) });
        }
        this.jdbc.batchUpdate(sql, rows);
    }

    /** The run's claims, in input order and then in order within each article, streamed to the action on this thread. */
    public void forEachClaim(String runId, String profileKey, Consumer<Claim> action) {
        FirstInputs.forEachBody(this.jdbc, "briefing_claim", "seq", runId, profileKey,
                (body) -> Json.read(body, Claim.class), action);
    }

    /** The run's statements, in input order, streamed. */
    public void forEachStatement(String runId, String profileKey, Consumer<Statement> action) {
        FirstInputs.forEachBody(this.jdbc, "briefing_statement", "seq", runId, profileKey,
                (body) -> Json.read(body, Statement.class), action);
    }

    /** How many of the run's articles are extracted under the profile, by this run or an earlier one. */
    public int countExtracted(String runId, String profileKey) {
        Integer count = this.jdbc.queryForObject("SELECT COUNT(*) FROM briefing_extraction e WHERE e.profile_key = ?"
                + " AND e.article_id IN (SELECT article_id FROM briefing_run_input WHERE run_id = ?)", Integer.class,
                profileKey, runId);
        return (count == null) ? 0 : count;
    }

    /** The run's articles whose extraction failed, with the reason, as quarantine entries. */
    public List<QuarantineEntry> failures(String runId, String profileKey) {
        return this.jdbc.query("SELECT r.file_name, e.error FROM briefing_extraction e JOIN briefing_run_input r"
                + " ON r.article_id = e.article_id WHERE r.run_id = ? AND e.profile_key = ? AND e.error IS NOT NULL"
                + " ORDER BY r.seq", (rs, row) -> new QuarantineEntry(rs.getString(1), "extraction failed: " + rs.getString(2)),
                runId, profileKey);
    }
}
