package org.briefing.app;

import java.nio.file.Path;
import java.time.LocalDate;

import org.briefing.template.Template;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * One run, checked and identified. The run id is the as-of date, the template's name and a digest
 * of the inputs, the template's files and the tool's version: the same inputs give the same run,
 * which Spring Batch then treats as the same job instance.
 *
 * @param templateLocation the template's folder, or its name when it is the packaged copy
 * @param digest SHA-256 over every input file's name and content
 * @param profileKey changes with the template and the rules; stored articles and claims are kept
 * per profile
 * @param inputs the digest of each input file, for the manifest
 */
public record RunPlan(String runId, Path seeds, Path out, Template template, String templateLocation, LocalDate asOf,
        String digest, String profileKey, String version, InputDigests inputs) {

    static final String RUN_ID = "runId";

    static final String OUT = "out";

    public JobParameters jobParameters() {
        return new JobParametersBuilder().addString(RUN_ID, this.runId)
            .addString(OUT, this.out.toString())
            .addString("seeds", this.seeds.toString(), false)
            .addString("template", this.templateLocation, false)
            .addString("asOf", this.asOf.toString(), false)
            .addString("digest", this.digest, false)
            .addString("profileKey", this.profileKey, false)
            .addString("version", this.version, false)
            .toJobParameters();
    }
}
