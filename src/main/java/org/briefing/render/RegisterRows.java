package org.briefing.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefing.domain.Claim;
import org.briefing.domain.Source;
import org.briefing.domain.Statement;
import org.briefing.template.MetricSpec;
import org.briefing.template.SourceRegistry;
import org.briefing.template.Template;

/**
 * The rows of the claim register, the statements without figures and the sources appendix. Each
 * claim says who made it, through whom it reached us, how sure the source was, and links to the
 * document it was read in; each document links back to its claims.
 */
final class RegisterRows {

    private final Template template;

    private final SourceRegistry registry;

    private final Refs refs;

    RegisterRows(Template template, Refs refs) {
        this.template = template;
        this.registry = template.registry();
        this.refs = refs;
    }

    Map<String, Object> claim(Claim claim) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("ref", this.refs.ref(claim.id()));
        row.put("anchor", this.refs.anchor(claim.id()));
        row.put("figure", FigureFormat.figure(claim.quantity()));
        row.put("metric", metric(claim));
        row.put("qualifier", claim.quantity().qualifier().toString().replace('_', ' '));
        // the whole chain in the register: the people who passed it on, then the outlets
        putSource(row, claim.source(), java.util.stream.Stream.concat(claim.relayedBy().stream(), claim.via().stream()).toList(),
                claim.outlet());
        row.put("modality", claim.modality().toString().replace('_', ' '));
        row.put("asOf", (claim.asOf() == null) ? "undated" : claim.asOf().toString());
        row.put("asOfBasis", claim.asOfBasis());
        row.put("quote", "“" + claim.quote() + "”");
        row.put("document", this.refs.cite(claim.articleId()));
        row.put("location", claim.document() + ", characters " + claim.start() + "–" + claim.end()
                + ((claim.mentions().size() > 1) ? ", " + claim.mentions().size() + " mentions" : ""));
        return row;
    }

    Map<String, Object> statement(Statement statement) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("ref", this.refs.ref(statement.id()));
        row.put("anchor", this.refs.anchor(statement.id()));
        row.put("kind", statement.kind() + ((statement.polarity() == null) ? "" : ", " + statement.polarity())
                + ((statement.about() == null) ? "" : ", about " + statement.about()));
        putSource(row, statement.source(), statement.via(), statement.outlet());
        row.put("asOf", (statement.asOf() == null) ? "undated" : statement.asOf().toString());
        row.put("quote", "“" + statement.quote() + "”");
        row.put("document", this.refs.cite(statement.articleId()));
        row.put("location", statement.document() + ", characters " + statement.start() + "–" + statement.end());
        return row;
    }

    Map<String, Object> document(SourceDocument document, List<Claim> claims) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("ref", this.refs.ref(document.id()));
        row.put("anchor", this.refs.anchor(document.id()));
        row.put("title", document.title().isBlank() ? document.fileName() : document.title());
        row.put("fileName", document.fileName());
        row.put("url", (document.url() == null) ? "" : document.url());
        row.put("publisher", (document.publisher() == null) ? "unknown" : document.publisher());
        row.put("publisherBasis", document.publisherBasis());
        row.put("published", (document.published() == null) ? "undated" : document.published().toString());
        row.put("publishedBasis", document.publishedBasis());
        row.put("sha256", document.id());
        List<String> ids = new ArrayList<>();
        for (Claim claim : claims) {
            if (claim.articleId().equals(document.id())) {
                ids.add(claim.id());
            }
        }
        row.put("claims", this.refs.cites(ids));
        return row;
    }

    /** Source, its grade and kind, and the relay chain from the source outwards. */
    /** The source cell: the named source, or the outlet that asserts the figure itself, graded. */
    private void putSource(Map<String, Object> row, String name, List<String> via, String outlet) {
        String graded = (name != null) ? name : outlet;
        Source source = (graded == null) ? null : this.registry.resolve(this.registry.originator(graded));
        Source speaker = (graded == null) ? null : this.registry.resolve(graded);
        row.put("source", (name != null) ? name : (outlet != null) ? outlet + ", its own reporting"
                : "the publishing outlet itself");
        row.put("reliability", (speaker == null) ? "" : speaker.reliability());
        row.put("reliabilityTitle", (speaker == null) ? "" : "Source reliability " + speaker.reliability()
                + " on the Admiralty scale");
        row.put("sourceKind", (source == null) ? "" : source.kind().replace('-', ' ')
                + ((source.name().equals(graded)) ? "" : ", for " + source.name()));
        row.put("via", via.isEmpty() ? "" : "relayed by " + String.join(" → ", via));
    }

    private String metric(Claim claim) {
        String label = this.template.metric(claim.metric()).map(MetricSpec::label).orElse(claim.metric());
        StringBuilder text = new StringBuilder(label);
        if (claim.kind() != null) {
            text.append(" (").append(claim.kind()).append(')');
        }
        if (claim.status() != null) {
            text.append(", ").append(claim.status());
        }
        if (claim.place() != null) {
            text.append(", in ").append(claim.place());
        }
        return text.toString();
    }
}
