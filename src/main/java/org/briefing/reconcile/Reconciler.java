package org.briefing.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.briefing.domain.Claim;
import org.briefing.domain.Finding;
import org.briefing.domain.PartialDate;
import org.briefing.domain.Question;
import org.briefing.domain.Reconciliation;
import org.briefing.domain.Statement;
import org.briefing.template.MetricSpec;
import org.briefing.template.Template;

/**
 * Groups claims by the question they answer (metric, kind, unit and rate) and orders each group on
 * a timeline by the time its claims speak of; undated claims come last.
 */
public final class Reconciler {

    private final Template template;

    public Reconciler(Template template) {
        this.template = template;
    }

    /** Everything the claims and statements of a run lead to. */
    public Reconciliation reconcile(List<Claim> claims, List<Statement> statements) {
        return Reconciliation.of(reconcile(claims));
    }

    public List<Finding> reconcile(List<Claim> claims) {
        Map<String, List<Claim>> groups = new LinkedHashMap<>();
        Map<String, Question> questions = new LinkedHashMap<>();
        for (Claim claim : claims) {
            Question question = question(claim);
            groups.computeIfAbsent(question.id(), (id) -> new ArrayList<>()).add(claim);
            questions.putIfAbsent(question.id(), question);
        }
        List<Finding> findings = new ArrayList<>();
        List<String> ids = new ArrayList<>(groups.keySet());
        ids.sort(Comparator.comparingInt((String id) -> metricOrder(questions.get(id).metric())).thenComparing((id) -> id));
        for (String id : ids) {
            List<Claim> timeline = new ArrayList<>(groups.get(id));
            timeline.sort(Comparator.comparing(Claim::asOf, Comparator.nullsLast(Comparator.<PartialDate>naturalOrder()))
                .thenComparing(Claim::id));
            findings.add(new Finding("F" + (findings.size() + 1), questions.get(id),
                    timeline.stream().map(Claim::id).toList()));
        }
        return findings;
    }

    private Question question(Claim claim) {
        String unit = claim.quantity().unit();
        String per = claim.quantity().per();
        String id = String.join("|", claim.metric(), Objects.toString(claim.kind(), ""), unit, Objects.toString(per, ""));
        String label = this.template.metric(claim.metric()).map(MetricSpec::label).orElse(claim.metric())
                + ((claim.kind() != null) ? " (" + claim.kind() + ")" : "") + ", " + unit + ((per != null) ? " per " + per : "");
        return new Question(id, claim.metric(), claim.kind(), null, unit, per, null, label);
    }

    private int metricOrder(String metric) {
        List<MetricSpec> metrics = this.template.metrics();
        for (int i = 0; i < metrics.size(); i++) {
            if (metrics.get(i).name().equals(metric)) {
                return i;
            }
        }
        return metrics.size();
    }
}
