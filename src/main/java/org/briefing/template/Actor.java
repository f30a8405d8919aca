package org.briefing.template;

import java.util.List;
import java.util.Objects;

/** A party the reporting talks about, with the names the text may use for it. */
public record Actor(String name, List<String> aliases) {

    public Actor {
        Objects.requireNonNull(name, "actor name");
        aliases = (aliases == null) ? List.of() : List.copyOf(aliases);
    }

    /** The name and every alias. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(this.name), this.aliases.stream())
            .distinct()
            .toList();
    }
}
