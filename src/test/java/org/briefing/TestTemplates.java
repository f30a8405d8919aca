package org.briefing;

import java.nio.file.Path;

import org.briefing.template.Template;
import org.briefing.template.TemplateLoader;

/** The repository's templates, for tests. */
public final class TestTemplates {

    private static Template dprk;

    private TestTemplates() {
    }

    public static synchronized Template dprkRussia() {
        if (dprk == null) {
            dprk = new TemplateLoader().load(Path.of("report-templates", "dprk-russia").toString());
        }
        return dprk;
    }

    public static Path seeds() {
        return Path.of("seeds");
    }
}
