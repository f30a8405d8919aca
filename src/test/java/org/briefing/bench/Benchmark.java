package org.briefing.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the whole job on a generated corpus, as an operator would ({@code java -jar}), and prints
 * one line per run: the time of each step, articles and claims per second, and the peak resident
 * memory of the process (the kernel's high-water mark, {@code VmHWM}) and the processor time it
 * used (user and system, all threads: the figure that other work on the machine disturbs least),
 * with the load average of the machine when the run started. Each run starts from an empty database and output folder.
 * Not a test: run it on demand (docs/benchmarks.md has the command).
 *
 * <pre>
 * Benchmark --articles=N [--threads=T] [--heap=256m] [--runs=R] [--jar=target/briefing.jar]
 *           [--work=target/bench] [--java=PATH] [--jvm-args="..."]
 * </pre>
 */
public final class Benchmark {

    private static final JsonMapper json = JsonMapper.builder().build();

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int articles = Integer.parseInt(options.getOrDefault("articles", "1000"));
        Path work = Path.of(options.getOrDefault("work", "target/bench")).toAbsolutePath();
        Path corpus = work.resolve("corpus-" + articles);
        if (!Files.exists(corpus.resolve(".complete"))) {
            System.out.printf(Locale.ROOT, "generating %d articles into %s%n", articles, corpus);
            CorpusGenerator.fromProject(Path.of("")).write(corpus, articles, 1);
            Files.writeString(corpus.resolve(".complete"), "");
        }
        System.out.println("| articles | threads | heap | load | wall s | ingest s | extract s | reconcile s | render s"
                + " | articles/s | claims | claims/s | extract articles/s | peak RSS MB | CPU s |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        for (int run = 0; run < Integer.parseInt(options.getOrDefault("runs", "1")); run++) {
            System.out.println(run(options, corpus, articles, work.resolve("run")));
        }
    }

    private static String run(Map<String, String> options, Path corpus, int articles, Path run) throws Exception {
        delete(run);
        Files.createDirectories(run);
        String heap = options.getOrDefault("heap", "256m");
        List<String> command = new ArrayList<>();
        command.add(options.getOrDefault("java", Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.add("-Xms" + heap);
        command.add("-Xmx" + heap);
        String extra = options.getOrDefault("jvm-args", "");
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", Path.of(options.getOrDefault("jar", "target/briefing.jar")).toAbsolutePath().toString(),
                "--briefing.seeds=" + corpus, "--briefing.out=" + run.resolve("out"), "--briefing.as-of=2026-01-01",
                "--briefing.progress=none", "--spring.datasource.url=jdbc:h2:file:" + run.resolve("db/briefing") + ";WRITE_DELAY=0"));
        if (options.containsKey("threads")) {
            command.add("--briefing.threads=" + options.get("threads"));
        }
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(run.resolve("log.txt").toFile())
            .start();
        long peak = 0;
        double cpu = 0;
        while (process.isAlive()) {
            peak = Math.max(peak, highWaterMark(process.pid()));
            cpu = Math.max(cpu, cpuSeconds(process.pid()));
            Thread.sleep(20);
        }
        double wall = (System.nanoTime() - started) / 1e9;
        if (process.exitValue() != 0) {
            throw new IllegalStateException("the run failed (" + process.exitValue() + "): see " + run.resolve("log.txt"));
        }
        Path folder = run.resolve("out/latest");
        Map<String, Double> steps = steps(json.readTree(folder.resolve("run-log.json").toFile()));
        long claims = json.readTree(folder.resolve("manifest.json").toFile()).path("counts").path("claims").asLong();
        return String.format(Locale.ROOT, "| %d | %s | %s | %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.0f | %d | %.0f | %.0f | %d | %.0f |",
                articles, options.getOrDefault("threads", "auto"), heap, load, wall, steps.get("ingestStep"),
                steps.get("extractStep"), steps.get("reconcileStep"), steps.get("renderStep"), articles / wall, claims,
                claims / wall, articles / steps.get("extractStep"), peak / 1024, cpu);
    }

    /** Seconds per step of the run's one execution. */
    private static Map<String, Double> steps(JsonNode runLog) {
        Map<String, Double> steps = new LinkedHashMap<>();
        for (JsonNode step : runLog.path("executions").get(0).path("steps")) {
            steps.put(step.path("step").asString(), step.path("millis").asLong() / 1000.0);
        }
        return steps;
    }

    /**
     * The processor time the process has used so far, user and system, in seconds (fields 14 and
     * 15 of {@code /proc/PID/stat}, in clock ticks of 1/100 s), or 0 once it has gone.
     */
    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        }
        catch (IOException | RuntimeException ex) {
            return 0;
        }
    }

    /** The process's peak resident set in KiB, or 0 once it has gone. */
    private static long highWaterMark(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"), StandardCharsets.UTF_8)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        }
        catch (IOException ex) {
            // the process has just ended
        }
        return 0;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
