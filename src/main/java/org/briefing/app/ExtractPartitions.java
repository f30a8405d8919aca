package org.briefing.app;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.briefing.domain.Article;
import org.briefing.store.Json;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The extract step split into partitions: contiguous ranges of the run's input sequence numbers,
 * one per partition, each read by its own reader of the articles in its range that are not yet
 * extracted under the profile. A range is all a partition needs to know, so the same partitions
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

    /**
     * The articles of inputs {@code first..last} that have no extraction under the profile yet, in
     * input order, each article once (at its first input). Already extracted articles are skipped,
     * so the reader keeps no state: a restart reads what is still pending.
     */
    static JdbcPagingItemReader<Article> reader(DataSource dataSource, String runId, String profileKey, int first, int last,
            int pageSize) throws Exception {
        return new JdbcPagingItemReaderBuilder<Article>().name("pendingArticles")
            .dataSource(dataSource)
            .selectClause("r.seq AS seq, a.body AS body")
            .fromClause("briefing_run_input r JOIN briefing_article a ON a.article_id = r.article_id")
            .whereClause("r.run_id = :runId AND r.seq BETWEEN :first AND :last AND a.profile_key = :profileKey"
                    + " AND NOT EXISTS (SELECT 1 FROM briefing_extraction e WHERE e.article_id = r.article_id"
                    + " AND e.profile_key = :profileKey)"
                    + " AND NOT EXISTS (SELECT 1 FROM briefing_run_input d WHERE d.run_id = r.run_id"
                    + " AND d.article_id = r.article_id AND d.seq < r.seq)")
            .sortKeys(Map.of("seq", Order.ASCENDING))
            .parameterValues(Map.of("runId", runId, "profileKey", profileKey, "first", first, "last", last))
            .rowMapper((rs, row) -> Json.read(rs.getString("body"), Article.class))
            .pageSize(pageSize)
            .saveState(false)
            .build();
    }
}
