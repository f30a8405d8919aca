package org.briefing.render;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.briefing.template.Template;
import org.briefing.template.TemplateException;
import org.briefing.template.TemplateFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Fills the template's {@code briefing.html} with Thymeleaf, which escapes every value it writes.
 * Unescaped output ({@code th:utext}) is refused, so article text can never become markup.
 * Stylesheets linked from the template are read from the template folder and inlined; the result
 * references nothing outside itself.
 */
public final class HtmlComposer {

    private final TemplateEngine engine = new TemplateEngine();

    public HtmlComposer() {
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCacheable(false);
        this.engine.setTemplateResolver(resolver);
    }

    public Document compose(Template template, Map<String, Object> variables) {
        String layout = new String(template.files().read("briefing.html"), StandardCharsets.UTF_8);
        if (layout.contains("th:utext") || layout.contains("data-th-utext")) {
            throw new TemplateException("template " + template.name() + ": briefing.html uses th:utext;"
                    + " only escaped output (th:text) is allowed");
        }
        String html = this.engine.process(layout, new Context(Locale.ENGLISH, variables));
        Document document = Jsoup.parse(html);
        inlineStylesheets(document, template.files());
        document.outputSettings().prettyPrint(false).syntax(Document.OutputSettings.Syntax.xml);
        return document;
    }

    private static void inlineStylesheets(Document document, TemplateFiles files) {
        for (Element link : document.select("link[rel=stylesheet]")) {
            String href = link.attr("href");
            String css = new String(files.read(TemplateFiles.checkedName(href)), StandardCharsets.UTF_8);
            Element style = new Element("style").attr("type", "text/css");
            style.appendChild(new org.jsoup.nodes.DataNode(css));
            link.replaceWith(style);
        }
    }
}
