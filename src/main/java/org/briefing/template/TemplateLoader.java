package org.briefing.template;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.briefing.domain.Source;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a report template. A template is named either by a folder path or by a name, which is
 * looked up first in {@code report-templates/NAME} under the working directory and then among the
 * templates packaged with the application.
 */
public final class TemplateLoader {

    /** Folder, relative to the working directory, holding the templates by name. */
    public static final String TEMPLATES_FOLDER = "report-templates";

    private static final ObjectMapper YAML = YAMLMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .build();

    /**
     * Loads the template that {@code nameOrFolder} designates.
     * @throws TemplateException when there is no such template or its YAML is invalid; the message
     * says which and where
     */
    public Template load(String nameOrFolder) {
        return load(locate(nameOrFolder), nameOrFolder);
    }

    /** Finds the template's files without reading them. */
    public TemplateFiles locate(String nameOrFolder) {
        if (nameOrFolder == null || nameOrFolder.isBlank()) {
            throw new TemplateException("no template given");
        }
        Path asFolder = Path.of(nameOrFolder);
        if (Files.isRegularFile(asFolder.resolve("template.yaml"))) {
            return TemplateFiles.folder(asFolder.toAbsolutePath().normalize());
        }
        if (nameOrFolder.matches("[A-Za-z0-9._-]+")) {
            Path named = Path.of(TEMPLATES_FOLDER, nameOrFolder);
            if (Files.isRegularFile(named.resolve("template.yaml"))) {
                return TemplateFiles.folder(named.toAbsolutePath().normalize());
            }
            TemplateFiles.Classpath packaged = new TemplateFiles.Classpath(TEMPLATES_FOLDER + "/" + nameOrFolder);
            if (packaged.exists()) {
                return packaged;
            }
        }
        throw new TemplateException("unknown template '" + nameOrFolder + "': no " + TEMPLATES_FOLDER + "/"
                + nameOrFolder + "/template.yaml and no folder of that name holding a template.yaml");
    }

    Template load(TemplateFiles files, String nameOrFolder) {
        String name = templateName(files, nameOrFolder);
        Document document;
        try {
            document = YAML.readValue(files.read("template.yaml"), Document.class);
        }
        catch (JacksonException | IllegalArgumentException ex) {
            throw new TemplateException("template " + name + " (" + files.location() + "): invalid template.yaml: "
                    + firstLine(ex.getMessage()), ex);
        }
        try {
            java.time.LocalDate since = (document.since() == null) ? null : java.time.LocalDate.parse(document.since());
            return new Template(name, document.title(), document.subtitle(), document.handling(),
                    document.language(), document.subject(), since, document.actors(), document.metrics(),
                    document.statuses(), document.sources(), document.events(), document.fonts(),
                    document.charts(), files);
        }
        catch (IllegalArgumentException | NullPointerException | java.time.format.DateTimeParseException ex) {
            throw new TemplateException("template " + name + " (" + files.location() + "): " + ex.getMessage(), ex);
        }
    }

    private static String templateName(TemplateFiles files, String nameOrFolder) {
        if (files instanceof TemplateFiles.Folder folder) {
            return folder.root().getFileName().toString();
        }
        return nameOrFolder;
    }

    private static String firstLine(String message) {
        return (message == null) ? "" : message.lines().findFirst().orElse("");
    }

    /** The shape of template.yaml. */
    record Document(String title, String subtitle, String handling, String language, Actor subject, String since,
            List<Actor> actors, List<MetricSpec> metrics, List<StatusSpec> statuses, List<Source> sources,
            List<ChronologyEvent> events, List<FontSpec> fonts, ChartSpec charts) {
    }
}
