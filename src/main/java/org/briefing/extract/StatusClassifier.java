package org.briefing.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.briefing.template.StatusSpec;
import org.briefing.template.Template;
import org.briefing.text.Cues;
import org.briefing.text.Span;

/**
 * The status of a counted group (planned, training, deployed…), from the template's statuses: the
 * first whose cue is in the figure's comma segment, or in the next segment when it continues the
 * phrase ("2,600 soldiers, sent to Kursk"). Thread-safe.
 */
final class StatusClassifier {

    private static final java.util.regex.Pattern CONJUNCTION = java.util.regex.Pattern.compile(
            "(?:and|but|or|while|whereas|although|though|as|because|if|when|which|who|that|so|yet|according)\\b");

    private final List<Map.Entry<String, Cues>> statuses = new ArrayList<>();

    StatusClassifier(Template template) {
        for (StatusSpec status : template.statuses()) {
            this.statuses.add(Map.entry(status.name(), Cues.of(status.cues())));
        }
    }

    String classify(String sentence, Figure figure) {
        for (String scope : scopes(sentence, figure)) {
            for (Map.Entry<String, Cues> status : this.statuses) {
                if (status.getValue().in(scope)) {
                    return status.getKey();
                }
            }
        }
        return null;
    }

    /** The figure's own segment first, then the next one when it continues the phrase. */
    private static List<String> scopes(String sentence, Figure figure) {
        List<Span> segments = Clauses.segments(sentence);
        for (int i = 0; i < segments.size(); i++) {
            Span segment = segments.get(i);
            if (segment.end() >= figure.end() && segment.start() <= figure.start()) {
                if (i + 1 < segments.size()) {
                    String next = segments.get(i + 1).text().trim();
                    if (!next.isEmpty() && Character.isLowerCase(next.charAt(0)) && !CONJUNCTION.matcher(next).lookingAt()) {
                        return List.of(segment.text(), next);
                    }
                }
                return List.of(segment.text());
            }
        }
        return List.of(Clauses.segmentAt(sentence, figure.start()).text());
    }
}
