package org.briefing.store;

import java.util.List;

import org.briefing.domain.Finding;
import org.springframework.jdbc.core.JdbcTemplate;

/** What reconciliation concluded for each run. */
public class FindingStore {

    private final JdbcTemplate jdbc;

    public FindingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the run's findings; call inside a transaction. */
    public void replace(String runId, List<Finding> findings) {
        this.jdbc.update("DELETE FROM briefing_finding WHERE run_id = ?", runId);
        for (int i = 0; i < findings.size(); i++) {
            this.jdbc.update("INSERT INTO briefing_finding (run_id, seq, body) VALUES (?, ?, ?)", runId, i,
                    Json.write(findings.get(i)));
        }
    }

    public List<Finding> findings(String runId) {
        return this.jdbc.query("SELECT body FROM briefing_finding WHERE run_id = ? ORDER BY seq",
                (rs, row) -> Json.read(rs.getString(1), Finding.class), runId);
    }
}
