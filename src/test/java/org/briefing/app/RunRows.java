package org.briefing.app;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Row counts of one run in the job's database, to prove that no row is duplicated or lost. */
final class RunRows {

    private RunRows() {
    }

    /** The run's rows in each application table, and its job instances and completed step executions. */
    static Map<String, Long> count(TestDatabase database, String runId) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = database.connect()) {
            counts.put("inputs", count(connection, "SELECT COUNT(*) FROM briefing_run_input WHERE run_id = ?", runId));
            String articles = "(SELECT DISTINCT article_id FROM briefing_run_input WHERE run_id = ?)";
            counts.put("articles", count(connection, "SELECT COUNT(*) FROM briefing_article WHERE article_id IN " + articles, runId));
            counts.put("extractions",
                    count(connection, "SELECT COUNT(*) FROM briefing_extraction WHERE article_id IN " + articles, runId));
            counts.put("claims", count(connection, "SELECT COUNT(*) FROM briefing_claim WHERE article_id IN " + articles, runId));
            counts.put("statements",
                    count(connection, "SELECT COUNT(*) FROM briefing_statement WHERE article_id IN " + articles, runId));
            counts.put("findings", count(connection, "SELECT COUNT(*) FROM briefing_finding WHERE run_id = ?", runId));
            counts.put("job instances", count(connection, "SELECT COUNT(DISTINCT p.JOB_EXECUTION_ID * 0 + e.JOB_INSTANCE_ID)"
                    + " FROM BATCH_JOB_EXECUTION_PARAMS p JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = p.JOB_EXECUTION_ID"
                    + " WHERE p.PARAMETER_NAME = 'runId' AND p.PARAMETER_VALUE = ?", runId));
            counts.put("completed steps", count(connection, "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION s"
                    + " JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID"
                    + " WHERE p.PARAMETER_NAME = 'runId' AND p.PARAMETER_VALUE = ? AND s.STATUS = 'COMPLETED'", runId));
        }
        return counts;
    }

    /** Executions of the run's job by status, e.g. {@code FAILED=3, COMPLETED=1}. */
    static Map<String, Long> executions(TestDatabase database, String runId) throws SQLException {
        Map<String, Long> statuses = new LinkedHashMap<>();
        try (Connection connection = database.connect();
                PreparedStatement statement = connection.prepareStatement("SELECT e.STATUS, COUNT(*) FROM BATCH_JOB_EXECUTION e"
                        + " JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID"
                        + " WHERE p.PARAMETER_NAME = 'runId' AND p.PARAMETER_VALUE = ? GROUP BY e.STATUS ORDER BY e.STATUS")) {
            statement.setString(1, runId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    statuses.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return statuses;
    }

    private static long count(Connection connection, String sql, String runId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 1; i <= statement.getParameterMetaData().getParameterCount(); i++) {
                statement.setString(i, runId);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
