package org.briefing.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.briefing.domain.Claim;
import org.briefing.domain.Statement;

/**
 * The short names a reader follows through the briefing: claims {@code C1, C2…} in register
 * order, statements without figures {@code S1…}, source documents {@code D1…}, findings by their
 * own ids. Each has an anchor in the document; anchors are made here from counters, never from
 * input text, so article text cannot forge a link target.
 */
final class Refs {

    private final Map<String, String> refs = new HashMap<>();

    private final Map<String, String> anchors = new HashMap<>();

    private final Map<String, String> titles = new HashMap<>();

    private final Map<String, String> documents = new LinkedHashMap<>();

    Refs(List<Claim> claims, List<Statement> statements, List<SourceDocument> documents) {
        for (Claim claim : claims) {
            String ref = "C" + (this.refs.size() + 1);
            add(claim.id(), ref, "claim-" + ref, "Claim " + ref + ": " + FigureFormat.figure(claim.quantity()));
        }
        int s = 0;
        for (Statement statement : statements) {
            String ref = "S" + (++s);
            add(statement.id(), ref, "statement-" + ref, "Statement " + ref + ": " + statement.kind());
        }
        for (SourceDocument document : documents) {
            String ref = "D" + (this.documents.size() + 1);
            this.documents.put(document.id(), ref);
            add(document.id(), ref, "doc-" + ref, "Source document " + ref);
        }
    }

    private void add(String id, String ref, String anchor, String title) {
        this.refs.put(id, ref);
        this.anchors.put(id, anchor);
        this.titles.put(id, title);
    }

    void addFinding(String id) {
        add(id, id, "finding-" + safe(id), "Finding " + id);
    }

    /** The short name of a claim, statement, document or finding; the id itself when unknown. */
    String ref(String id) {
        return (id == null) ? "" : this.refs.getOrDefault(id, id);
    }

    /** A link to it: ref, href and the link's alternate text; a plain ref without href when unknown. */
    Map<String, Object> cite(String id) {
        Map<String, Object> cite = new LinkedHashMap<>();
        cite.put("ref", ref(id));
        cite.put("href", (id != null && this.anchors.containsKey(id)) ? "#" + this.anchors.get(id) : null);
        cite.put("title", (id == null) ? "" : this.titles.getOrDefault(id, id));
        return cite;
    }

    List<Map<String, Object>> cites(List<String> ids) {
        List<Map<String, Object>> cites = new ArrayList<>();
        for (String id : ids) {
            cites.add(cite(id));
        }
        return cites;
    }

    String anchor(String id) {
        return Objects.requireNonNull(this.anchors.get(id), () -> "no anchor for " + id);
    }

    /** The document's ref for an article id, or {@code null} when the article is not in the briefing. */
    String document(String articleId) {
        return this.documents.get(articleId);
    }

    /** Finding ids come from reconciliation: keep anchors to letters, digits and hyphens. */
    private static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9-]", "_");
    }
}
