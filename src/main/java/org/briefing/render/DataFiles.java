package org.briefing.render;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.briefing.domain.Claim;
import org.briefing.domain.Reconciliation;
import org.briefing.domain.Statement;
import org.briefing.domain.Mention;
import org.briefing.domain.Source;
import org.briefing.template.SourceRegistry;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The briefing's data files: {@code claims.json}, {@code claims.csv} and {@code findings.json}, in
 * the schema of {@code docs/claims.md}. Keys are written in a fixed order and nothing depends on
 * the clock, so the same claims give the same bytes.
 */
public final class DataFiles {

    static final JsonMapper JSON = JsonMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .addModule(new tools.jackson.databind.module.SimpleModule().addSerializer(org.briefing.domain.PartialDate.class,
                tools.jackson.databind.ser.std.ToStringSerializer.instance))
        .build();

    /** One claim as {@code claims.json} writes it. */
    public record ClaimJson(String id, String document, String articleId, String metric, String kind, BigDecimal low,
            BigDecimal high, String qualifier, String unit, String per, String currency, String subject, String status,
            String place, String source, String originator, String sourceKind, String reliability, List<String> via,
            List<String> relayedBy, String outlet, String modality, String asOf, String asOfBasis, String quote, int start, int end, List<Mention> mentions,
            String rule) {

        static ClaimJson of(Claim claim, SourceRegistry registry) {
            // what the outlet asserts itself counts for the outlet, as in reconcile
            String graded = (claim.source() != null) ? claim.source() : claim.outlet();
            Source source = (graded == null) ? null : registry.resolve(registry.originator(graded));
            return new ClaimJson(claim.id(), claim.document(), claim.articleId(), claim.metric(), claim.kind(),
                    claim.quantity().low(), claim.quantity().high(), claim.quantity().qualifier().toString(),
                    claim.quantity().unit(), claim.quantity().per(), claim.quantity().currency(), claim.subject(),
                    claim.status(), claim.place(), claim.source(), (source == null) ? null : source.name(),
                    (source == null) ? null : source.kind(), (source == null) ? null : source.reliability(), claim.via(),
                    claim.relayedBy(), claim.outlet(), claim.modality().toString(), (claim.asOf() == null) ? null : claim.asOf().toString(),
                    claim.asOfBasis(), claim.quote(), claim.start(), claim.end(), claim.mentions(), claim.rule());
        }
    }

    public byte[] claimsJson(Map<String, Object> header, List<Claim> claims, List<Statement> statements,
            SourceRegistry registry) {
        Map<String, Object> document = new java.util.LinkedHashMap<>(header);
        document.put("claims", claims.stream().map((c) -> ClaimJson.of(c, registry)).toList());
        document.put("statements", statements);
        return json(document);
    }

    /**
     * Opens {@code claims.json} and {@code claims.csv} (either may be {@code null}) to be written
     * one claim and then one statement at a time, with the same bytes as {@link #claimsJson} and
     * {@link #claimsCsv}, so that no list of claims is held in memory.
     */
    public Streamed open(Path json, Path csv, Map<String, Object> header, SourceRegistry registry) {
        return new Streamed(json, csv, header, registry);
    }

    /** {@code claims.json} from the claims and statements given, one at a time. */
    public void writeClaimsJson(Path file, Map<String, Object> header, Consumer<Consumer<Claim>> claims,
            Consumer<Consumer<Statement>> statements, SourceRegistry registry) {
        try (Streamed out = open(file, null, header, registry)) {
            claims.accept(out::claim);
            statements.accept(out::statement);
        }
    }

    /** {@code claims.csv} from the claims given, one at a time. */
    public void writeClaimsCsv(Path file, Consumer<Consumer<Claim>> claims, SourceRegistry registry) {
        try (Streamed out = open(null, file, Map.of(), registry)) {
            claims.accept(out::claim);
        }
    }

    /** The data files being written: all claims first, then the statements. */
    public static final class Streamed implements AutoCloseable {

        private final SourceRegistry registry;

        private final JsonGenerator json;

        private final CSVPrinter csv;

        private final HashingOutputStream jsonOut;

        private final HashingOutputStream csvOut;

        private boolean claimsDone;

        private Streamed(Path jsonFile, Path csvFile, Map<String, Object> header, SourceRegistry registry) {
            this.registry = registry;
            try {
                this.csvOut = (csvFile == null) ? null : new HashingOutputStream(Files.newOutputStream(csvFile));
                this.csv = (csvFile == null) ? null
                        : new CSVPrinter(new BufferedWriter(new OutputStreamWriter(this.csvOut, StandardCharsets.UTF_8.newEncoder())),
                                csvFormat());
                this.jsonOut = (jsonFile == null) ? null : new HashingOutputStream(Files.newOutputStream(jsonFile));
                this.json = (jsonFile == null) ? null : JSON.createGenerator(new BufferedOutputStream(this.jsonOut));
            }
            catch (IOException ex) {
                throw new UncheckedIOException("cannot write the data files", ex);
            }
            if (this.json != null) {
                this.json.writeStartObject();
                for (Map.Entry<String, Object> field : header.entrySet()) {
                    this.json.writeName(field.getKey());
                    JSON.writeValue(this.json, field.getValue());
                }
                this.json.writeName("claims");
                this.json.writeStartArray();
            }
        }

        public void claim(Claim claim) {
            if (this.claimsDone) {
                throw new IllegalStateException("claims come before statements");
            }
            ClaimJson c = ClaimJson.of(claim, this.registry);
            if (this.json != null) {
                JSON.writeValue(this.json, c);
            }
            if (this.csv != null) {
                printRecord(this.csv, c);
            }
        }

        public void statement(Statement statement) {
            endClaims();
            if (this.json != null) {
                JSON.writeValue(this.json, statement);
            }
        }

        private void endClaims() {
            if (!this.claimsDone && this.json != null) {
                this.json.writeEndArray();
                this.json.writeName("statements");
                this.json.writeStartArray();
            }
            this.claimsDone = true;
        }

        @Override
        public void close() {
            endClaims();
            try {
                if (this.json != null) {
                    this.json.writeEndArray();
                    this.json.writeEndObject();
                    this.json.writeRaw('\n');
                    this.json.close();
                }
                if (this.csv != null) {
                    this.csv.close();
                }
            }
            catch (IOException ex) {
                throw new UncheckedIOException("cannot write the data files", ex);
            }
        }

        /** SHA-256 and size of {@code claims.json} as written; once closed. */
        public Manifest.Digest jsonDigest() {
            return this.jsonOut.digest();
        }

        /** SHA-256 and size of {@code claims.csv} as written; once closed. */
        public Manifest.Digest csvDigest() {
            return this.csvOut.digest();
        }
    }

    /** Hashes and counts what passes through, so that a written file need not be read back to be described. */
    private static final class HashingOutputStream extends FilterOutputStream {

        private final MessageDigest sha256 = Manifest.newDigest();

        private long bytes;

        HashingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            this.out.write(b);
            this.sha256.update((byte) b);
            this.bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            this.out.write(b, off, len);
            this.sha256.update(b, off, len);
            this.bytes += len;
        }

        Manifest.Digest digest() {
            return new Manifest.Digest(HexFormat.of().formatHex(this.sha256.digest()), this.bytes);
        }
    }

    public byte[] findingsJson(Map<String, Object> header, Reconciliation reconciliation) {
        Map<String, Object> document = new java.util.LinkedHashMap<>(header);
        document.put("findings", reconciliation.findings());
        document.put("contradictions", reconciliation.contradictions());
        document.put("derived", reconciliation.derived());
        document.put("judgments", reconciliation.judgments());
        document.put("changes", reconciliation.changes());
        return json(document);
    }

    public byte[] claimsCsv(List<Claim> claims, SourceRegistry registry) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, csvFormat())) {
            for (Claim claim : claims) {
                printRecord(printer, ClaimJson.of(claim, registry));
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static CSVFormat csvFormat() {
        return CSVFormat.RFC4180.builder()
            .setHeader("id", "document", "metric", "kind", "low", "high", "qualifier", "unit", "per", "currency",
                    "status", "source", "originator", "reliability", "via", "relayed_by", "outlet", "modality", "as_of", "quote", "start",
                    "end")
            .setRecordSeparator("\n")
            .get();
    }

    private static void printRecord(CSVPrinter printer, ClaimJson c) {
        try {
            printer.printRecord(c.id(), c.document(), c.metric(), c.kind(), c.low(), c.high(), c.qualifier(), c.unit(),
                    c.per(), c.currency(), c.status(), c.source(), c.originator(), c.reliability(),
                    String.join(" > ", c.via()), String.join(" > ", c.relayedBy()), c.outlet(), c.modality(), c.asOf(), c.quote(), c.start(), c.end());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static byte[] json(Object value) {
        String text = JSON.writeValueAsString(value).replace("\r\n", "\n");
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
