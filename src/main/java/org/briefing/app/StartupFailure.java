package org.briefing.app;

import java.sql.SQLException;
import java.util.Optional;

import org.springframework.boot.context.properties.bind.BindException;

/**
 * A failure before the job could start that the user can act on, told in one line with its exit
 * code: bad arguments or configuration (2), or an output folder or database in use by another
 * process (3). Anything else is not classified and keeps its stack trace.
 */
record StartupFailure(int exitCode, String message) {

    /** H2's "database may be already in use": another process has the database file open. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    static Optional<StartupFailure> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Optional<StartupFailure> known = known(cause);
            if (known.isPresent()) {
                return known;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    private static Optional<StartupFailure> known(Throwable cause) {
        if (cause instanceof BadArgumentsException) {
            return Optional.of(new StartupFailure(ExitCodes.BAD_ARGUMENTS, cause.getMessage()));
        }
        if (cause instanceof RunInProgressException) {
            return Optional.of(new StartupFailure(ExitCodes.BUSY, cause.getMessage()));
        }
        if (cause instanceof BindException bind) {
            Throwable reason = (bind.getCause() != null) ? rootCause(bind.getCause()) : bind;
            return Optional.of(new StartupFailure(ExitCodes.BAD_ARGUMENTS, "bad setting " + bind.getName() + ": "
                    + reason.getMessage()));
        }
        if (cause instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN
                && sql.getClass().getName().startsWith("org.h2.")) {
            return Optional.of(new StartupFailure(ExitCodes.BUSY,
                    "the database is in use by another briefing process; try again when it has finished"));
        }
        return Optional.empty();
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
