package org.briefing.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.briefing.domain.Change;
import org.briefing.domain.Claim;
import org.briefing.domain.Confidence;
import org.briefing.domain.Consensus;
import org.briefing.domain.DerivedFigure;
import org.briefing.domain.Finding;
import org.briefing.domain.Flag;
import org.briefing.domain.Judgment;
import org.briefing.domain.Question;

/**
 * The rows of everything reconciliation concluded: key judgments, changes, findings with their
 * consensus, confidence, originators, timeline and flags, derived figures, contradictions and
 * outliers. Every field of the records is shown when present; an empty field leaves its line out
 * rather than printing "null", so a reconciliation that only groups claims still reads well.
 */
final class FindingRows {

    /** Flags that belong with the contradictions and outliers, besides the finding they concern. */
    static final Set<String> CONFLICTS = Set.of("contradiction", "outlier", "superseded", "denial");

    private final Refs refs;

    private final Map<String, Claim> claims = new LinkedHashMap<>();

    FindingRows(Refs refs, List<Claim> claims) {
        this.refs = refs;
        claims.forEach((c) -> this.claims.putIfAbsent(c.id(), c));
    }

    Map<String, Object> judgment(Judgment judgment) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("text", judgment.text());
        List<String> ids = new ArrayList<>(judgment.findingIds());
        ids.addAll(judgment.claimIds());
        row.put("cites", this.refs.cites(ids));
        return row;
    }

    Map<String, Object> change(Change change) {
        return Map.of("kind", change.kind().replace('-', ' '), "text", change.text(), "cites",
                this.refs.cites(change.ids()));
    }

    Map<String, Object> finding(Finding finding) {
        Question question = finding.question();
        List<Claim> members = finding.claimIds().stream().map(this.claims::get).filter(Objects::nonNull).toList();
        String currency = members.stream().map((c) -> c.quantity().currency()).filter(Objects::nonNull).findFirst()
            .orElse(null);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", finding.id());
        row.put("anchor", this.refs.anchor(finding.id()));
        row.put("label", question.label());
        row.put("scope", scope(question));
        row.put("consensus", consensus(finding.consensus(), question, currency));
        row.put("consensusRule", (finding.consensus() == null) ? "" : Objects.toString(finding.consensus().rule(), ""));
        row.put("confidence", confidence(finding.confidence()));
        row.put("originators", String.join("; ", finding.originators()));
        List<Claim> figures = RegisterSelection.first(members, RegisterSelection.PER_FINDING);
        List<Flag> flags = RegisterSelection.first(finding.flags(), RegisterSelection.PER_FINDING);
        row.put("figures", figures.stream().map(this::figure).toList());
        row.put("flags", flags.stream().map(this::flag).toList());
        row.put("omitted", finding.claimIds().size() - figures.size() + finding.flags().size() - flags.size());
        return row;
    }

    Map<String, Object> derived(DerivedFigure derived) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", derived.id());
        row.put("label", Objects.toString(derived.label(), derived.id()));
        String unit = derived.unit();
        String currency = (unit != null && unit.matches("[A-Z]{3}")) ? unit : null;
        row.put("figure", FigureFormat.bounds(derived.low(), derived.high(), unit, derived.per(), currency));
        row.put("arithmetic", derived.arithmetic());
        row.put("cites", this.refs.cites(derived.claimIds()));
        return row;
    }

    Map<String, Object> flag(Flag flag) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("type", flag.type().replace('-', ' '));
        row.put("reason", flag.reason());
        row.put("cites", this.refs.cites(flag.claimIds()));
        return row;
    }

    /** Conflict flags raised inside findings, each with a link to its finding. */
    List<Map<String, Object>> conflicts(List<Finding> findings) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Finding finding : findings) {
            for (Flag flag : finding.flags()) {
                if (CONFLICTS.contains(flag.type())) {
                    Map<String, Object> row = flag(flag);
                    row.put("finding", this.refs.cite(finding.id()));
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private Map<String, Object> figure(Claim claim) {
        Map<String, Object> row = new LinkedHashMap<>(this.refs.cite(claim.id()));
        row.put("figure", FigureFormat.figure(claim.quantity()));
        row.put("asOf", (claim.asOf() == null) ? "undated" : claim.asOf().toString());
        row.put("source", (claim.source() == null) ? "the outlet" : claim.source());
        row.put("status", Objects.toString(claim.status(), ""));
        return row;
    }

    private static String scope(Question question) {
        List<String> parts = new ArrayList<>();
        if (question.status() != null) {
            parts.add(question.status());
        }
        if (question.period() != null) {
            parts.add(question.period());
        }
        return String.join(", ", parts);
    }

    private static Map<String, Object> consensus(Consensus consensus, Question question, String currency) {
        if (consensus == null) {
            return null;
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("range", FigureFormat.bounds(consensus.low(), consensus.high(), question.unit(), question.per(), currency));
        row.put("best", (consensus.best() == null) ? ""
                : FigureFormat.bounds(consensus.best(), consensus.best(), question.unit(), question.per(), currency));
        row.put("sources", consensus.sources() + ((consensus.sources() == 1) ? " independent source"
                : " independent sources"));
        return row;
    }

    private static Map<String, Object> confidence(Confidence confidence) {
        if (confidence == null) {
            return null;
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("level", Objects.toString(confidence.level(), ""));
        row.put("grade", Objects.toString(confidence.grade(), ""));
        row.put("basis", Objects.toString(confidence.basis(), ""));
        return row;
    }
}
