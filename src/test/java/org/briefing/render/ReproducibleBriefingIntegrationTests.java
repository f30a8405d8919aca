package org.briefing.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefing.app.BriefingRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same seeds and as-of date, run twice with separate databases and output folders, give the
 * same bytes: nothing depends on the clock, the machine or the order of a hash map.
 */
class ReproducibleBriefingIntegrationTests {

    private static final List<String> FILES = List.of("briefing.pdf", "claims.json", "claims.csv", "findings.json",
            "manifest.json");

    @Test
    void twoRunsGiveByteIdenticalFiles(@TempDir Path first, @TempDir Path second) throws IOException {
        Map<String, String> one = run(first);
        Map<String, String> two = run(second);

        assertThat(one).hasSize(FILES.size());
        assertThat(two).isEqualTo(one);
    }

    private static Map<String, String> run(Path work) throws IOException {
        int exit = BriefingRun.run(work.resolve("db"), "--briefing.seeds=seeds", "--briefing.out=" + work.resolve("out"),
                "--briefing.template=dprk-russia", "--briefing.as-of=2024-11-01");
        assertThat(exit).isZero();
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String file : FILES) {
            hashes.put(file, Manifest.sha256(work.resolve("out/latest").resolve(file)));
        }
        return hashes;
    }
}
