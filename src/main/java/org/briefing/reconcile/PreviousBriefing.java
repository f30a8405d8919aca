package org.briefing.reconcile;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.briefing.domain.Quantity;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the previous briefing in the output folder said, read from its {@code claims.json} and
 * {@code findings.json}: enough to tell what changed. A missing or unreadable previous briefing is
 * simply none.
 *
 * @param consensus low, best and high of each question with a consensus, by question id
 * @param contradictions the ids each contradiction concerned, as sorted keys
 */
public record PreviousBriefing(String runId, Set<String> claimIds, Map<String, List<BigDecimal>> consensus,
        Set<String> contradictions) {

    public static final PreviousBriefing NONE = new PreviousBriefing(null, Set.of(), Map.of(), Set.of());

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The briefing {@code out/latest} points at, unless it is the run being made. */
    public static PreviousBriefing read(Path out, String currentRunId) {
        Path latest = out.resolve("latest");
        try {
            if (!Files.isDirectory(latest) || !Files.isRegularFile(latest.resolve("findings.json"))) {
                return NONE;
            }
            JsonNode findings = JSON.readTree(Files.readAllBytes(latest.resolve("findings.json")));
            String runId = findings.path("run_id").asString();
            if (runId.equals(currentRunId)) {
                return NONE;
            }
            Set<String> claimIds = Files.isRegularFile(latest.resolve("claims.json"))
                    ? claimIds(latest.resolve("claims.json")) : Set.of();
            Map<String, List<BigDecimal>> consensus = new HashMap<>();
            for (JsonNode finding : findings.path("findings")) {
                JsonNode c = finding.path("consensus");
                if (!c.isMissingNode() && !c.isNull()) {
                    consensus.put(finding.path("question").path("id").asString(),
                            List.of(valueOf(c.path("low")), valueOf(c.path("best")), valueOf(c.path("high"))));
                }
            }
            Set<String> contradictions = new HashSet<>();
            for (JsonNode flag : findings.path("contradictions")) {
                if (flag.path("type").asString().equals("contradiction")) {
                    List<String> ids = new ArrayList<>();
                    flag.path("claim_ids").forEach((id) -> ids.add(id.asString()));
                    contradictions.add(key(ids));
                }
            }
            return new PreviousBriefing(runId, claimIds, consensus, contradictions);
        }
        catch (IOException | JacksonException ex) {
            return NONE;
        }
    }

    /** The ids in a {@code claims.json}, read one claim at a time: the file may hold hundreds of megabytes. */
    private static Set<String> claimIds(Path file) {
        Set<String> ids = new HashSet<>();
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return ids;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                if (parser.nextToken() == JsonToken.START_ARRAY && name.equals("claims")) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        ids.add(JSON.readTree(parser).path("id").asString());
                    }
                }
                else {
                    parser.skipChildren();
                }
            }
        }
        return ids;
    }

    static String key(List<String> ids) {
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        return String.join(",", sorted);
    }

    /** A bound of a consensus as written in findings.json, -1 for none. */
    private static BigDecimal valueOf(JsonNode node) {
        return (node == null || node.isNull() || node.isMissingNode() || !node.isNumber()) ? BigDecimal.valueOf(-1)
                : Quantity.shortest(node.decimalValue());
    }

    public Optional<String> run() {
        return Optional.ofNullable(this.runId);
    }
}
