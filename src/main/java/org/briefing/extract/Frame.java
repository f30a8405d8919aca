package org.briefing.extract;

/**
 * An attribution frame found in one sentence: who the sentence says a statement comes from, and
 * through whom.
 *
 * @param speaker the phrase naming the speaker, as written (cleaned of quotes and adverbs)
 * @param relay the phrase naming an outlet that carried it ("told The War Zone", "according to
 * Yonhap" beside another speaker, "citing"), or {@code null}
 * @param scopeStart where the statement the frame governs starts (sentence offsets)
 * @param scopeEnd where it ends
 * @param verb the reporting verb, lower case ("said", "estimated", "according to")
 */
record Frame(Type type, String speaker, String relay, int scopeStart, int scopeEnd, String verb) {

    enum Type {

        /** "X said that …": the statement follows the verb. */
        PREPOSED,

        /** "…, X said.": the statement comes before. */
        POSTPOSED,

        /** "according to X". */
        ACCORDING_TO,

        /** "as reported by X". */
        REPORTED_BY,

        /** "X, citing Y, reported …": Y speaks, X relays. */
        CITING,

        /** "X reports this, referring to Y": the article's story comes from Y through X. */
        REFERRING

    }

    boolean governs(int offset) {
        return offset >= this.scopeStart && offset < this.scopeEnd;
    }
}
