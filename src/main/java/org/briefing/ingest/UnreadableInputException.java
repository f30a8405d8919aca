package org.briefing.ingest;

/** An input that cannot be turned into an article; the message is the quarantine reason. */
class UnreadableInputException extends Exception {

    UnreadableInputException(String reason) {
        super(reason);
    }
}
