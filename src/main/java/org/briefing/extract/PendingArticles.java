package org.briefing.extract;

import java.util.Map;

import javax.sql.DataSource;

import org.briefing.domain.Article;
import org.briefing.store.Json;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;

/**
 * Reads the run's articles that are not yet extracted under the profile, one page at a time in
 * input order. Articles already extracted (in this run before a crash, or in an earlier run with
 * the same profile) are skipped, which makes the step incremental and restartable without saved
 * state.
 */
public final class PendingArticles {

    private PendingArticles() {
    }

    public static JdbcPagingItemReader<Article> reader(DataSource dataSource, String runId, String profileKey,
            int pageSize) throws Exception {
        String pending = "(SELECT a.body AS body, r.first_seq AS first_seq FROM briefing_article a"
                + " JOIN (SELECT article_id, MIN(seq) AS first_seq FROM briefing_run_input"
                + " WHERE run_id = :runId AND article_id IS NOT NULL GROUP BY article_id) r ON r.article_id = a.article_id"
                + " WHERE a.profile_key = :profileKey AND NOT EXISTS (SELECT 1 FROM briefing_extraction e"
                + " WHERE e.article_id = a.article_id AND e.profile_key = :profileKey)) pending";
        return new JdbcPagingItemReaderBuilder<Article>().name("pendingArticles")
            .dataSource(dataSource)
            .selectClause("body, first_seq")
            .fromClause(pending)
            .sortKeys(Map.of("first_seq", Order.ASCENDING))
            .parameterValues(Map.of("runId", runId, "profileKey", profileKey))
            .rowMapper((rs, row) -> Json.read(rs.getString("body"), Article.class))
            .pageSize(pageSize)
            .saveState(false)
            .build();
    }
}
