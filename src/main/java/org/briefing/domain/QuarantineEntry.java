package org.briefing.domain;

import java.util.Objects;

/** An input file that was set aside, and why. */
public record QuarantineEntry(String fileName, String reason) {

    public QuarantineEntry {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(reason, "reason");
    }
}
