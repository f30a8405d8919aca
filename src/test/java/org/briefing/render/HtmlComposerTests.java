package org.briefing.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefing.TestTemplates;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlComposerTests {

    @Test
    void escapesArticleTextAndInlinesTheStylesheet() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("title", "<script>alert(1)</script>");
        variables.put("subtitle", "");
        variables.put("subject", "North Korea");
        variables.put("handling", "TLP:CLEAR");
        variables.put("asOf", "2024-11-01");
        variables.put("runId", "run");
        variables.put("generator", "briefing test");
        variables.put("articleCount", 1);
        variables.put("claimCount", 1);
        variables.put("findings", List.of());
        variables.put("charts", List.of());
        variables.put("sources", List.of());
        variables.put("quarantine", List.of());
        variables.put("claims", List.of(Map.of("ref", "C1", "figure", "1", "metric", "m", "source", "s", "reliability", "F",
                "via", "", "modality", "reported", "asOf", "2024", "quote", "<img src=\"file:///etc/passwd\">", "document",
                "d")));

        Document html = new HtmlComposer().compose(TestTemplates.dprkRussia(), variables);

        assertThat(html.select("script")).isEmpty();
        assertThat(html.select("img")).isEmpty();
        assertThat(html.select("link")).isEmpty();
        assertThat(html.select("style").html()).contains("@page");
        assertThat(html.text()).contains("<script>alert(1)</script>", "<img src=\"file:///etc/passwd\">");
    }
}
