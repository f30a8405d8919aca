package org.briefing.extract;

import java.util.List;

/**
 * Who a claim comes from and through whom, resolved against the source registry.
 *
 * @param source the originator as the briefing names it (the registry name when known), or
 * {@code null} when the outlet asserts the figure itself
 * @param via the relays, nearest the source first, ending with the publisher when known
 * @param person whether the source is a person (for "he said" later in the article)
 * @param rule how the attribution was found
 */
record Attribution(String source, List<String> via, boolean person, String rule) {

    static final Attribution NONE = new Attribution(null, List.of(), false, "none");

    Attribution {
        via = List.copyOf(via);
    }

    boolean isNamed() {
        return this.source != null;
    }

    Attribution withVia(List<String> chain, String ruleSuffix) {
        return new Attribution(this.source, chain, this.person, this.rule + ruleSuffix);
    }
}
