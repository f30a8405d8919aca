package org.briefing.score;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** A gold annotation file: for each document, the claims a careful analyst finds in it. */
public record Gold(List<Document> documents) {

    private static final JsonMapper JSON = JsonMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();

    public Gold {
        documents = (documents == null) ? List.of() : List.copyOf(documents);
    }

    /** One annotated document. */
    public record Document(String document, String published, String publishedBasis, List<Claim> claims,
            List<String> nonClaims) {

        public Document {
            claims = (claims == null) ? List.of() : List.copyOf(claims);
            nonClaims = (nonClaims == null) ? List.of() : List.copyOf(nonClaims);
        }
    }

    /** One gold claim; only the fields the scoring uses are read. */
    public record Claim(String metric, BigDecimal low, BigDecimal high, String qualifier, String unit, String per, String source,
            List<String> via, String modality, String asOf, String quote) {

        public Claim {
            via = (via == null) ? List.of() : List.copyOf(via);
        }
    }

    public static Gold read(Path file) {
        try {
            return JSON.readValue(Files.readAllBytes(file), Gold.class);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot read gold file " + file, ex);
        }
    }
}
