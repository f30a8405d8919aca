package org.briefing.extract;

import java.util.ArrayList;
import java.util.List;

import org.briefing.template.Actor;
import org.briefing.template.Template;
import org.briefing.text.Names;
import org.briefing.text.Span;

/**
 * Decides whether a figure is about the template's subject. In order: the counted phrase names the
 * subject (yes) or another actor ("50,000 Russian troops": no); the figure's segment names another
 * actor before the figure and never the subject ("Ukraine lost 500 soldiers": no); the sentence
 * names the subject anywhere, as a supplier or recipient too ("Russia ordered 2,400 drones from
 * Iran": yes); else the paragraph before the sentence, or the block before the paragraph, must name
 * it. The speaker's own words ("Ukraine's military intelligence said") are not read as an agent.
 * Thread-safe.
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
     * @param agentFrom where the text that can name an agent starts (after a reporting verb)
     * @param context the text before this sentence in its paragraph, and the block before
     */
    boolean isAbout(String sentence, Figure figure, int nounEnd, int agentFrom, String context) {
        String phrase = sentence.substring(figure.start(), Math.max(figure.end(), nounEnd));
        if (this.subject.in(phrase)) {
            return true;
        }
        if (this.others.in(phrase)) {
            return false;
        }
        for (Span scope : List.of(Clauses.segmentAt(sentence, figure.start()), Clauses.clauseAt(sentence, figure.start()))) {
            String before = sentence.substring(Math.max(scope.start(), Math.min(agentFrom, figure.start())), figure.start());
            if (!figure.isMoney() && this.others.in(before) && !this.subject.in(scope.text())) {
                return false; // "Russian forces lost 1,260 personnel, 14 tanks and 38 artillery systems"
            }
        }
        return this.subject.in(sentence) || this.subject.in(context);
    }
}
