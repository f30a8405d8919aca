package org.briefing.domain;

import java.util.List;
import java.util.Objects;

/**
 * An originator or relay of claims, from the template's source registry.
 *
 * @param kind what it is: intelligence, government, military, official, media, state-media,
 * think-tank, person, anonymous, unknown
 * @param reliability the Admiralty source-reliability grade, A (reliable) to F (cannot be judged)
 * @param organisation for a person, the registry name of the organisation they speak for, else
 * {@code null}
 */
public record Source(String name, List<String> aliases, String kind, String country, String reliability,
        String organisation) {

    public Source {
        Objects.requireNonNull(name, "name");
        aliases = (aliases == null) ? List.of() : List.copyOf(aliases);
        kind = (kind == null) ? "unknown" : kind;
        country = (country == null) ? "" : country;
        reliability = (reliability == null) ? "F" : reliability;
        if (!reliability.matches("[A-F]")) {
            throw new IllegalArgumentException("reliability of " + name + " must be A to F, not " + reliability);
        }
    }

    /** A source the registry does not know: kept by name, reliability F (cannot be judged). */
    public static Source unknown(String name) {
        return new Source(name, List.of(), "unknown", "", "F", null);
    }
}
