package org.briefing.app;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The input digests of the run this process is running, kept from its planning for its manifest.
 * Every process that runs a briefing plans it first (the plan names the run), so the render step
 * finds them here; it hashes the inputs itself only when they are not the run's.
 */
final class PlannedInputs {

    private volatile InputDigests current;

    void hold(InputDigests inputs) {
        this.current = inputs;
    }

    void release() {
        this.current = null;
    }

    /** The manifest's input entries, if the inputs held are those of the run with this digest. */
    Optional<List<Map<String, Object>>> describe(String digest) {
        InputDigests inputs = this.current;
        return (inputs != null && inputs.digest().equals(digest)) ? Optional.of(inputs.describe()) : Optional.empty();
    }
}
