package org.briefing.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Remote partitioning for real: a manager JVM and two worker JVMs share a PostgreSQL job
 * repository and a RabbitMQ broker on loopback; the manager's extract step is done by the
 * workers, and the briefing is byte-identical to one made in a single process. Needs
 * {@code -Dbriefing.test.postgres-url=…} and {@code -Dbriefing.test.rabbitmq-port=…} (as
 * {@code .ci/run} gives them); skipped without.
 */
class RemotePartitioningIntegrationTests {

    static final String RABBITMQ_PORT = "briefing.test.rabbitmq-port";

    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @Test
    void twoWorkerProcessesExtractWhatTheManagerPartitions(@TempDir Path work) throws Exception {
        String port = System.getProperty(RABBITMQ_PORT, "");
        assumeTrue(!port.isBlank(), "no RabbitMQ: give -D" + RABBITMQ_PORT + "=PORT");
        assumeTrue(TestDatabase.kinds().anyMatch("PostgreSQL"::equals), "no PostgreSQL: give -D" + TestDatabase.POSTGRES_URL);
        Path corpus = Corpus.ofSeeds(work.resolve("corpus"), 6);
        Map<String, String> reference = referenceRun(work, corpus);
        TestDatabase database = TestDatabase.postgres().orElseThrow();
        List<String> broker = List.of("--spring.rabbitmq.host=127.0.0.1", "--spring.rabbitmq.port=" + port);
        List<ChildRun> workers = new ArrayList<>();
        try {
            for (int i = 1; i <= 2; i++) {
                List<String> args = new ArrayList<>(broker);
                args.addAll(List.of("--briefing.partitioning=worker", "--briefing.threads=1"));
                workers.add(ChildRun.start(database, work.resolve("worker-" + i + ".log"), args));
            }
            for (ChildRun worker : workers) {
                worker.awaitOrFail("worker start", PATIENCE, () -> worker.output().contains(BriefingMain.WORKER_READY));
            }
            List<String> args = new ArrayList<>(arguments(corpus, work.resolve("out")));
            args.addAll(broker);
            args.addAll(List.of("--briefing.partitioning=manager", "--briefing.threads=6"));
            ChildRun manager = ChildRun.start(database, work.resolve("manager.log"), args);

            int exit = manager.awaitExit(PATIENCE);

            assertThat(exit).as(manager.output()).isZero();
            assertThat(RunFiles.hashes(RunFiles.onlyRun(work.resolve("out")))).isEqualTo(reference);
            for (ChildRun worker : workers) {
                assertThat(worker.output()).as("each worker ran partitions").contains("worker: running extractPartitionStep");
            }
            assertThat(manager.output()).doesNotContain("worker: running");
        }
        finally {
            for (ChildRun worker : workers) {
                worker.kill();
            }
        }
    }

    /** The files of the same run made in one process, on H2. */
    private static Map<String, String> referenceRun(Path work, Path corpus) throws Exception {
        TestDatabase h2 = TestDatabase.h2(work.resolve("reference-db"));
        int exit = BriefingRun.run(h2, arguments(corpus, work.resolve("reference")).toArray(new String[0]));
        assertThat(exit).isZero();
        return RunFiles.hashes(RunFiles.onlyRun(work.resolve("reference")));
    }

    private static List<String> arguments(Path corpus, Path out) {
        return List.of("--briefing.seeds=" + corpus, "--briefing.out=" + out, "--briefing.template=dprk-russia",
                "--briefing.as-of=2024-11-01", "--briefing.chunk-size=2");
    }
}
