package org.briefing.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefing.TestTemplates;
import org.briefing.domain.Claim;
import org.briefing.domain.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The streamed data files are byte for byte the files made from lists in memory. */
class DataFilesTests {

    private final DataFiles data = new DataFiles();

    private final List<Claim> claims = RenderFixtures.content().claims();

    private final List<Statement> statements = RenderFixtures.content().statements();

    @Test
    void streamedClaimsJsonIsTheSameBytes(@TempDir Path folder) throws Exception {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("schema", "briefing-claims/2");
        header.put("run_id", "run");

        this.data.writeClaimsJson(folder.resolve("claims.json"), header, this.claims::forEach, this.statements::forEach,
                TestTemplates.dprkRussia().registry());

        assertThat(Files.readAllBytes(folder.resolve("claims.json")))
            .isEqualTo(this.data.claimsJson(header, this.claims, this.statements, TestTemplates.dprkRussia().registry()));
    }

    @Test
    void streamedClaimsCsvIsTheSameBytes(@TempDir Path folder) throws Exception {
        this.data.writeClaimsCsv(folder.resolve("claims.csv"), this.claims::forEach, TestTemplates.dprkRussia().registry());

        assertThat(Files.readAllBytes(folder.resolve("claims.csv")))
            .isEqualTo(this.data.claimsCsv(this.claims, TestTemplates.dprkRussia().registry()));
    }

    @Test
    void noClaimsMakesTheSameEmptyArrays(@TempDir Path folder) throws Exception {
        Map<String, Object> header = Map.of("schema", "briefing-claims/2");

        this.data.writeClaimsJson(folder.resolve("claims.json"), header, (each) -> {
        }, (each) -> {
        }, TestTemplates.dprkRussia().registry());

        assertThat(Files.readAllBytes(folder.resolve("claims.json")))
            .isEqualTo(this.data.claimsJson(header, List.of(), List.of(), TestTemplates.dprkRussia().registry()));
    }
}
