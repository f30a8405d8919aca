package org.briefing.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefing.template.Actor;
import org.briefing.template.Template;
import org.briefing.text.Names;

/** Which of the template's actors (the subject first) a text names, by their canonical names. */
final class ActorNames {

    private final Map<String, Names> actors = new LinkedHashMap<>();

    ActorNames(Template template) {
        this.actors.put(template.subject().name(), Names.of(template.subject().names()));
        for (Actor actor : template.actors()) {
            this.actors.put(actor.name(), Names.of(actor.names()));
        }
    }

    /** The actors named in the text, in the template's order. */
    List<String> named(String text) {
        List<String> named = new ArrayList<>();
        this.actors.forEach((name, names) -> {
            if (names.in(text)) {
                named.add(name);
            }
        });
        return named;
    }
}
