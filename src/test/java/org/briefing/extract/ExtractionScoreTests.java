package org.briefing.extract;

import java.nio.file.Path;

import org.briefing.TestTemplates;
import org.briefing.score.ExtractionScorer;
import org.briefing.score.Gold;
import org.briefing.score.Score;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The extractor against the seeds' gold annotations, with the targets of the issue. */
class ExtractionScoreTests {

    @Test
    void meetsTheTargetsOnTheSeeds() {
        Score score = new ExtractionScorer(TestTemplates.dprkRussia())
            .score(Gold.read(Path.of("src/test/resources/gold/seeds.gold.json")), Path.of("seeds"));

        assertThat(score.f1()).as(score.report()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.attributionAccuracy()).as(score.report()).isGreaterThanOrEqualTo(0.9);
        assertThat(score.nonClaimsReported()).as(score.report()).isEmpty();
    }
}
