package org.briefing.app;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The run's settings, from {@code --briefing.*} arguments or any other Spring property source.
 *
 * @param seeds the input folder
 * @param out the output folder
 * @param template a template name (a folder of {@code report-templates/}) or a template folder
 * @param asOf the briefing's date, {@code YYYY-MM-DD}; today when not given
 * @param maxArticleBytes input files larger than this are quarantined
 * @param chunkSize items per transaction in the chunk steps
 */
@ConfigurationProperties("briefing")
public record BriefingProperties(@DefaultValue("seeds") Path seeds, @DefaultValue("out") Path out,
        @DefaultValue("dprk-russia") String template, String asOf, @DefaultValue("2000000") long maxArticleBytes,
        @DefaultValue("50") int chunkSize) {
}
