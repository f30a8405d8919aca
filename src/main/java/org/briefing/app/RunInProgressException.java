package org.briefing.app;

/** Another run holds the output folder; the message is the one line the user sees. */
public class RunInProgressException extends RuntimeException {

    public RunInProgressException(String message) {
        super(message);
    }
}
