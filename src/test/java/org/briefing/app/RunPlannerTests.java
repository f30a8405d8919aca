package org.briefing.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A run's identity: what makes two runs the same run, and what makes stored results reusable. */
class RunPlannerTests {

    private static final LocalDate DAY = LocalDate.parse("2024-11-01");

    @TempDir
    Path seeds;

    private final RunPlanner planner = new RunPlanner(Clock.system(ZoneOffset.UTC), "1.0", "ingest-1/extract-1");

    @BeforeEach
    void twoArticles() throws IOException {
        Files.writeString(this.seeds.resolve("a.txt"), "First article.");
        Files.writeString(this.seeds.resolve("b.txt"), "Second article.");
    }

    @Test
    void theSameInputsMakeTheSameRun() {
        assertThat(plan().runId()).isEqualTo(plan().runId()).startsWith("2024-11-01_dprk-russia_");
    }

    @Nested
    class ANewRun {

        @Test
        void comesWithANewArticle() throws IOException {
            String before = plan().runId();
            Files.writeString(RunPlannerTests.this.seeds.resolve("c.txt"), "Third article.");

            assertThat(plan().runId()).isNotEqualTo(before);
        }

        @Test
        void comesWithAChangedArticle() throws IOException {
            String before = plan().runId();
            Files.writeString(RunPlannerTests.this.seeds.resolve("b.txt"), "Second article, corrected.");

            assertThat(plan().runId()).isNotEqualTo(before);
        }

        @Test
        void comesWithAnotherAsOfDate() {
            assertThat(RunPlannerTests.this.planner.plan(properties(), DAY.plusDays(1)).runId()).isNotEqualTo(plan().runId());
        }

        @Test
        void andNewStoredResultsComeWithNewExtractionRules() {
            RunPlanner newRules = new RunPlanner(Clock.system(ZoneOffset.UTC), "1.0", "ingest-1/extract-2");

            RunPlan next = newRules.plan(properties(), DAY);

            assertThat(next.runId()).isNotEqualTo(plan().runId());
            assertThat(next.profileKey()).isNotEqualTo(plan().profileKey());
        }
    }

    @Test
    void aNewToolVersionMakesANewRunButKeepsStoredResults() {
        RunPlanner newTool = new RunPlanner(Clock.system(ZoneOffset.UTC), "1.1", "ingest-1/extract-1");

        RunPlan next = newTool.plan(properties(), DAY);

        assertThat(next.runId()).isNotEqualTo(plan().runId());
        assertThat(next.profileKey()).isEqualTo(plan().profileKey());
    }

    @Test
    void theAsOfDateGivenWinsOverToday() {
        BriefingProperties given = BriefingProperties.of(this.seeds, this.seeds.resolve("out"), "dprk-russia", "2023-05-06",
                1000, 10);

        assertThat(this.planner.plan(given, DAY).asOf()).isEqualTo(LocalDate.parse("2023-05-06"));
    }

    private RunPlan plan() {
        return this.planner.plan(properties(), DAY);
    }

    private BriefingProperties properties() {
        return BriefingProperties.of(this.seeds, this.seeds.resolve("out"), "dprk-russia", null, 1000, 10);
    }
}
