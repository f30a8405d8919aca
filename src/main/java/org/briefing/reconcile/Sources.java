package org.briefing.reconcile;

import java.util.Set;

import org.briefing.domain.Claim;
import org.briefing.domain.Source;
import org.briefing.template.SourceRegistry;

/**
 * Originating sources and their grades, from the template's registry. Two outlets relaying one
 * agency are one source; a person counts with their organisation; a figure nobody is quoted for
 * belongs to the outlet that asserts it.
 */
final class Sources {

    /** Reliability grades whose single claims are not trusted without corroboration. */
    private static final Set<String> WEAK = Set.of("D", "E", "F");

    private final SourceRegistry registry;

    Sources(SourceRegistry registry) {
        this.registry = registry;
    }

    String originator(Claim claim) {
        return originator(claim.source(), claim.outlet(), claim.document());
    }

    String originator(org.briefing.domain.Statement statement) {
        return originator(statement.source(), statement.outlet(), statement.document());
    }

    /**
     * The named source's originator; for what an outlet asserts itself (no source), the outlet, so
     * that one outlet's own figures in several articles count once; else the article's unnamed outlet.
     */
    private String originator(String source, String outlet, String document) {
        if (source != null) {
            return originator(source);
        }
        return (outlet == null) ? "the outlet of " + document : this.registry.originator(outlet);
    }

    String originator(String name) {
        return (name == null) ? null : this.registry.originator(name.replaceAll("\\s*\\([^)]*\\)\\s*$", ""));
    }

    Source source(String originator) {
        return this.registry.resolve(originator);
    }

    Estimate estimate(Claim claim) {
        String originator = originator(claim);
        return Estimate.of(claim, originator, source(originator));
    }

    static boolean isWeak(Source source) {
        return WEAK.contains(source.reliability());
    }

    /** The name to print for a source: the registry's, or as the text gives it. */
    String label(String originator) {
        return source(originator).name();
    }
}
