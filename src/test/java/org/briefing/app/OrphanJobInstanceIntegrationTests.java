package org.briefing.app;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Batch writes a job instance and its first execution in two transactions. A process killed
 * between the two leaves an instance without executions, which Batch can neither start again nor
 * restart; the next run must still complete.
 */
class OrphanJobInstanceIntegrationTests {

    @TempDir
    Path work;

    @Test
    void anInstanceLeftWithoutExecutionsIsStartedAfresh() throws Exception {
        Path corpus = Corpus.ofSeeds(this.work.resolve("corpus"), 1);
        TestDatabase database = TestDatabase.h2(this.work.resolve("db"));
        String[] arguments = { "--briefing.seeds=" + corpus, "--briefing.out=" + this.work.resolve("out"),
                "--briefing.template=dprk-russia", "--briefing.as-of=2024-11-01" };
        assertThat(BriefingRun.run(database, arguments)).isZero();
        Path first = this.work.resolve("out/latest").toRealPath();
        String runId = first.getFileName().toString();
        leaveOnlyTheJobInstance(database);
        org.springframework.util.FileSystemUtils.deleteRecursively(this.work.resolve("out"));

        assertThat(BriefingRun.run(database, arguments)).isZero();

        assertThat(this.work.resolve("out").resolve(runId).resolve("briefing.pdf")).isRegularFile();
        assertThat(RunRows.executions(database, runId)).containsEntry("COMPLETED", 1L).doesNotContainKey("FAILED");
    }

    /** The state a kill between Batch's two transactions leaves: the instance row and nothing else. */
    private static void leaveOnlyTheJobInstance(TestDatabase database) throws Exception {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM BATCH_STEP_EXECUTION_CONTEXT");
            statement.execute("DELETE FROM BATCH_STEP_EXECUTION");
            statement.execute("DELETE FROM BATCH_JOB_EXECUTION_CONTEXT");
            statement.execute("DELETE FROM BATCH_JOB_EXECUTION_PARAMS");
            statement.execute("DELETE FROM BATCH_JOB_EXECUTION");
        }
    }
}
