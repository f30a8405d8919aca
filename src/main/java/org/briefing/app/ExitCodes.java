package org.briefing.app;

/**
 * The process's exit codes, for scripts and schedulers. Documented in the README and
 * {@code docs/operations.md}; change them only with both.
 */
public final class ExitCodes {

    /** The briefing is written, or there was nothing to do. */
    public static final int DONE = 0;

    /** The job failed; the same command restarts it where it stopped. */
    public static final int FAILED = 1;

    /** Bad arguments or configuration; nothing was started. */
    public static final int BAD_ARGUMENTS = 2;

    /** Another run holds the output folder or the database; nothing was started. */
    public static final int BUSY = 3;

    private ExitCodes() {
    }
}
