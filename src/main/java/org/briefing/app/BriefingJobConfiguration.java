package org.briefing.app;

import java.nio.file.Path;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.briefing.domain.Article;
import org.briefing.extract.ClaimExtractor;
import org.briefing.extract.ClaimItemProcessor;
import org.briefing.extract.ClaimItemWriter;
import org.briefing.extract.ExtractedArticle;
import org.briefing.ingest.ArticleIngestor;
import org.briefing.ingest.ArticleItemProcessor;
import org.briefing.ingest.IngestItemWriter;
import org.briefing.ingest.InputFile;
import org.briefing.ingest.InputFileReader;
import org.briefing.reconcile.ReconcileTasklet;
import org.briefing.reconcile.Reconciler;
import org.briefing.render.RenderBriefingTasklet;
import org.briefing.store.ArticleStore;
import org.briefing.store.ClaimStore;
import org.briefing.store.FindingStore;
import org.briefing.template.Template;
import org.briefing.template.TemplateLoader;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The briefing job, its steps in run order: ingest, extract, reconcile, render. Step-scoped beans
 * take the run's settings from the job parameters that {@link RunPlan} builds. Every step reports
 * its progress ({@link ProgressListener}) and offers the test's pause points ({@link PausePoint}).
 */
@Configuration(proxyBeanMethods = false)
class BriefingJobConfiguration {

    static final String JOB = "briefingJob";

    @Bean
    Job briefingJob(JobRepository jobRepository, Step ingestStep, Step extractStep, Step reconcileStep,
            Step renderStep) {
        return new JobBuilder(JOB, jobRepository).start(ingestStep)
            .next(extractStep)
            .next(reconcileStep)
            .next(renderStep)
            .build();
    }

    // 1. ingest: input files to articles or quarantine entries

    /**
     * The files of a chunk are ingested on several threads ({@code ingestThreads}) and stored in
     * input order on this step's thread, in the chunk's transaction ({@link ConcurrentProcessingWriter});
     * the next chunk's files are ingested while this one is written.
     */
    @Bean
    Step ingestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            InputFileReader inputFileReader, ItemWriter<InputFile> ingestWriter, BriefingProperties properties,
            ProgressListener progress, PausePoint pause) {
        return new StepBuilder("ingestStep", jobRepository).<InputFile, InputFile>chunk(properties.chunkSize())
            .transactionManager(transactionManager)
            .reader(inputFileReader)
            .writer(ingestWriter)
            .listener(progress)
            .listener(pause)
            .build();
    }

    @Bean
    @StepScope
    InputFileReader inputFileReader(@Value("#{jobParameters['seeds']}") String seeds) {
        return new InputFileReader(Path.of(seeds));
    }

    /** As many threads as the extract step's; they live as long as the process. */
    @Bean
    ThreadPoolTaskExecutor ingestThreads(BriefingProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(properties.extractThreads());
        executor.setMaxPoolSize(properties.extractThreads());
        executor.setThreadNamePrefix("ingest-");
        executor.setDaemon(true);
        return executor;
    }

    @Bean
    @StepScope
    ItemWriter<InputFile> ingestWriter(ArticleStore articles, @Value("#{jobParameters['runId']}") String runId,
            @Value("#{jobParameters['profileKey']}") String profileKey, @Value("#{jobParameters['seeds']}") String seeds,
            @Value("#{jobParameters['template']}") String template, BriefingProperties properties,
            ThreadPoolTaskExecutor ingestThreads, InputFileReader inputFileReader) {
        Template loaded = load(template);
        ArticleItemProcessor ingest = new ArticleItemProcessor(
                () -> new ArticleIngestor(Path.of(seeds), properties.maxArticleBytes(), loaded));
        return new ConcurrentProcessingWriter<>(ingest, ingestThreads, new IngestItemWriter(articles, runId, profileKey),
                () -> inputFileReader.upcoming(properties.chunkSize()));
    }

    // 2. extract: articles to claims, partitioned by ranges of the run's inputs

    /** Partitions run in threads here or in worker processes: see {@link PartitioningConfiguration}. */
    @Bean
    Step extractStep(JobRepository jobRepository, Step extractPartitionStep, ExtractPartitions extractPartitions,
            PartitionHandler partitionHandler, ProgressListener progress, PausePoint pause) {
        return new StepBuilder("extractStep", jobRepository)
            .partitioner(PartitioningConfiguration.WORKER_STEP, extractPartitions)
            .partitionHandler(partitionHandler)
            .listener((StepExecutionListener) progress)
            .listener((StepExecutionListener) pause)
            .build();
    }

    @Bean
    @StepScope
    ExtractPartitions extractPartitions(DataSource dataSource, @Value("#{jobParameters['runId']}") String runId) {
        return new ExtractPartitions(new JdbcTemplate(dataSource), runId);
    }

    /** One partition: its own reader, extractor and writer, as {@code ClaimExtractor} is not thread-safe. */
    @Bean
    Step extractPartitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            PendingArticleReader pendingArticles, ClaimItemProcessor claimProcessor, ClaimItemWriter claimWriter,
            BriefingProperties properties, ProgressListener progress, PausePoint pause) {
        return new StepBuilder(PartitioningConfiguration.WORKER_STEP, jobRepository)
            .<Article, ExtractedArticle>chunk(properties.chunkSize())
            .transactionManager(transactionManager)
            .reader(pendingArticles)
            .processor(claimProcessor)
            .writer(claimWriter)
            .listener(progress.chunks())
            .listener(pause.chunksOf("extractStep"))
            .build();
    }

    @Bean
    @StepScope
    PendingArticleReader pendingArticles(DataSource dataSource, @Value("#{jobParameters['runId']}") String runId,
            @Value("#{jobParameters['profileKey']}") String profileKey,
            @Value("#{stepExecutionContext['" + ExtractPartitions.FIRST + "']}") int first,
            @Value("#{stepExecutionContext['" + ExtractPartitions.LAST + "']}") int last, BriefingProperties properties) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        return new PendingArticleReader(jdbc, runId, profileKey, first, last, properties.chunkSize());
    }

    @Bean
    @StepScope
    ClaimItemProcessor claimProcessor(@Value("#{jobParameters['template']}") String template) {
        return new ClaimItemProcessor(new ClaimExtractor(load(template)));
    }

    @Bean
    @StepScope
    ClaimItemWriter claimWriter(ClaimStore claims, @Value("#{jobParameters['profileKey']}") String profileKey) {
        return new ClaimItemWriter(claims, profileKey);
    }

    // 3. reconcile: claims to findings

    @Bean
    Step reconcileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ReconcileTasklet reconcileTasklet, ProgressListener progress, PausePoint pause) {
        return new StepBuilder("reconcileStep", jobRepository).tasklet(reconcileTasklet, transactionManager)
            .listener((StepExecutionListener) progress)
            .listener((StepExecutionListener) pause)
            .build();
    }

    @Bean
    @StepScope
    ReconcileTasklet reconcileTasklet(ClaimStore claims, FindingStore findings,
            @Value("#{jobParameters['template']}") String template, @Value("#{jobParameters['runId']}") String runId,
            @Value("#{jobParameters['profileKey']}") String profileKey, @Value("#{jobParameters['out']}") String out) {
        return new ReconcileTasklet(claims, findings, new Reconciler(load(template)), runId, profileKey, Path.of(out));
    }

    // 4. render: findings and claims to the briefing

    @Bean
    Step renderStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            RenderBriefingTasklet renderTasklet, ProgressListener progress, PausePoint pause) {
        return new StepBuilder("renderStep", jobRepository).tasklet(renderTasklet, transactionManager)
            .listener((StepExecutionListener) progress)
            .listener((StepExecutionListener) pause)
            .build();
    }

    @Bean
    @StepScope
    RenderBriefingTasklet renderTasklet(ArticleStore articles, ClaimStore claims, FindingStore findings,
            @Value("#{jobParameters}") java.util.Map<String, Object> parameters, PlannedInputs plannedInputs) {
        RenderBriefingTasklet.Run run = new RenderBriefingTasklet.Run((String) parameters.get("runId"),
                (String) parameters.get("profileKey"), LocalDate.parse((String) parameters.get("asOf")),
                Path.of((String) parameters.get("seeds")), Path.of((String) parameters.get("out")), "briefing",
                (String) parameters.get("version"), (String) parameters.get("digest"));
        return new RenderBriefingTasklet(articles, claims, findings, load((String) parameters.get("template")), run,
                () -> plannedInputs.describe(run.digest()));
    }

    /** The run's template; each step reads it again, so that a restarted step needs no state. */
    private static Template load(String location) {
        return new TemplateLoader().load(location);
    }
}
