package org.briefing.reconcile;

import java.util.List;

import org.briefing.TestTemplates;
import org.briefing.domain.Claim;
import org.briefing.domain.Finding;
import org.briefing.domain.Mention;
import org.briefing.domain.Modality;
import org.briefing.domain.PartialDate;
import org.briefing.domain.Qualifier;
import org.briefing.domain.Quantity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReconcilerTests {

    static Claim claim(String id, String metric, long low, long high, String asOf) {
        return new Claim(id, "article", "doc.txt", metric, null, new Quantity(low, high,
                (low == high) ? Qualifier.EXACT : Qualifier.RANGE, "persons", null, null), "North Korea", null, null,
                "NIS", List.of(), Modality.REPORTED, (asOf == null) ? null : PartialDate.parse(asOf), "",
                List.of(new Mention("q", 0, 1)), "test");
    }

    @Test
    void groupsByMetricAndOrdersEachGroupInTime() {
        List<Finding> findings = new Reconciler(TestTemplates.dprkRussia()).reconcile(List.of(
                claim("a", "personnel", 11000, 11000, "2024-10"), claim("b", "units", 3, 4, "2024-06"),
                claim("c", "personnel", 300, 500, "2023-02"), claim("d", "personnel", 2000, 9000, null)));

        assertThat(findings).extracting((f) -> f.question().metric()).containsExactly("personnel", "units");
        assertThat(findings.get(0).claimIds()).containsExactly("c", "a", "d");
    }
}
