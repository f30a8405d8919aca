package org.briefing.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.briefing.domain.Claim;
import org.briefing.domain.Consensus;
import org.briefing.domain.DerivedFigure;
import org.briefing.domain.Finding;
import org.briefing.domain.Flag;
import org.briefing.domain.Question;
import org.briefing.domain.Reconciliation;
import org.briefing.domain.Statement;
import org.briefing.template.MetricSpec;
import org.briefing.template.StatusSpec;
import org.briefing.template.Template;

/**
 * Where claims are merged into findings. Claims are grouped by the question they answer (metric,
 * kind, status group, unit and rate, from the claim's fields and the template) and by the month
 * they speak of; undated claims are placed with the reporting they match. For each question and
 * period: a timeline of its claims, superseded and outlying figures flagged, the consensus of the
 * independent originating sources, the contradictions between them, and the confidence. Then,
 * across the run: denials set against what others affirm, derived figures, key judgments, and what
 * changed since the previous briefing.
 */
public final class Reconciler {

    private final Template template;

    private final Sources sources;

    private final Map<String, StatusSpec> statuses = new LinkedHashMap<>();

    public Reconciler(Template template) {
        this.template = template;
        this.sources = new Sources(template.registry());
        template.statuses().forEach((s) -> this.statuses.put(s.name(), s));
    }

    public Reconciliation reconcile(List<Claim> claims, List<Statement> statements) {
        return reconcile(claims, statements, PreviousBriefing.NONE);
    }

    public Reconciliation reconcile(List<Claim> claims, List<Statement> statements, PreviousBriefing previous) {
        Map<String, Periods.Placed> placed = Periods.place(claims, (c) -> key(c) + "|" + Objects.toString(c.status(), ""));
        Map<String, String> periodOf = new HashMap<>();
        placed.forEach((id, p) -> periodOf.put(id, p.period()));
        statements.forEach((s) -> periodOf.put(s.id(), statementPeriod(s, claims, periodOf)));
        Map<String, List<Claim>> byKey = new LinkedHashMap<>();
        for (Claim claim : claims) {
            byKey.computeIfAbsent(key(claim), (k) -> new ArrayList<>()).add(claim);
        }
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, List<Claim>> question : sortedQuestions(byKey)) {
            findings.addAll(findings(question.getValue(), placed, periodOf));
        }
        findings = numbered(findings);
        List<Flag> conflicts = new ArrayList<>();
        findings.forEach((f) -> f.flags().stream().filter((flag) -> flag.type().equals("contradiction")).forEach(conflicts::add));
        conflicts.addAll(new QualitativeRule(this.sources, this.template.subject().name()).flags(statements, claims, periodOf));
        Finding people = headlineFinding(findings);
        List<DerivedFigure> derived = DerivedFigures.derive(claims, (people == null) ? null : people.consensus(),
                (people == null) ? "" : people.question().label(), (people == null) ? List.of() : people.claimIds());
        Map<String, Claim> byId = new LinkedHashMap<>();
        claims.forEach((c) -> byId.putIfAbsent(c.id(), c));
        KeyJudgments judgments = new KeyJudgments(this.template.subject().name(), this.template.charts().personnelMetrics(), byId);
        return new Reconciliation(findings, conflicts, derived, judgments.judgments(findings, derived, conflicts),
                ChangeDetector.changes(previous, claims, findings, conflicts));
    }

    /** The findings of one question, one per period, oldest first. */
    private List<Finding> findings(List<Claim> claims, Map<String, Periods.Placed> placed, Map<String, String> periodOf) {
        List<Estimate> estimates = claims.stream().map(this.sources::estimate).toList();
        Map<String, Flag> superseded = FlagRules.superseded(estimates);
        Map<String, Flag> outliers = FlagRules.outliers(estimates, periodOf);
        Map<String, List<Estimate>> byPeriod = new LinkedHashMap<>();
        estimates.stream()
            .sorted(Comparator.comparing((Estimate e) -> periodOf.get(e.claim().id()), Periods::compare))
            .forEach((e) -> byPeriod.computeIfAbsent(periodOf.get(e.claim().id()), (p) -> new ArrayList<>()).add(e));
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, List<Estimate>> period : byPeriod.entrySet()) {
            List<Estimate> members = new ArrayList<>(period.getValue());
            members.sort(Comparator.comparing((Estimate e) -> e.claim().asOf(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing((Estimate e) -> e.claim().id()));
            List<Estimate> credible = members.stream()
                .filter((e) -> !superseded.containsKey(e.claim().id()) && !outliers.containsKey(e.claim().id()))
                .filter((e) -> !FlagRules.excludedModality(e.claim().modality()) && counts(e.claim()))
                .filter((e) -> !e.source().reliability().equals("E")) // graded unreliable
                .toList();
            List<Flag> flags = new ArrayList<>();
            members.forEach((e) -> {
                if (superseded.containsKey(e.claim().id())) {
                    flags.add(superseded.get(e.claim().id()));
                }
                if (outliers.containsKey(e.claim().id())) {
                    flags.add(outliers.get(e.claim().id()));
                }
            });
            List<Flag> contradictions = FlagRules.contradictions(credible);
            flags.addAll(contradictions);
            List<String> inferred = members.stream()
                .filter((e) -> placed.get(e.claim().id()).inferred())
                .map((e) -> e.claim().id())
                .toList();
            if (!inferred.isEmpty()) {
                List<String> ids = new ArrayList<>(inferred);
                ids.addAll(placed.get(inferred.get(0)).basis());
                flags.add(new Flag("period-inferred", ids, "undated; placed in " + Texts.period(period.getKey())
                        + " with the dated reports of the same question and status"));
            }
            Consensus consensus = ConsensusRule.consensus(credible);
            if (consensus != null && !contradictions.isEmpty()) {
                // sources that contradict each other have no best estimate between them, only a range
                consensus = new Consensus(consensus.low(), null, consensus.high(), consensus.sources(),
                        consensus.rule() + "; no best estimate, as the sources contradict each other");
            }
            List<String> originators = ConsensusRule.perOriginator(credible).stream().map((e) -> e.source().name()).toList();
            findings.add(new Finding("F", question(members.get(0).claim(), members, period.getKey()),
                    members.stream().map((e) -> e.claim().id()).toList(), consensus, originators,
                    ConfidenceRule.confidence(credible, !contradictions.isEmpty()), flags));
        }
        return findings;
    }

    /**
     * The group a claim is reconciled in before undated claims are placed: question, status and
     * month. {@link EvidenceSample} bounds the claims of each group.
     */
    String group(Claim claim) {
        return key(claim) + "|" + Objects.toString(claim.status(), "") + "|" + Periods.period(claim);
    }

    /** The originating source a claim or statement counts for (see {@link Sources}). */
    String originator(Claim claim) {
        return this.sources.originator(claim);
    }

    String originator(org.briefing.domain.Statement statement) {
        return this.sources.originator(statement);
    }

    /** Whether the claim's status lets it count towards a consensus (a hypothesis does not). */
    private boolean counts(Claim claim) {
        StatusSpec status = (claim.status() == null) ? null : this.statuses.get(claim.status());
        return status == null || status.consensus();
    }

    /** The question key: metric, kind, status group, unit and rate. */
    private String key(Claim claim) {
        StatusSpec status = (claim.status() == null) ? null : this.statuses.get(claim.status());
        String group = (status == null) ? Objects.toString(claim.status(), "") : status.group();
        return String.join("|", claim.metric(), Objects.toString(claim.kind(), ""), group, claim.quantity().unit(),
                Objects.toString(claim.quantity().per(), ""));
    }

    private Question question(Claim first, List<Estimate> members, String period) {
        String key = key(first);
        String metricLabel = this.template.metric(first.metric()).map(MetricSpec::label).orElse(first.metric());
        List<String> statusLabels = new ArrayList<>();
        for (StatusSpec status : this.template.statuses()) {
            if (members.stream().anyMatch((e) -> status.name().equals(e.claim().status()))) {
                statusLabels.add(status.label().toLowerCase(java.util.Locale.ROOT));
            }
        }
        String unit = first.quantity().unit();
        StringBuilder label = new StringBuilder(metricLabel);
        if (first.kind() != null) {
            label.append(", ").append(first.kind());
        }
        if (!statusLabels.isEmpty()) {
            label.append(" (").append(String.join(", ", statusLabels)).append(")");
        }
        if (!unit.equals("persons") && !first.quantity().isMoney()) {
            label.append(", in ").append(unit);
        }
        if (first.quantity().isMoney()) {
            label.append(", ").append(unit).append(Texts.per(first.quantity().per()));
        }
        label.append(", ").append(Texts.period(period));
        String[] parts = key.split("\\|", -1);
        return new Question(key + "|" + period, first.metric(), first.kind(), parts[2].isEmpty() ? null : parts[2], unit,
                first.quantity().per(), period, label.toString());
    }

    private List<Map.Entry<String, List<Claim>>> sortedQuestions(Map<String, List<Claim>> byKey) {
        List<Map.Entry<String, List<Claim>>> questions = new ArrayList<>(byKey.entrySet());
        questions.sort(Comparator.comparingInt((Map.Entry<String, List<Claim>> e) -> metricOrder(e.getValue().get(0).metric()))
            .thenComparing(Map.Entry::getKey));
        return questions;
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

    private static List<Finding> numbered(List<Finding> findings) {
        List<Finding> numbered = new ArrayList<>();
        for (Finding f : findings) {
            numbered.add(new Finding("F" + (numbered.size() + 1), f.question(), f.claimIds(), f.consensus(), f.originators(),
                    f.confidence(), f.flags()));
        }
        return numbered;
    }

    /** The latest finding with a consensus among the headline metrics. */
    private Finding headlineFinding(List<Finding> findings) {
        return findings.stream()
            .filter((f) -> this.template.charts().personnelMetrics().contains(f.question().metric()) && f.consensus() != null
                    && f.consensus().best() != null)
            .max(Comparator.comparingInt((Finding f) -> f.consensus().sources()).thenComparing((f) -> f.question().period()))
            .orElse(null);
    }

    /** A statement's month, or the month its article's undated claims were placed in. */
    private static String statementPeriod(Statement statement, List<Claim> claims, Map<String, String> periodOf) {
        if (statement.asOf() != null) {
            return statement.asOf().toMonth().toString();
        }
        Set<String> periods = new HashSet<>();
        for (Claim claim : claims) {
            if (claim.articleId().equals(statement.articleId()) && !Periods.UNDATED.equals(periodOf.get(claim.id()))) {
                periods.add(periodOf.get(claim.id()));
            }
        }
        return (periods.size() == 1) ? periods.iterator().next() : Periods.UNDATED;
    }
}
