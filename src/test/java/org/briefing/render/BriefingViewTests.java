package org.briefing.render;

import java.util.List;
import java.util.Map;

import org.briefing.domain.Finding;
import org.briefing.domain.Question;
import org.briefing.domain.Reconciliation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BriefingViewTests {

    @Nested
    class WithAFullReconciliation {

        private final Map<String, Object> v = BriefingView.of(RenderFixtures.content()).variables();

        @Test
        void showsEveryFieldOfAFinding() {
            Map<String, Object> f1 = rows("findings").get(0);

            assertThat(f1).containsEntry("id", "F1").containsEntry("label", "Personnel deployed")
                .containsEntry("scope", "deployed, 2024-10")
                .containsEntry("originators",
                        "National Intelligence Service (South Korea); Defence Intelligence of Ukraine (HUR)")
                .containsEntry("consensusRule", "median of one figure per independent originator");
            assertThat(f1.get("consensus")).isEqualTo(Map.of("range", "10,000–12,000", "best", "11,000", "sources",
                    "2 independent sources"));
            assertThat(f1.get("confidence")).isEqualTo(Map.of("level", "moderate", "grade", "B2", "basis",
                    "two independent intelligence services agree"));
            assertThat(list(f1, "flags")).extracting((m) -> m.get("type")).containsExactly("outlier", "single source");
        }

        @Test
        void listsAFindingsClaimsOnItsTimelineAsLinks() {
            List<Map<String, Object>> figures = list(rows("findings").get(0), "figures");

            assertThat(figures).extracting((m) -> m.get("figure")).containsExactly("300–500", "10,000–12,000",
                    "about 11,000");
            assertThat(figures).extracting((m) -> m.get("href")).containsExactly("#claim-C1", "#claim-C3", "#claim-C4");
        }

        @Test
        void linksJudgmentsToTheirFindingsAndClaims() {
            Map<String, Object> judgment = rows("judgments").get(0);

            assertThat(list(judgment, "cites")).extracting((m) -> m.get("ref")).containsExactly("F1", "C3", "C4");
            assertThat(list(judgment, "cites")).extracting((m) -> m.get("href"))
                .containsExactly("#finding-F1", "#claim-C3", "#claim-C4");
        }

        @Test
        void linksEveryClaimToItsSourceDocumentAndBack() {
            Map<String, Object> c1 = rows("claims").get(0);
            Map<String, Object> d2 = rows("sources").get(1);

            assertThat(c1).containsEntry("anchor", "claim-C1").containsEntry("via", "relayed by UNIAN");
            assertThat(c1.get("document")).extracting("href").isEqualTo("#doc-D2");
            assertThat(d2).containsEntry("anchor", "doc-D2").containsEntry("publisher", "unknown");
            assertThat(list(d2, "claims")).extracting((m) -> m.get("href")).containsExactly("#claim-C1", "#claim-C2");
        }

        @Test
        void gradesTheSourceOfEachClaim() {
            Map<String, Object> c3 = rows("claims").get(2);

            assertThat(c3).containsEntry("source", "National Intelligence Service (South Korea)")
                .containsEntry("reliability", "B")
                .containsEntry("sourceKind", "intelligence");
        }

        @Test
        void labelsDerivedFiguresAndTheirArithmetic() {
            Map<String, Object> x1 = rows("derived").get(0);

            assertThat(x1).containsEntry("figure", "USD 28.8 million–38.3 million per brigade-year")
                .containsEntry("arithmetic", "USD 115 million a year / 3–4 brigades");
            assertThat(list(x1, "cites")).extracting((m) -> m.get("ref")).containsExactly("C2");
        }

        @Test
        void gathersContradictionsAndConflictFlagsButNotOtherFlags() {
            assertThat(rows("contradictions")).extracting((m) -> m.get("reason"))
                .containsExactly("the Kremlin denies any deployment");
            assertThat(list(rows("contradictions").get(0), "cites")).extracting((m) -> m.get("href"))
                .containsExactly("#claim-C3", "#statement-S1");
            assertThat(rows("conflicts")).extracting((m) -> m.get("type")).containsExactly("outlier");
            assertThat(rows("conflicts").get(0).get("finding")).extracting("href").isEqualTo("#finding-F1");
        }

        @Test
        void drawsPersonnelOverTimeTheLatestMonthAndPayments() {
            assertThat(rows("charts")).extracting((m) -> m.get("id")).containsExactly("personnel", "latest", "payments");
            assertThat(rows("charts").get(1).get("title")).isEqualTo("Personnel estimates by source, 2024-10");
            assertThat((String) rows("charts").get(2).get("alt")).contains("C2 up to USD 115 million a year",
                    "derived X1: USD 28.8 million–38.3 million per brigade-year");
        }

        private List<Map<String, Object>> rows(String name) {
            return cast(this.v.get(name));
        }
    }

    @Nested
    class WithAFigureTheOutletAssertsItself {

        @Test
        void namesTheOutletAndGradesItAsTheSource() {
            Map<String, Object> v = BriefingView.of(RenderFixtures.content(RenderFixtures.reconciliation(), List.of(),
                    List.of(RenderFixtures.nis(), RenderFixtures.yonhapsOwn()))).variables();
            List<Map<String, Object>> claims = cast(v.get("claims"));

            assertThat(claims.get(1)).containsEntry("source", "Yonhap, its own reporting")
                .containsEntry("via", "")
                .containsEntry("sourceKind", "media");
        }
    }

    @Nested
    class WithFindingsThatOnlyGroupClaims {

        private final Map<String, Object> v = BriefingView.of(RenderFixtures.content(Reconciliation.of(List.of(
                new Finding("F1", new Question("q", "personnel", null, null, "persons", null, null, "Personnel, persons"),
                        List.of(RenderFixtures.nis().id(), "unknown-claim")))), List.of()))
            .variables();

        @Test
        void leavesEmptyFieldsOutInsteadOfPrintingNull() {
            Map<String, Object> f1 = BriefingViewTests.cast(this.v.get("findings")).get(0);

            assertThat(f1.get("consensus")).isNull();
            assertThat(f1.get("confidence")).isNull();
            assertThat(f1).containsEntry("originators", "").containsEntry("scope", "");
            assertThat(list(f1, "figures")).hasSize(1);
            assertThat(BriefingViewTests.cast(this.v.get("judgments"))).isEmpty();
        }

        @Test
        void citesAnUnknownIdWithoutALink() {
            Refs refs = new Refs(List.of(), List.of(), List.of());

            assertThat(refs.cite("nowhere")).containsEntry("ref", "nowhere").containsEntry("href", null);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> cast(Object value) {
        return (List<Map<String, Object>>) value;
    }

    static List<Map<String, Object>> list(Map<String, Object> row, String key) {
        return cast(row.get(key));
    }
}
