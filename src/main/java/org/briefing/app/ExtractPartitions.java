package org.briefing.app;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The extract step split into partitions: contiguous ranges of the run's input sequence numbers,
 * one per partition, each read by its own {@link PendingArticleReader} of the articles in its
 * range that are not yet extracted under the profile. A range is all a partition needs to know, so the same partitions
 * serve threads in this process and workers in other processes (remote partitioning), and a
 * restarted partition simply reads what is still pending in its range.
 */
class ExtractPartitions implements Partitioner {

    static final String FIRST = "firstSeq";

    static final String LAST = "lastSeq";

    private final JdbcTemplate jdbc;

    private final String runId;

    ExtractPartitions(JdbcTemplate jdbc, String runId) {
        this.jdbc = jdbc;
        this.runId = runId;
    }

    /** Up to {@code gridSize} ranges of equal length over the run's inputs; one empty range when there are none. */
    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, Object> bounds = this.jdbc.queryForMap(
                "SELECT MIN(seq) AS first_seq, MAX(seq) AS last_seq FROM briefing_run_input WHERE run_id = ?", this.runId);
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        if (bounds.get("first_seq") == null) {
            partitions.put("partition0", range(0, -1));
            return partitions;
        }
        int first = ((Number) bounds.get("first_seq")).intValue();
        int last = ((Number) bounds.get("last_seq")).intValue();
        int size = Math.max(1, (last - first + gridSize) / Math.max(1, gridSize));
        for (int start = first, i = 0; start <= last; start += size, i++) {
            partitions.put("partition" + i, range(start, Math.min(last, start + size - 1)));
        }
        return partitions;
    }

    private static ExecutionContext range(int first, int last) {
        ExecutionContext context = new ExecutionContext();
        context.putInt(FIRST, first);
        context.putInt(LAST, last);
        return context;
    }
}
