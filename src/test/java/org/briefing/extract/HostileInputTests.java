package org.briefing.extract;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.briefing.TestTemplates;
import org.briefing.domain.Article;
import org.briefing.domain.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Text that defeats the rules must never break extraction: absurd numbers, a megabyte on one line,
 * no sentence breaks, mixed scripts, and random text from a seeded generator.
 */
class HostileInputTests {

    private final ClaimExtractor extractor = new ClaimExtractor(TestTemplates.dprkRussia());

    private List<Claim> extract(String body) {
        Article article = ClaimExtractorTests.article("Example Wire", null, body);
        return this.extractor.extract(article);
    }

    @Test
    void ignoresNumbersBeyondAnyCount() {
        assertThat(extract("North Korea sent 1e400 troops and 99999999999999999999999999 soldiers, officials said.")).isEmpty();
    }

    @Test
    void extractsFromAMegabyteWithoutSentenceBreaks() {
        String filler = "words without any full stop and North Korea sent 3,000 troops to Russia ".repeat(14_000);

        List<Claim> claims = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> extract(filler));

        assertThat(claims).isNotEmpty();
        assertThat(claims).allMatch((c) -> c.quantity().wholeLow() == 3000L);
    }

    @Test
    void readsEnglishFiguresAmongOtherScripts() {
        List<Claim> claims = extract("Північна Корея 北朝鮮 북한: North Korea sent 1,200 troops to Kursk, the NIS said. "
                + "Росія заборонила в'їзд 99 громадянам.");

        assertThat(claims).extracting((c) -> c.quantity().wholeLow()).containsExactly(1200L);
    }

    @ParameterizedTest
    @ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 })
    void neverThrowsOnRandomText(long seed) {
        String text = RandomText.of(new Random(seed), 20_000);

        assertThatCode(() -> assertTimeoutPreemptively(Duration.ofSeconds(20), () -> extract(text)))
            .doesNotThrowAnyException();
    }

    /** Random text built from pieces of news prose, numbers, punctuation and odd characters. */
    static final class RandomText {

        private static final String[] PIECES = { "North Korea", "sent", "troops", "soldiers", " ", ", ", ". ", "; ",
                "according to", "said", "he said", "the NIS", "between", "and", "up to", "almost", "several thousand",
                "3,000", "10 000", "1.5 billion", "$2bn", "three to four", "1e400", "KN-23", "(", ")", "“", "”", "\n\n",
                "Кім Чен Ин", "北朝鮮", "\u0000", "\u202E", "\uFEFF", "-", "–", "%", "aged 19 to 27", "killed",
                "deserted", "brigades", "won", "rubles", "per month", "October 8 to 13", "since August 6", "Mr.", "U.S.",
                "9".repeat(40), "…", "\t", "\u00A0" };

        private RandomText() {
        }

        static String of(Random random, int length) {
            StringBuilder text = new StringBuilder(length + 64);
            while (text.length() < length) {
                if (random.nextInt(10) == 0) {
                    text.append((char) (random.nextInt(0x2FFF) + 1));
                }
                else {
                    text.append(PIECES[random.nextInt(PIECES.length)]);
                }
            }
            return text.toString();
        }
    }
}
