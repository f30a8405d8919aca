package org.briefing.store;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FirstInputsTests {

    private final JdbcTemplate jdbc = new JdbcTemplate(
            new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));

    /** In input order, each article once at its first input, an article's rows in their order. */
    private final List<String> expected = new ArrayList<>();

    @BeforeEach
    void inputsWithDuplicatesQuarantinesAndRowsInReverseInsertOrder() {
        this.jdbc.execute("CREATE TABLE briefing_run_input (run_id VARCHAR(200), seq INTEGER, article_id VARCHAR(64),"
                + " PRIMARY KEY (run_id, seq))");
        this.jdbc.execute("CREATE TABLE briefing_claim (article_id VARCHAR(64), profile_key VARCHAR(64), seq INTEGER,"
                + " body TEXT, PRIMARY KEY (article_id, profile_key, seq))");
        for (int seq = 0; seq < 40; seq++) {
            String article = (seq % 7 == 6) ? null : "a" + (seq % 30); // inputs 30-39 repeat 0-9; every 7th quarantined
            this.jdbc.update("INSERT INTO briefing_run_input VALUES ('run', ?, ?)", seq, article);
            if (article != null && seq < 30) {
                for (int row = 2; row >= 0; row--) {
                    this.jdbc.update("INSERT INTO briefing_claim VALUES (?, 'p', ?, ?)", article, row, article + "/" + row);
                }
                for (int row = 0; row < 3; row++) {
                    this.expected.add(article + "/" + row);
                }
            }
        }
        this.jdbc.update("INSERT INTO briefing_claim VALUES ('a1', 'other profile', 0, 'not this profile')");
    }

    private List<String> read(int window) {
        List<String> seen = new ArrayList<>();
        FirstInputs.forEachValue(this.jdbc, "briefing_claim", "body", "seq", "run", "p", (body) -> "read " + body,
                seen::add, window);
        return seen;
    }

    @Test
    void readsInInputOrderInOneWindowAndInManyWindowsReadInParallel() {
        List<String> inOrder = this.expected.stream().map((body) -> "read " + body).toList();

        assertThat(read(1_000)).containsExactlyElementsOf(inOrder);
        assertThat(read(3)).containsExactlyElementsOf(inOrder);
        assertThat(read(1)).containsExactlyElementsOf(inOrder);
    }

    @Test
    void readsAnotherColumnTheSameWay() {
        List<String> ids = new ArrayList<>();

        FirstInputs.forEachValue(this.jdbc, "briefing_claim", "article_id", "seq", "run", "p", (id) -> id, ids::add, 4);

        assertThat(ids).containsExactlyElementsOf(this.expected.stream().map((body) -> body.split("/")[0]).toList());
    }

    @Test
    void aFailureToParseEndsTheReadingWithItsExceptionAfterTheItemsBeforeIt() {
        List<String> seen = new ArrayList<>();

        assertThatThrownBy(() -> FirstInputs.forEachValue(this.jdbc, "briefing_claim", "body", "seq", "run", "p", (body) -> {
            if (body.equals("a21/1")) {
                throw new IllegalArgumentException("unreadable " + body);
            }
            return body;
        }, seen::add, 4)).isInstanceOf(IllegalArgumentException.class).hasMessage("unreadable a21/1");
        assertThat(seen).containsExactlyElementsOf(this.expected.subList(0, this.expected.indexOf("a21/1") - 1));
    }

    @Test
    void aFailingActionStopsTheReadersAndTheNextReadingWorks() {
        assertThatThrownBy(() -> FirstInputs.forEachValue(this.jdbc, "briefing_claim", "body", "seq", "run", "p", (body) -> body,
                (body) -> {
                    throw new IllegalStateException("stop at " + body);
                }, 2)).hasMessage("stop at a0/0");

        assertThat(read(2)).hasSize(this.expected.size());
    }
}
