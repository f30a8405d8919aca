package org.briefing.app;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;

import org.briefing.extract.ClaimExtractor;
import org.briefing.render.Manifest;
import org.briefing.template.FontSpec;
import org.briefing.template.Template;
import org.briefing.template.TemplateException;
import org.briefing.template.TemplateFiles;
import org.briefing.template.TemplateLoader;

/**
 * Checks a run's arguments and computes its identity. Fails with a {@link BadArgumentsException}
 * whose message is one line: a missing seeds folder, an unknown template, a bad date.
 */
public class RunPlanner {

    /** Changes whenever ingest changes what it makes of a file. */
    static final String INGEST_VERSION = "2";

    private final Clock clock;

    private final String version;

    private final String rulesVersion;

    public RunPlanner(Clock clock, String version) {
        this(clock, version, INGEST_VERSION + "/" + ClaimExtractor.VERSION);
    }

    /** @param rulesVersion the versions of the ingest and extraction rules, which key stored results */
    RunPlanner(Clock clock, String version, String rulesVersion) {
        this.clock = clock;
        this.version = version;
        this.rulesVersion = rulesVersion;
    }

    public RunPlan plan(BriefingProperties properties) {
        return plan(properties, LocalDate.now(this.clock));
    }

    /** Plans a run whose as-of date is {@code today} unless the settings give one. */
    public RunPlan plan(BriefingProperties properties, LocalDate today) {
        Path seeds = properties.seeds().toAbsolutePath().normalize();
        if (!Files.isDirectory(seeds)) {
            throw new BadArgumentsException("seeds folder not found: " + properties.seeds());
        }
        Template template;
        TemplateFiles files;
        try {
            TemplateLoader loader = new TemplateLoader();
            files = loader.locate(properties.template());
            template = loader.load(properties.template());
        }
        catch (TemplateException ex) {
            throw new BadArgumentsException(ex.getMessage());
        }
        LocalDate asOf = asOf(properties.asOf(), today);
        if (properties.chunkSize() < 1 || properties.maxArticleBytes() < 1) {
            throw new BadArgumentsException("briefing.chunk-size and briefing.max-article-bytes must be positive");
        }
        InputDigests inputs = InputDigests.of(seeds);
        String digest = inputs.digest();
        String templateDigest = templateDigest(template);
        String profileKey = sha256(this.rulesVersion + "/" + templateDigest).substring(0, 16);
        // new rules make a new run even where the tool's version number has not moved yet
        String runId = asOf + "_" + safe(template.name()) + "_"
                + sha256(digest + "/" + templateDigest + "/" + this.version + "/" + this.rulesVersion).substring(0, 10);
        String location = (files instanceof TemplateFiles.Folder folder) ? folder.root().toString() : properties.template();
        return new RunPlan(runId, seeds, properties.out().toAbsolutePath().normalize(), template, location, asOf, digest,
                profileKey, this.version, inputs);
    }

    private static LocalDate asOf(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return today;
        }
        try {
            return LocalDate.parse(text.trim());
        }
        catch (DateTimeParseException ex) {
            throw new BadArgumentsException("not a date: briefing.as-of=" + text + " (use YYYY-MM-DD)");
        }
    }

    static String inputsDigest(Path seeds) {
        return InputDigests.of(seeds).digest();
    }

    private static String templateDigest(Template template) {
        StringBuilder parts = new StringBuilder();
        for (String name : List.of("template.yaml", "briefing.html", "briefing.css")) {
            parts.append(name).append('\0').append(Manifest.sha256(read(template, name))).append('\n');
        }
        for (FontSpec font : template.fonts()) {
            parts.append(font.file()).append('\0').append(Manifest.sha256(read(template, font.file()))).append('\n');
        }
        return sha256(parts.toString());
    }

    private static byte[] read(Template template, String name) {
        try {
            return template.files().read(name);
        }
        catch (UncheckedIOException | IllegalArgumentException ex) {
            throw new BadArgumentsException("template " + template.name() + ": cannot read " + name);
        }
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "-");
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
