package org.briefing.app;

/** Arguments or configuration that cannot work; the message is the one line the user sees. */
public class BadArgumentsException extends RuntimeException {

    public BadArgumentsException(String message) {
        super(message);
    }
}
