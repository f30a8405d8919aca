package org.briefing.ingest;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublisherFinderTests {

    @Test
    void aTextWithAnOutletThatCouldNotVerifyMayReferToItself() {
        assertThat(PublisherFinder.mayReferToItself("Yonhap could not independently verify the claim.")).isTrue();
        assertThat(PublisherFinder.mayReferToItself("The troops could not be seen.")).isFalse();
        assertThat(PublisherFinder.mayReferToItself("Officials did not say.")).isFalse();
    }

    @Test
    void aMastheadInCapitalsWithItsSectionNamesTheOutletButAHeadlineDoesNot() {
        assertThat(PublisherFinder.mastheadWithFurniture("VERIFACT DESK | FACT CHECK")).isEqualTo("VERIFACT DESK");
        assertThat(PublisherFinder.mastheadWithFurniture("THE CONTINENT | Issue 203")).isEqualTo("THE CONTINENT");
        assertThat(PublisherFinder.mastheadWithFurniture("Ukraine War | Live")).isNull();
        assertThat(PublisherFinder.mastheadWithFurniture("UKRAINE WAR | DAY 1,000")).isNull();
    }

    /** The cheap check never rules out a text that holds the outlet's self-reference. */
    @Test
    void neverRulesOutATextThePatternMatches() {
        String[] pieces = { "Reuters", "The Kyiv Independent", "could not", "cannot", "can not", "was unable to",
                "has not been able to", "has not", "did not", "independently", "verify", "confirm", "observed", "seen",
                "Xcould not", "CNN's", "it", "We", "verifying" };
        String[] separators = { " ", " ", " ", " ", "  ", "\n", ", ", ".", "-", "" };
        Random random = new Random(11);
        int matched = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]).append(separators[random.nextInt(separators.length)]);
            }
            String input = text.toString();
            if (PublisherFinder.SELF_REFERENCE.matcher(input).find()) {
                matched++;
                assertThat(PublisherFinder.mayReferToItself(input)).as(input).isTrue();
            }
        }
        assertThat(matched).as("random texts that hold a self-reference").isGreaterThan(100);
    }
}
