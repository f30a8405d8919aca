package org.briefing.app;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;

import static org.assertj.core.api.Assertions.assertThat;

class StartupFailureTests {

    @Test
    void badArgumentsAnywhereInTheChainExitWithTwoAndTheirMessage() {
        Throwable failure = new BeanCreationException("progressListener",
                new BadArgumentsException("briefing.progress must be auto, bar, log or none: fancy"));

        assertThat(StartupFailure.of(failure))
            .contains(new StartupFailure(2, "briefing.progress must be auto, bar, log or none: fancy"));
    }

    @Test
    void aRunInProgressExitsWithThree() {
        assertThat(StartupFailure.of(new RunInProgressException("busy")).map(StartupFailure::exitCode)).contains(3);
    }

    @Test
    void h2sDatabaseInUseExitsWithThree() {
        Throwable failure = new IllegalStateException("flyway", new org.h2.jdbc.JdbcSQLNonTransientConnectionException(
                "Database may be already in use", null, "90020", 90020, null, null));

        assertThat(StartupFailure.of(failure)).contains(new StartupFailure(3,
                "the database is in use by another briefing process; try again when it has finished"));
    }

    @Test
    void otherFailuresAreNotClassified() {
        assertThat(StartupFailure.of(new IllegalStateException("boom", new SQLException("disk full")))).isEmpty();
    }
}
