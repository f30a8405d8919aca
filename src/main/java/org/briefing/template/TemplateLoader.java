package org.briefing.template;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.briefing.domain.Source;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
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
            throw new TemplateException("template " + name + " (" + files.location() + "): invalid template.yaml"
                    + where(ex) + ": " + explain(ex), ex);
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

    /** Where in template.yaml the reader stopped: " at line 99, column 52", or nothing when it is not known. */
    private static String where(Exception ex) {
        if (ex instanceof JacksonException jackson && jackson.getLocation() != null
                && jackson.getLocation().getLineNr() > 0) {
            return " at line " + jackson.getLocation().getLineNr() + ", column " + jackson.getLocation().getColumnNr();
        }
        return "";
    }

    /**
     * What is wrong, in the template author's terms. An unknown key holding a space is most often the
     * rest of a value cut at a comma: inside {@code { }} or {@code [ ]} YAML ends an unquoted value at a comma.
     */
    private static String explain(Exception ex) {
        if (ex instanceof UnrecognizedPropertyException unknown) {
            String key = unknown.getPropertyName();
            String hint = (key != null && key.contains(" "))
                    ? " (is it the rest of a value cut at a comma? inside { } or [ ] quote a value that holds a comma: "
                            + "\"Ministry of Economy, Environment and Agriculture\")"
                    : "";
            return "unknown key \"" + key + "\"" + hint + "; the keys known here are " + unknown.getKnownPropertyIds();
        }
        return firstLine(ex.getMessage());
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
