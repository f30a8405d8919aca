package org.briefing.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefing.ingest.InputFolder;
import org.briefing.render.Manifest;

/**
 * Every input file of a run, sidecars included, with its SHA-256 and size: what the run's identity
 * is computed from when the run is planned, and what its manifest lists when it is rendered, so
 * that each input is hashed once per process rather than twice. Files are hashed on all
 * processors, in no particular order; the list keeps the folder's sorted order.
 */
final class InputDigests {

    /** One file; {@code sha256} is {@code null} when it is not a regular file or could not be read. */
    private record Entry(Path file, byte[] sha256, long bytes, String unreadable) {
    }

    private final Path folder;

    private final List<Entry> entries;

    private final String digest;

    private InputDigests(Path folder, List<Entry> entries) {
        this.folder = folder;
        this.entries = entries;
        StringBuilder lines = new StringBuilder();
        for (Entry entry : entries) {
            String hash = (entry.sha256() == null) ? "unreadable" : HexFormat.of().formatHex(entry.sha256());
            lines.append(entry.file().getFileName()).append('\0').append(hash).append('\n');
        }
        this.digest = RunPlanner.sha256(lines.toString());
    }

    static InputDigests of(Path folder) {
        return new InputDigests(folder, InputFolder.listWithSidecars(folder).parallelStream().map(InputDigests::entry).toList());
    }

    private static Entry entry(Path file) {
        if (!Files.isRegularFile(file)) {
            return new Entry(file, null, 0, null);
        }
        try {
            return new Entry(file, HexFormat.of().parseHex(Manifest.sha256(file)), Files.size(file), null);
        }
        catch (IOException ex) {
            return new Entry(file, null, 0, ex.getClass().getSimpleName());
        }
    }

    /** SHA-256 over every file's name and SHA-256 ({@code unreadable} for a file that cannot be read). */
    String digest() {
        return this.digest;
    }

    /**
     * The manifest's entries, as {@link Manifest#describe} makes them from the files; a file that
     * is not a regular one (a link to a folder, say) is described from the file system again.
     */
    List<Map<String, Object>> describe() {
        List<Map<String, Object>> described = new ArrayList<>(this.entries.size());
        for (Entry entry : this.entries) {
            if (entry.sha256() == null && entry.unreadable() == null) {
                described.addAll(Manifest.describe(this.folder, List.of(entry.file())));
                continue;
            }
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("file", this.folder.relativize(entry.file()).toString().replace('\\', '/'));
            if (entry.sha256() != null) {
                map.put("sha256", HexFormat.of().formatHex(entry.sha256()));
                map.put("bytes", entry.bytes());
            }
            else {
                map.put("unreadable", entry.unreadable());
            }
            described.add(map);
        }
        return described;
    }
}
