package org.briefing.app;

import java.nio.file.Path;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * {@link BriefingJobIntegrationTests} on PostgreSQL, in a fresh schema; runs when
 * {@code -Dbriefing.test.postgres-url=...} points to a database (as {@code .ci/run} does).
 */
@EnabledIfSystemProperty(named = TestDatabase.POSTGRES_URL, matches = ".+")
class BriefingJobOnPostgresIntegrationTests extends BriefingJobIntegrationTests {

    @Override
    TestDatabase database(Path work) {
        return TestDatabase.postgres().orElseThrow();
    }
}
