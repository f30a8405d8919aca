package org.briefing.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Larger corpora made from the seed articles, so that the chunk steps take several chunks: each
 * seed is copied under new names, each copy with a line of its own so that no two files share a
 * hash.
 */
final class Corpus {

    private Corpus() {
    }

    /** {@code copies} copies of every seed article in {@code folder}, returned for convenience. */
    static Path ofSeeds(Path folder, int copies) throws IOException {
        Files.createDirectories(folder);
        List<Path> seeds;
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            seeds = files.filter(Files::isRegularFile).sorted().toList();
        }
        for (int copy = 0; copy < copies; copy++) {
            for (Path seed : seeds) {
                String text = Files.readString(seed, StandardCharsets.UTF_8);
                String name = String.format("c%02d_%s", copy, seed.getFileName());
                Files.writeString(folder.resolve(name), text + "\n\nArchive copy " + copy + ".\n", StandardCharsets.UTF_8);
            }
        }
        return folder;
    }
}
