package org.briefing.render;

import java.util.List;
import java.util.Map;

import org.briefing.TestTemplates;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlComposerTests {

    private static final String HOSTILE = "<b>bold</b> <script>alert(1)</script> <img src=\"file:///etc/passwd\">";

    @Test
    void escapesArticleTextAndInlinesTheStylesheet() {
        Map<String, Object> variables = BriefingView.of(RenderFixtures.content()).variables();
        variables.put("title", HOSTILE);
        List<Map<String, Object>> claims = BriefingViewTests.cast(variables.get("claims"));
        claims.get(0).put("quote", HOSTILE);

        Document html = new HtmlComposer().compose(TestTemplates.dprkRussia(), variables);

        assertThat(html.select("script, img, b, link")).isEmpty();
        assertThat(html.select("style").html()).contains("@page");
        assertThat(html.select("#claim-C1").text()).contains(HOSTILE);
        assertThat(html.title()).isEqualTo(HOSTILE);
    }

    @Test
    void fillsEverySectionOfAFullReconciliation() {
        Document html = new HtmlComposer().compose(TestTemplates.dprkRussia(),
                BriefingView.of(RenderFixtures.content()).variables());

        assertThat(html.select("section").eachAttr("id")).containsExactly("cover", "contents", "judgments", "charts",
                "estimates", "conflicts", "claims", "sources", "method", "quarantine");
        assertThat(html.select("#judgments li").text()).contains("about 11,000 troops", "F1", "C3", "C4");
        assertThat(html.select("#finding-F1").text()).contains("10,000–12,000", "best estimate 11,000", "moderate", "B2",
                "outlier", "300–500 is far below");
        assertThat(html.select("#estimates .derived").text()).contains("X1", "USD 115 million a year / 3–4 brigades");
        assertThat(html.select("#conflicts").text()).contains("the Kremlin denies any deployment", "canard");
        assertThat(html.text()).doesNotContain("null");
    }

    @Test
    void makesEveryInternalLinkPointAtAnAnchorThatExists() {
        Document html = new HtmlComposer().compose(TestTemplates.dprkRussia(),
                BriefingView.of(RenderFixtures.content()).variables());

        List<String> targets = html.select("a[href]").eachAttr("href");

        assertThat(targets).hasSizeGreaterThan(20).allSatisfy((href) -> {
            assertThat(href).startsWith("#");
            assertThat(html.getElementById(href.substring(1))).as("anchor of %s", href).isNotNull();
        });
        assertThat(html.select("a[href]")).allSatisfy((a) -> assertThat(a.attr("title")).isNotBlank());
    }

    @Test
    void bookmarksEverySectionWithoutNestingThemByAccident() {
        Document html = new HtmlComposer().compose(TestTemplates.dprkRussia(),
                BriefingView.of(RenderFixtures.content()).variables());

        assertThat(html.select("bookmarks > bookmark").eachAttr("name")).containsExactly("Cover", "Contents",
                "Key judgments", "Charts", "Reconciled estimates", "Contradictions and outliers", "Claim register",
                "Sources", "Method and limitations", "Quarantined inputs");
        assertThat(html.select("bookmark[name=Reconciled estimates] > bookmark").eachAttr("href"))
            .containsExactly("#finding-F1", "#finding-F2");
    }
}
