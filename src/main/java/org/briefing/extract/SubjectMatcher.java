package org.briefing.extract;

import java.util.ArrayList;
import java.util.List;

import org.briefing.template.Actor;
import org.briefing.template.Template;
import org.briefing.text.Names;
import org.briefing.text.Span;

/**
 * Decides whether a figure is about the template's subject. The subject must be named in the
 * counted phrase, before the figure in its segment or clause, in the sentence, or in one of the
 * two sentences before it; another actor named in the counted phrase ("50,000 Russian troops") or
 * as the agent before the figure ("Ukraine lost 500 soldiers") rules the figure out. Thread-safe.
 */
final class SubjectMatcher {

    private final Names subject;

    private final Names others;

    SubjectMatcher(Template template) {
        this.subject = Names.of(template.subject().names());
        List<String> otherNames = new ArrayList<>();
        for (Actor actor : template.actors()) {
            otherNames.addAll(actor.names());
        }
        this.others = Names.of(otherNames);
    }

    boolean namesSubject(String text) {
        return this.subject.in(text);
    }

    /**
     * @param nounEnd where the counted phrase ends
     * @param context the sentences just before this one
     */
    boolean isAbout(String sentence, Figure figure, int nounEnd, String context) {
        String phrase = sentence.substring(figure.start(), Math.max(figure.end(), nounEnd));
        if (this.subject.in(phrase)) {
            return true;
        }
        if (this.others.in(phrase)) {
            return false;
        }
        for (Span scope : List.of(Clauses.segmentAt(sentence, figure.start()), Clauses.clauseAt(sentence, figure.start()))) {
            String before = sentence.substring(scope.start(), figure.start());
            if (this.subject.in(before)) {
                return true;
            }
            if (this.others.in(before)) {
                return false;
            }
        }
        return this.subject.in(sentence) || this.subject.in(context);
    }
}
