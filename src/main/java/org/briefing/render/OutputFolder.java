package org.briefing.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import org.briefing.template.TemplateFiles;

/**
 * The output folder. A run's files are written into a hidden staging folder
 * ({@code .partial-RUN}) and the finished folder is moved into place in one step, so that
 * {@code out/} never shows half a briefing. {@code out/latest} is then pointed at the run: a
 * relative symbolic link, or a copy where the file system has no links.
 */
public final class OutputFolder {

    public static final String LATEST = "latest";

    private final Path root;

    public OutputFolder(Path root) {
        this.root = root;
    }

    public Path root() {
        return this.root;
    }

    /** An empty staging folder for the run. */
    public Path stage(String runId) {
        Path staging = this.root.resolve(".partial-" + checked(runId));
        try {
            Files.createDirectories(this.root);
            deleteRecursively(staging);
            return Files.createDirectories(staging);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot prepare " + staging, ex);
        }
    }

    public void write(Path staging, String name, byte[] bytes) {
        try {
            Files.write(staging.resolve(TemplateFiles.checkedName(name)), bytes);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot write " + name + " in " + staging, ex);
        }
    }

    /** Moves the staged run into place, replacing an earlier copy of it, and points latest at it. */
    public Path publish(String runId, Path staging) {
        Path target = this.root.resolve(checked(runId));
        try {
            if (Files.exists(target)) {
                Path old = this.root.resolve(".replaced-" + runId);
                deleteRecursively(old);
                move(target, old);
                deleteRecursively(old);
            }
            move(staging, target);
            pointLatest(runId, target);
            return target;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot publish " + target, ex);
        }
    }

    /** The run {@code out/latest} points at, if any. */
    public java.util.Optional<Path> latest() {
        Path latest = this.root.resolve(LATEST);
        return Files.isDirectory(latest) ? java.util.Optional.of(latest) : java.util.Optional.empty();
    }

    private void pointLatest(String runId, Path target) throws IOException {
        Path latest = this.root.resolve(LATEST);
        Path link = this.root.resolve(".latest-" + runId);
        Files.deleteIfExists(link);
        try {
            Files.createSymbolicLink(link, Path.of(runId));
            Files.move(link, latest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        catch (UnsupportedOperationException | FileSystemException noLinks) {
            Files.deleteIfExists(link);
            Path copy = this.root.resolve(".latest-copy-" + runId);
            deleteRecursively(copy);
            copyRecursively(target, copy);
            Path old = this.root.resolve(".latest-old");
            deleteRecursively(old);
            if (Files.exists(latest, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                move(latest, old);
            }
            move(copy, latest);
            deleteRecursively(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (AtomicMoveNotSupportedException ex) {
            Files.move(from, to);
        }
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
            }
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isSymbolicLink(path) || !Files.isDirectory(path)) {
            Files.delete(path);
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static String checked(String runId) {
        if (!runId.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("not a run id: " + runId);
        }
        return runId;
    }
}
