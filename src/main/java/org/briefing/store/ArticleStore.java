package org.briefing.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.briefing.domain.Article;
import org.briefing.domain.QuarantineEntry;
import org.springframework.jdbc.core.JdbcTemplate;

/** Articles and the inputs of each run. */
public class ArticleStore {

    private final JdbcTemplate jdbc;

    public ArticleStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static final String INSERT_ARTICLE = "INSERT INTO briefing_article"
            + " (article_id, profile_key, file_name, title, publisher, published, body)"
            + " SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS"
            + " (SELECT 1 FROM briefing_article WHERE article_id = ? AND profile_key = ?)";

    private static final String INSERT_INPUT = "INSERT INTO briefing_run_input"
            + " (run_id, seq, file_name, article_id, quarantine_reason)"
            + " SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM briefing_run_input WHERE run_id = ? AND seq = ?)";

    /** One input of a run: an article ({@code articleId}) or a quarantine entry ({@code quarantineReason}). */
    public record Input(int seq, String fileName, String articleId, String quarantineReason) {
    }

    /** Stores the article unless the same article is already stored under this profile. */
    public void saveArticle(Article article, String profileKey) {
        saveArticles(List.of(article), profileKey);
    }

    /**
     * Stores each article unless the same article is already stored under this profile, in one
     * JDBC batch: the statements run in order, so a second copy in the same list is skipped too.
     */
    public void saveArticles(List<Article> articles, String profileKey) {
        if (articles.isEmpty()) {
            return;
        }
        this.jdbc.batchUpdate(INSERT_ARTICLE, articles.stream().map((article) -> new Object[] { article.id(), profileKey,
                article.fileName(), truncate(article.title(), 2000), truncate(article.publisher(), 500),
                (article.published() == null) ? null : article.published().toString(), Json.write(article), article.id(),
                profileKey }).toList());
    }

    /** Records that input {@code seq} of the run was this article or this quarantine entry. */
    public void saveInput(String runId, int seq, String fileName, String articleId, String quarantineReason) {
        saveInputs(runId, List.of(new Input(seq, fileName, articleId, quarantineReason)));
    }

    /** Records the run's inputs, each unless already recorded, in one JDBC batch. */
    public void saveInputs(String runId, List<Input> inputs) {
        if (inputs.isEmpty()) {
            return;
        }
        this.jdbc.batchUpdate(INSERT_INPUT, inputs.stream().map((input) -> new Object[] { runId, input.seq(),
                truncate(input.fileName(), 1024), input.articleId(), truncate(input.quarantineReason(), 4000), runId,
                input.seq() }).toList());
    }

    public Optional<Article> find(String articleId, String profileKey) {
        List<String> bodies = this.jdbc.queryForList(
                "SELECT body FROM briefing_article WHERE article_id = ? AND profile_key = ?", String.class, articleId,
                profileKey);
        return bodies.stream().findFirst().map((body) -> Json.read(body, Article.class));
    }

    /**
     * The ids of the run's articles in input order, each once, streamed: without their bodies,
     * which at 100,000 articles are most of the database; {@link #find} reads the few needed.
     */
    public void forEachArticleId(String runId, String profileKey, Consumer<String> action) {
        FirstInputs.forEachValue(this.jdbc, "briefing_article", "article_id", null, runId, profileKey, (id) -> id, action,
                FirstInputs.WINDOW);
    }

    public List<QuarantineEntry> quarantine(String runId) {
        return this.jdbc.query("SELECT file_name, quarantine_reason FROM briefing_run_input"
                + " WHERE run_id = ? AND quarantine_reason IS NOT NULL ORDER BY seq",
                (rs, row) -> new QuarantineEntry(rs.getString(1), rs.getString(2)), runId);
    }

    public int countInputs(String runId) {
        Integer count = this.jdbc.queryForObject("SELECT COUNT(*) FROM briefing_run_input WHERE run_id = ?", Integer.class,
                runId);
        return (count == null) ? 0 : count;
    }

    /** The distinct articles among the run's inputs so far. */
    public int countArticles(String runId) {
        Integer count = this.jdbc.queryForObject(
                "SELECT COUNT(DISTINCT article_id) FROM briefing_run_input WHERE run_id = ? AND article_id IS NOT NULL",
                Integer.class, runId);
        return (count == null) ? 0 : count;
    }

    private static String truncate(String text, int length) {
        return (text == null || text.length() <= length) ? text : text.substring(0, length);
    }
}
