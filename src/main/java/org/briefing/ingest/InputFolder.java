package org.briefing.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The inputs of the seeds folder in a stable order: every file directly inside it, sorted by name,
 * except hidden files and sidecars ({@code NAME.meta.json}). Symbolic links are listed, so that
 * ingest can quarantine those that leave the folder.
 */
public final class InputFolder {

    private InputFolder() {
    }

    public static List<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(ArticleIngestor::isInput)
                .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()))
                .toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot list the input folder " + folder, ex);
        }
    }

    /** The inputs and their sidecars, for the corpus digest. */
    public static List<Path> listWithSidecars(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter((p) -> ArticleIngestor.isInput(p) || Sidecar.isSidecar(p))
                .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()))
                .toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot list the input folder " + folder, ex);
        }
    }
}
