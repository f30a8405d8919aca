package org.briefing.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.briefing.domain.Claim;
import org.briefing.domain.Reconciliation;
import org.briefing.domain.Statement;
import org.briefing.domain.QuarantineEntry;
import org.briefing.ingest.InputFolder;
import org.briefing.store.ArticleStore;
import org.briefing.store.ClaimStore;
import org.briefing.store.FindingStore;
import org.briefing.template.Template;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes the briefing: PDF, {@code claims.json}, {@code claims.csv}, {@code findings.json},
 * {@code quarantine.json} when anything was set aside, and {@code manifest.json}, all into a
 * staging folder that is moved into {@code out/RUN} when every file is complete.
 */
public class RenderBriefingTasklet implements Tasklet {

    private static final Logger logger = LoggerFactory.getLogger(RenderBriefingTasklet.class);

    /**
     * {@code claims.json} larger than this is not attached to the PDF (it stays beside it, its
     * SHA-256 in the attached manifest): a PDF is held in memory while it is written.
     */
    static final long MAX_ATTACHED_CLAIMS_BYTES = 16L * 1024 * 1024;

    /** What the step needs to know about the run. */
    public record Run(String runId, String profileKey, LocalDate asOf, Path seeds, Path out, String tool,
            String version, String digest) {
    }

    private final ArticleStore articles;

    private final ClaimStore claims;

    private final FindingStore findings;

    private final Template template;

    private final Run run;

    private final Supplier<Optional<List<Map<String, Object>>>> plannedInputs;

    public RenderBriefingTasklet(ArticleStore articles, ClaimStore claims, FindingStore findings, Template template,
            Run run) {
        this(articles, claims, findings, template, run, Optional::empty);
    }

    /**
     * @param plannedInputs the manifest's input entries when the process already hashed the run's
     * inputs (to plan the run); otherwise the inputs are hashed here
     */
    public RenderBriefingTasklet(ArticleStore articles, ClaimStore claims, FindingStore findings, Template template,
            Run run, Supplier<Optional<List<Map<String, Object>>>> plannedInputs) {
        this.articles = articles;
        this.claims = claims;
        this.findings = findings;
        this.template = template;
        this.run = run;
        this.plannedInputs = plannedInputs;
    }

    /** What the briefing shows, and the data files written while it was read. */
    private record Content(BriefingContent shown, Manifest.Digest claimsJson, Manifest.Digest claimsCsv) {
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        OutputFolder out = new OutputFolder(this.run.out());
        Path staging = out.stage(this.run.runId());
        Path written = write(out, staging, content(staging));
        logger.info("briefing written to {}", written);
        return RepeatStatus.FINISHED;
    }

    /**
     * Writes {@code claims.json} and {@code claims.csv} into the staging folder while it reads the
     * claims and statements once from the database, and keeps what the briefing shows.
     */
    private Content content(Path staging) {
        Reconciliation reconciliation = this.findings.reconciliation(this.run.runId())
            .orElseGet(() -> Reconciliation.of(List.of()));
        RegisterSelection selection = new RegisterSelection(reconciliation);
        long[] totals = new long[3];
        List<Claim> claims = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        DataFiles.Streamed files = new DataFiles().open(staging.resolve("claims.json"), staging.resolve("claims.csv"),
                header(), this.template.registry());
        try (files) {
            this.claims.forEachClaim(this.run.runId(), this.run.profileKey(), (c) -> {
                files.claim(c);
                totals[0]++;
                if (selection.showsClaim(c.id(), c.articleId())) {
                    claims.add(c);
                }
            });
            this.claims.forEachStatement(this.run.runId(), this.run.profileKey(), (s) -> {
                files.statement(s);
                totals[1]++;
                if (selection.showsStatement(s.id(), s.articleId())) {
                    statements.add(s);
                }
            });
        }
        List<String> shownArticles = new ArrayList<>();
        this.articles.forEachArticleId(this.run.runId(), this.run.profileKey(), (id) -> {
            totals[2]++;
            if (selection.showsDocument(id)) {
                shownArticles.add(id);
            }
        });
        List<SourceDocument> documents = new ArrayList<>();
        for (String id : shownArticles) {
            documents.add(SourceDocument.of(this.articles.find(id, this.run.profileKey())
                .orElseThrow(() -> new IllegalStateException("article " + id + " is gone from the database"))));
        }
        List<QuarantineEntry> quarantine = new ArrayList<>(this.articles.quarantine(this.run.runId()));
        quarantine.addAll(this.claims.failures(this.run.runId(), this.run.profileKey()));
        BriefingContent shown = new BriefingContent(this.template, this.run.runId(), this.run.asOf(),
                this.run.tool() + " " + this.run.version(), documents, claims, statements, reconciliation, quarantine,
                new BriefingContent.Totals(totals[2], totals[0], totals[1], true));
        return new Content(shown, files.jsonDigest(), files.csvDigest());
    }

    private Map<String, Object> header() {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("schema", "briefing-claims/2");
        header.put("run_id", this.run.runId());
        header.put("template", this.template.name());
        header.put("as_of", this.run.asOf().toString());
        header.put("subject", this.template.subject().name());
        return header;
    }

    private Path write(OutputFolder out, Path staging, Content written) {
        DataFiles data = new DataFiles();
        byte[] claimsAttachment = readIfSmall(staging.resolve("claims.json"), written.claimsJson());
        BriefingContent content = (claimsAttachment != null) ? written.shown() : withoutAttachedClaims(written.shown());
        Map<String, Object> findingsHeader = header();
        findingsHeader.put("schema", "briefing-findings/1");
        byte[] findingsJson = data.findingsJson(findingsHeader, content.reconciliation());
        Manifest manifest = manifest(content);
        manifest.addOutput("claims.json", written.claimsJson());
        manifest.addOutput("claims.csv", written.claimsCsv());
        manifest.addOutput("findings.json", findingsJson);
        byte[] quarantineJson = content.quarantine().isEmpty() ? null : DataFiles.json(Map.of("quarantined",
                content.quarantine().stream().map((q) -> new QuarantineLine(q.fileName(), q.reason())).toList()));
        if (quarantineJson != null) {
            manifest.addOutput("quarantine.json", quarantineJson);
        }
        byte[] embeddedManifest = manifest.toJson();
        byte[] pdf = pdf(content, claimsAttachment, findingsJson, embeddedManifest);
        manifest.addOutput("briefing.pdf", pdf);
        out.write(staging, "briefing.pdf", pdf);
        out.write(staging, "findings.json", findingsJson);
        if (quarantineJson != null) {
            out.write(staging, "quarantine.json", quarantineJson);
        }
        out.write(staging, "manifest.json", manifest.toJson());
        return out.publish(this.run.runId(), staging);
    }

    /** The file's bytes to attach to the PDF, or {@code null} when it is too large to attach. */
    private static byte[] readIfSmall(Path file, Manifest.Digest written) {
        try {
            return (written.bytes() <= MAX_ATTACHED_CLAIMS_BYTES) ? Files.readAllBytes(file) : null;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + file, ex);
        }
    }

    private static BriefingContent withoutAttachedClaims(BriefingContent c) {
        BriefingContent.Totals t = c.totals();
        return new BriefingContent(c.template(), c.runId(), c.asOf(), c.generator(), c.documents(), c.claims(), c.statements(),
                c.reconciliation(), c.quarantine(), new BriefingContent.Totals(t.articles(), t.claims(), t.statements(), false));
    }

    private Manifest manifest(BriefingContent content) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("template", this.template.name());
        parameters.put("as_of", this.run.asOf().toString());
        parameters.put("inputs_digest", this.run.digest());
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("inputs", this.articles.countInputs(this.run.runId()));
        counts.put("articles", content.totals().articles());
        counts.put("quarantined", content.quarantine().size());
        counts.put("claims", content.totals().claims());
        counts.put("findings", content.findings().size());
        List<Map<String, Object>> inputs = this.plannedInputs.get()
            .orElseGet(() -> Manifest.describe(this.run.seeds(), InputFolder.listWithSidecars(this.run.seeds())));
        return new Manifest(this.run.tool(), this.run.version(), this.run.runId(), parameters, inputs, counts);
    }

    private byte[] pdf(BriefingContent content, byte[] claimsJson, byte[] findingsJson, byte[] manifest) {
        List<PdfMetadata.Attachment> attachments = new ArrayList<>();
        if (claimsJson != null) {
            attachments.add(new PdfMetadata.Attachment("claims.json", "Every claim of the briefing", "application/json",
                    "Data", claimsJson));
        }
        attachments.add(new PdfMetadata.Attachment("findings.json", "The reconciled findings", "application/json", "Data",
                findingsJson));
        attachments.add(new PdfMetadata.Attachment("manifest.json", "Inputs, outputs and parameters of the run",
                "application/json", "Source", manifest));
        return new BriefingPdf(new PdfWriter()).write(content, this.run.runId() + "/" + this.run.digest(), attachments);
    }


    /** One line of quarantine.json; a record keeps its fields in this order in every run (a Map.of would not). */
    private record QuarantineLine(String file, String reason) {
    }
}
