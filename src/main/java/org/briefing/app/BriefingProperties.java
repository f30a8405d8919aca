package org.briefing.app;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The run's settings, from {@code --briefing.*} arguments or any other Spring property source
 * ({@code BRIEFING_OUT} and so on in the environment).
 *
 * @param seeds the input folder
 * @param out the output folder
 * @param template a template name (a folder of {@code report-templates/}) or a template folder
 * @param asOf the briefing's date, {@code YYYY-MM-DD}; today (or the tick's day) when not given
 * @param maxArticleBytes input files larger than this are quarantined
 * @param chunkSize items per transaction in the chunk steps
 * @param schedule a cron expression: keep running and start a run at each tick; once when empty
 * @param lockWait how long to wait for another run on the same output folder before giving up
 * @param progress {@code auto}, {@code bar}, {@code log} or {@code none}
 * @param threads threads of the extract step (its partitions) and of the ingest step's parsing; 0 for one
 * per available processor
 */
@ConfigurationProperties("briefing")
public record BriefingProperties(@DefaultValue("seeds") Path seeds, @DefaultValue("out") Path out,
        @DefaultValue("dprk-russia") String template, String asOf, @DefaultValue("2000000") long maxArticleBytes,
        @DefaultValue("50") int chunkSize, String schedule, @DefaultValue("0s") Duration lockWait,
        @DefaultValue("auto") String progress, @DefaultValue("0") int threads) {

    public BriefingProperties {
        if (threads < 0) {
            throw new IllegalArgumentException("briefing.threads must be 0 (one per processor) or more, not " + threads);
        }
    }

    /** The extract step's threads: {@link #threads()}, or one per available processor when 0. */
    int extractThreads() {
        return (this.threads > 0) ? this.threads : Runtime.getRuntime().availableProcessors();
    }

    /** Settings for one run, with the defaults of what concerns only the process. */
    static BriefingProperties of(Path seeds, Path out, String template, String asOf, long maxArticleBytes,
            int chunkSize) {
        return new BriefingProperties(seeds, out, template, asOf, maxArticleBytes, chunkSize, null, Duration.ZERO, "auto",
                0);
    }
}
