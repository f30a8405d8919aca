package org.briefing.store;

import java.util.List;
import java.util.Optional;

import org.briefing.domain.Reconciliation;
import org.springframework.jdbc.core.JdbcTemplate;

/** What reconciliation concluded for each run. */
public class FindingStore {

    private final JdbcTemplate jdbc;

    public FindingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the run's reconciliation; call inside a transaction. */
    public void replace(String runId, Reconciliation reconciliation) {
        this.jdbc.update("DELETE FROM briefing_finding WHERE run_id = ?", runId);
        this.jdbc.update("INSERT INTO briefing_finding (run_id, seq, body) VALUES (?, ?, ?)", runId, 0,
                Json.write(reconciliation));
    }

    public Optional<Reconciliation> reconciliation(String runId) {
        List<Reconciliation> found = this.jdbc.query("SELECT body FROM briefing_finding WHERE run_id = ? ORDER BY seq",
                (rs, row) -> Json.read(rs.getString(1), Reconciliation.class), runId);
        return found.stream().findFirst();
    }
}
