package org.briefing.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The metadata file {@code NAME.meta.json} beside an article {@code NAME.ext}: {@code url},
 * {@code publisher}, {@code title}, {@code published}. It is metadata, never an article.
 */
final class Sidecar {

    static final String SUFFIX = ".meta.json";

    private static final JsonMapper JSON = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();

    record Fields(String url, String publisher, String title, String published) {
    }

    private Sidecar() {
    }

    static boolean isSidecar(Path file) {
        return file.getFileName().toString().endsWith(SUFFIX);
    }

    static Path of(Path article) {
        String name = article.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = (dot > 0) ? name.substring(0, dot) : name;
        return article.resolveSibling(stem + SUFFIX);
    }

    /** The sidecar's bytes, or none when there is no sidecar. */
    static byte[] bytes(Path article) throws IOException {
        Path file = of(article);
        return Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? Files.readAllBytes(file) : new byte[0];
    }

    /** The sidecar's metadata, or none when there is no sidecar. */
    static ParsedDocument.Metadata read(Path article) throws UnreadableInputException {
        Path file = of(article);
        if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return ParsedDocument.Metadata.NONE;
        }
        try {
            Fields fields = JSON.readValue(Files.readAllBytes(file), Fields.class);
            return new ParsedDocument.Metadata(fields.title(), fields.publisher(), fields.published(), fields.url(),
                    "sidecar " + file.getFileName());
        }
        catch (JacksonException | IOException ex) {
            throw new UnreadableInputException("unreadable sidecar " + file.getFileName() + ": "
                    + ex.getMessage().lines().findFirst().orElse(""));
        }
    }
}
