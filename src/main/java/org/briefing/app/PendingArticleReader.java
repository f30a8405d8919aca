package org.briefing.app;

import java.util.ArrayDeque;
import java.util.Deque;

import org.briefing.domain.Article;
import org.briefing.store.Json;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads one partition's pending articles: those of inputs {@code first..last} that have no
 * extraction under the profile yet, in input order, each article once (at its first input).
 * Already extracted articles are skipped, so the reader keeps no state: a restarted partition
 * reads what is still pending.
 * <p>
 * Each query looks at a window of {@code window} sequence numbers after the last one read,
 * never at the rest of the range: H2 evaluates the whole range of a {@code WHERE seq > ? ORDER BY
 * seq FETCH FIRST n ROWS} query before it takes the first rows, which made every page of a
 * 50,000-input partition cost a scan of the partition (article bodies included), and the step
 * quadratic in the corpus.
 */
class PendingArticleReader implements ItemStreamReader<Article> {

    private static final String SQL = "SELECT a.body FROM briefing_run_input r JOIN briefing_article a"
            + " ON a.article_id = r.article_id AND a.profile_key = ?"
            + " WHERE r.run_id = ? AND r.seq BETWEEN ? AND ?"
            + " AND NOT EXISTS (SELECT 1 FROM briefing_extraction e WHERE e.article_id = r.article_id AND e.profile_key = ?)"
            + " AND NOT EXISTS (SELECT 1 FROM briefing_run_input d WHERE d.run_id = r.run_id"
            + " AND d.article_id = r.article_id AND d.seq < r.seq)"
            + " ORDER BY r.seq";

    private final JdbcTemplate jdbc;

    private final String runId;

    private final String profileKey;

    private final int first;

    private final int last;

    private final int window;

    private final Deque<String> bodies = new ArrayDeque<>();

    private int next;

    PendingArticleReader(JdbcTemplate jdbc, String runId, String profileKey, int first, int last, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("the window must hold at least one input, not " + window);
        }
        this.jdbc = jdbc;
        this.runId = runId;
        this.profileKey = profileKey;
        this.first = first;
        this.last = last;
        this.window = window;
    }

    @Override
    public void open(ExecutionContext context) {
        this.next = this.first;
        this.bodies.clear();
    }

    @Override
    public Article read() {
        while (this.bodies.isEmpty() && this.next <= this.last) {
            int to = (int) Math.min(this.last, (long) this.next + this.window - 1);
            this.jdbc.query(SQL, (rs) -> {
                this.bodies.add(rs.getString(1));
            }, this.profileKey, this.runId, this.next, to, this.profileKey);
            this.next = to + 1;
        }
        String body = this.bodies.poll();
        return (body == null) ? null : Json.read(body, Article.class);
    }
}
