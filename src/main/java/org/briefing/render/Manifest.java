package org.briefing.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run's manifest: the tool and its version, the parameters, the SHA-256 of every input and
 * output, and counts. It holds nothing that changes between two runs on the same inputs (no clock,
 * no machine paths), so it is itself reproducible; timings go to {@code run-log.json} instead.
 */
public final class Manifest {

    /** SHA-256 (hex) and size of a file. */
    public record Digest(String sha256, long bytes) {
    }

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private final List<Map<String, Object>> outputs = new ArrayList<>();

    public Manifest(String tool, String version, String runId, Map<String, Object> parameters,
            List<Map<String, Object>> inputs, Map<String, Object> counts) {
        this.fields.put("schema", "briefing-manifest/1");
        this.fields.put("tool", tool);
        this.fields.put("version", version);
        this.fields.put("run_id", runId);
        this.fields.put("parameters", parameters);
        this.fields.put("counts", counts);
        this.fields.put("inputs", inputs);
        this.fields.put("outputs", this.outputs);
    }

    public void addOutput(String name, byte[] bytes) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("file", name);
        entry.put("sha256", sha256(bytes));
        entry.put("bytes", bytes.length);
        this.outputs.add(entry);
    }

    /** An output written to a file rather than held in memory. */
    public void addOutput(String name, Path file) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("file", name);
        try {
            entry.put("sha256", sha256(file));
            entry.put("bytes", Files.size(file));
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException("cannot read " + file, ex);
        }
        this.outputs.add(entry);
    }

    /** An output written to a file and hashed while it was written. */
    public void addOutput(String name, Digest digest) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("file", name);
        entry.put("sha256", digest.sha256());
        entry.put("bytes", digest.bytes());
        this.outputs.add(entry);
    }

    public byte[] toJson() {
        return DataFiles.json(this.fields);
    }

    /** Name, SHA-256 and size of each file. */
    public static List<Map<String, Object>> describe(Path folder, List<Path> files) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Path file : files) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("file", folder.relativize(file).toString().replace('\\', '/'));
            try {
                entry.put("sha256", sha256(file));
                entry.put("bytes", Files.size(file));
            }
            catch (IOException ex) {
                entry.put("unreadable", ex.getClass().getSimpleName());
            }
            entries.add(entry);
        }
        return entries;
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest newDigest() {
        return digest();
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new UncheckedIOException(new IOException("SHA-256 is missing from this JVM", ex));
        }
    }
}
