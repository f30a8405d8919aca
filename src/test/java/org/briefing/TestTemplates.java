package org.briefing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

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

    /**
     * A copy of the first subject's template folder in {@code target}, with {@code text} in its template.yaml replaced
     * (the text must be there): a template that differs in one setting.
     */
    public static Path dprkRussiaWith(Path target, String text, String replacement) throws IOException {
        Path source = Path.of("report-templates", "dprk-russia");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                }
                else {
                    Files.copy(file, copy);
                }
            }
        }
        Path yaml = target.resolve("template.yaml");
        String content = Files.readString(yaml);
        if (!content.contains(text)) {
            throw new IllegalArgumentException("template.yaml holds no '" + text + "'");
        }
        Files.writeString(yaml, content.replace(text, replacement));
        return target;
    }
}
