package org.briefing.reconcile;

import java.util.List;

import org.briefing.domain.Claim;
import org.briefing.domain.Mention;
import org.briefing.domain.Modality;
import org.briefing.domain.PartialDate;
import org.briefing.domain.Qualifier;
import org.briefing.domain.Quantity;
import org.briefing.domain.Statement;

/** Hand-made claims and statements for reconciliation tests. */
final class Claims {

    private Claims() {
    }

    /** A count of personnel: {@code low == high} gives an exact figure. */
    static Claim people(String id, long low, long high, String source, String asOf, String status, String... via) {
        Qualifier qualifier = (low == high) ? Qualifier.EXACT : Qualifier.RANGE;
        return claim(id, "article-" + id, "personnel", new Quantity(low, high, qualifier, "persons", null, null), source,
                asOf, status, Modality.REPORTED, via);
    }

    /** With no source, the one outlet given is the publisher that asserts the figure itself ({@code via} empty). */
    static Claim claim(String id, String article, String metric, Quantity quantity, String source, String asOf,
            String status, Modality modality, String... via) {
        boolean own = source == null && via.length > 0;
        return new Claim(id, article, article + ".txt", metric, null, quantity, "North Korea", status, null, source,
                own ? List.of() : List.of(via), List.of(), own ? via[0] : null, modality, (asOf == null) ? null : PartialDate.parse(asOf), "",
                List.of(new Mention("quote of " + id, 0, 10)), "test");
    }

    /** A claim in the same sentence as another: same article, same mention. */
    static Claim sameSentence(String id, String article, String metric, Quantity quantity, String source, String asOf,
            String status) {
        return new Claim(id, article, article + ".txt", metric, null, quantity, "North Korea", status, null, source,
                List.of(), List.of(), null, Modality.ESTIMATE, PartialDate.parse(asOf), "", List.of(new Mention("one sentence", 100, 200)),
                "test");
    }

    static Statement statement(String id, String article, String kind, String about, String polarity, String source,
            String asOf, String quote) {
        return new Statement(id, article, article + ".txt", kind, about, polarity, source, List.of(), null,
                (asOf == null) ? null : PartialDate.parse(asOf), quote, 0, quote.length(), "test");
    }
}
