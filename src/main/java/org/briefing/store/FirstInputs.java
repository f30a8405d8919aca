package org.briefing.store;

import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Streams the bodies of a table keyed by article and profile for a run's articles, in input
 * order, each article once (at its first input), one window of input sequence numbers at a time.
 * <p>
 * One query over the whole run ({@code ORDER BY} the first input of each article) made H2 sort
 * every row, bodies included, before it returned the first: 60 MB of claims at 10,000 articles,
 * read twice (reconcile, render), and ten times that at 100,000. A window sorts only its own rows;
 * the inputs and the rows of each article are found through their primary keys.
 */
final class FirstInputs {

    static final int WINDOW = 1_000;

    private FirstInputs() {
    }

    /**
     * @param table a table with {@code article_id}, {@code profile_key} and {@code body}
     * @param rowOrder the table's column that orders an article's rows, or {@code null} for one row per article
     */
    static void forEachBody(JdbcTemplate jdbc, String table, String rowOrder, String runId, String profileKey,
            RowCallbackHandler rows) {
        String sql = "SELECT x.body FROM briefing_run_input r JOIN " + table + " x"
                + " ON x.article_id = r.article_id AND x.profile_key = ?"
                + " WHERE r.run_id = ? AND r.seq BETWEEN ? AND ? AND r.article_id IS NOT NULL"
                + " AND NOT EXISTS (SELECT 1 FROM briefing_run_input d WHERE d.run_id = r.run_id"
                + " AND d.article_id = r.article_id AND d.seq < r.seq)"
                + " ORDER BY r.seq" + ((rowOrder == null) ? "" : ", x." + rowOrder);
        Map<String, Object> bounds = jdbc.queryForMap(
                "SELECT MIN(seq) AS first_seq, MAX(seq) AS last_seq FROM briefing_run_input WHERE run_id = ?", runId);
        if (bounds.get("first_seq") == null) {
            return;
        }
        int first = ((Number) bounds.get("first_seq")).intValue();
        int last = ((Number) bounds.get("last_seq")).intValue();
        for (long from = first; from <= last; from += WINDOW) {
            jdbc.query(sql, rows, profileKey, runId, (int) from, (int) Math.min(last, from + WINDOW - 1));
        }
    }
}
