package org.briefing.extract;

import java.nio.file.Path;

import org.briefing.TestTemplates;
import org.briefing.score.ExtractionScorer;
import org.briefing.score.Gold;
import org.briefing.score.Score;
import org.briefing.template.Template;
import org.briefing.template.TemplateLoader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The extractor against the seeds' gold annotations, with the targets of the issue. */
class ExtractionScoreTests {

    private static final String FIXTURES = "src/test/resources/fixtures/";

    /** A fixture set ({@code gold.json}, {@code articles/}) scored with the template given. */
    private static Score score(String set, Template template) {
        return new ExtractionScorer(template)
            .score(Gold.read(Path.of(FIXTURES + set + "/gold.json")), Path.of(FIXTURES + set + "/articles"));
    }

    /** A fixture set scored with its own {@code template/}. */
    private static Score scoreWithItsTemplate(String set) {
        return score(set, new TemplateLoader().load(FIXTURES + set + "/template"));
    }

    @Test
    void meetsTheTargetsOnTheSeeds() {
        Score score = new ExtractionScorer(TestTemplates.dprkRussia())
            .score(Gold.read(Path.of("src/test/resources/gold/seeds.gold.json")), Path.of("seeds"));

        assertThat(score.f1()).as(score.report()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.attributionAccuracy()).as(score.report()).isGreaterThanOrEqualTo(0.9);
        assertThat(score.nonClaimsReported()).as(score.report()).isEmpty();
    }

    /**
     * The first fixture sets were written by someone who never saw the rules, but the rules were
     * tuned while looking at them: these floors only guard against regressions (the held-out set
     * measures generalisation, see docs/benchmarks.md).
     */
    @Test
    void keepsItsScoresOnTheFixtureSets() {
        Score dprk = score("dprk-russia", TestTemplates.dprkRussia());
        Score iran = scoreWithItsTemplate("iran-drones");

        assertThat(dprk.f1()).as(dprk.report()).isGreaterThanOrEqualTo(0.90);
        assertThat(dprk.attributionAccuracy()).as(dprk.report()).isGreaterThanOrEqualTo(0.72);
        assertThat(iran.f1()).as(iran.report()).isGreaterThanOrEqualTo(0.80);
        assertThat(iran.attributionAccuracy()).as(iran.report()).isGreaterThanOrEqualTo(0.55);
    }

    /**
     * The second fixture sets (under {@code holdout/}) were scored once unseen (docs/benchmarks.md)
     * and have been read since: their floors too only guard against regressions.
     */
    @Test
    void keepsItsScoresOnTheSecondFixtureSets() {
        Score dprk = score("holdout/dprk-russia", TestTemplates.dprkRussia());
        Score china = scoreWithItsTemplate("holdout/china-dual-use");

        assertThat(dprk.f1()).as(dprk.report()).isGreaterThanOrEqualTo(0.78);
        assertThat(dprk.attributionAccuracy()).as(dprk.report()).isGreaterThanOrEqualTo(0.78);
        assertThat(china.f1()).as(china.report()).isGreaterThanOrEqualTo(0.85);
        assertThat(china.attributionAccuracy()).as(china.report()).isGreaterThanOrEqualTo(0.70);
    }

    /** The third set (under {@code holdout2/}): scored once unseen (F1 0.933), a regression floor since. */
    @Test
    void keepsItsScoresOnTheThirdFixtureSet() {
        Score dprk = score("holdout2/dprk-russia", TestTemplates.dprkRussia());

        assertThat(dprk.f1()).as(dprk.report()).isGreaterThanOrEqualTo(0.90);
        assertThat(dprk.attributionAccuracy()).as(dprk.report()).isGreaterThanOrEqualTo(0.70);
    }

    /**
     * The fourth set (under {@code holdout3/}), a new subject with a template written from the
     * documentation: scored once unseen (F1 0.732, attribution 0.317), a regression floor since.
     * The attribution floor is 0.73 since 'as much as' became an upper bound: one more claim
     * matched (a pledge's sum whose anonymous source is two sentences back), 30 of 41 attributed.
     */
    @Test
    void keepsItsScoresOnTheFourthFixtureSet() {
        Score sahel = scoreWithItsTemplate("holdout3/sahel-africa-corps");

        assertThat(sahel.f1()).as(sahel.report()).isGreaterThanOrEqualTo(0.76);
        assertThat(sahel.attributionAccuracy()).as(sahel.report()).isGreaterThanOrEqualTo(0.73);
    }

    /**
     * The fifth set (under {@code holdout4/}), foreign recruits in Russia's army, a template written
     * from the documentation: scored once unseen (F1 0.690, attribution 0.380), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheFifthFixtureSet() {
        Score recruits = scoreWithItsTemplate("holdout4/foreign-recruits");

        assertThat(recruits.f1()).as(recruits.report()).isGreaterThanOrEqualTo(0.75);
        assertThat(recruits.attributionAccuracy()).as(recruits.report()).isGreaterThanOrEqualTo(0.53);
    }

    /**
     * The sixth set (under {@code holdout5/}), Houthi attacks on Red Sea shipping, a template written
     * from the documentation: scored once unseen (F1 0.730, attribution 0.391), a regression floor since.
     * Attribution floor 0.88 since the article-wide subject gate: it found five more claims (51 of
     * 54 matched claims attributed right before, 53 of 59 after), three of them with harder speakers.
     */
    @Test
    void keepsItsScoresOnTheSixthFixtureSet() {
        Score shipping = scoreWithItsTemplate("holdout5/red-sea-shipping");

        assertThat(shipping.f1()).as(shipping.report()).isGreaterThanOrEqualTo(0.78);
        assertThat(shipping.attributionAccuracy()).as(shipping.report()).isGreaterThanOrEqualTo(0.88);
    }

    /**
     * The seventh set (under {@code holdout6/}), small-boat crossings of the English Channel, a
     * template written from the documentation: scored once unseen (F1 0.646, attribution 0.786), a
     * regression floor since.
     */
    @Test
    void keepsItsScoresOnTheSeventhFixtureSet() {
        Score channel = scoreWithItsTemplate("holdout6/channel-crossings");

        assertThat(channel.f1()).as(channel.report()).isGreaterThanOrEqualTo(0.84);
        assertThat(channel.attributionAccuracy()).as(channel.report()).isGreaterThanOrEqualTo(0.85);
    }

    /**
     * The eighth set (under {@code holdout7/}), North Korea and Russia in 2025: scored once unseen
     * (F1 0.726, attribution 0.378, before the outlet's own claims lost the publisher from `via`), a
     * regression floor since.
     */
    @Test
    void keepsItsScoresOnTheEighthFixtureSet() {
        Score dprk = score("holdout7/dprk-russia-2025", TestTemplates.dprkRussia());

        assertThat(dprk.f1()).as(dprk.report()).isGreaterThanOrEqualTo(0.83);
        assertThat(dprk.attributionAccuracy()).as(dprk.report()).isGreaterThanOrEqualTo(0.66);
    }

    /**
     * The ninth set (under {@code holdout8/}), the RSF in Sudan's war, a template written from the
     * documentation after the sixth session's rules: scored once unseen (F1 0.797, attribution
     * 0.367), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheNinthFixtureSet() {
        Score sudan = scoreWithItsTemplate("holdout8/sudan-war");

        assertThat(sudan.f1()).as(sudan.report()).isGreaterThanOrEqualTo(0.77);
        assertThat(sudan.attributionAccuracy()).as(sudan.report()).isGreaterThanOrEqualTo(0.62);
    }

    /**
     * The tenth set (under {@code holdout9/}), North Korean workers in Russia and what they are paid,
     * 2025-2026: scored once unseen at commit {@code 21f7c93} (F1 0.617, attribution 0.435), a
     * regression floor since; 0.671 and 0.404 with the article-wide subject gate.
     */
    @Test
    void keepsItsScoresOnTheTenthFixtureSet() {
        Score workers = score("holdout9/dprk-russia-workers", TestTemplates.dprkRussia());

        assertThat(workers.f1()).as(workers.report()).isGreaterThanOrEqualTo(0.64);
        assertThat(workers.attributionAccuracy()).as(workers.report()).isGreaterThanOrEqualTo(0.50);
    }

    /**
     * The eleventh set (under {@code holdout10/}), Russia's shadow fleet of tankers, its own template:
     * scored once unseen at commit {@code 21f7c93} (F1 0.492, attribution 0.793), a regression floor
     * since; 0.667 and 0.765 with the article-wide subject gate, 0.693 and 0.811 with decimal figures.
     */
    @Test
    void keepsItsScoresOnTheEleventhFixtureSet() {
        Score fleet = scoreWithItsTemplate("holdout10/shadow-fleet");

        assertThat(fleet.f1()).as(fleet.report()).isGreaterThanOrEqualTo(0.67);
        assertThat(fleet.attributionAccuracy()).as(fleet.report()).isGreaterThanOrEqualTo(0.78);
    }

    /**
     * The twelfth set (under {@code holdout11/}), North Korean arms for Russia, 2025-2026, the dprk
     * template: scored once unseen at commit {@code 01b1d2b} (F1 0.690, attribution 0.531) and at
     * {@code 52925cd} (0.728, 0.564), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheTwelfthFixtureSet() {
        Score arms = score("holdout11/dprk-russia-arms", TestTemplates.dprkRussia());

        assertThat(arms.f1()).as(arms.report()).isGreaterThanOrEqualTo(0.75);
        assertThat(arms.attributionAccuracy()).as(arms.report()).isGreaterThanOrEqualTo(0.68);
    }

    /**
     * The thirteenth set (under {@code holdout12/}), Ukrainian children deported to Russia, its own
     * template: scored once unseen at commit {@code 01b1d2b} (F1 0.556, attribution 0.425) and at
     * {@code 52925cd} (0.606, 0.489), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheThirteenthFixtureSet() {
        Score children = scoreWithItsTemplate("holdout12/ukraine-children");

        assertThat(children.f1()).as(children.report()).isGreaterThanOrEqualTo(0.63);
        assertThat(children.attributionAccuracy()).as(children.report()).isGreaterThanOrEqualTo(0.66);
    }

    /**
     * The fourteenth set (under {@code holdout13/}), North Korean losses, prisoners, deserters and
     * rotations, 2025-2026, the dprk template: scored once unseen at commit {@code 8535599} (F1 0.822,
     * attribution 0.403; the same at the session's first commit {@code 2033fdc}), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheFourteenthFixtureSet() {
        Score losses = score("holdout13/dprk-russia-losses", TestTemplates.dprkRussia());

        assertThat(losses.f1()).as(losses.report()).isGreaterThanOrEqualTo(0.82);
        assertThat(losses.attributionAccuracy()).as(losses.report()).isGreaterThanOrEqualTo(0.54);
    }

    /**
     * The fifteenth set (under {@code holdout14/}), Chinese military pressure around Taiwan, its own
     * template: scored once unseen at commit {@code 5ec2df7} (F1 0.754, attribution 0.667; 0.754 and
     * 0.460 at the session's first commit {@code 2033fdc}), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheFifteenthFixtureSet() {
        Score taiwan = scoreWithItsTemplate("holdout14/taiwan-pressure");

        assertThat(taiwan.f1()).as(taiwan.report()).isGreaterThanOrEqualTo(0.81);
        assertThat(taiwan.attributionAccuracy()).as(taiwan.report()).isGreaterThanOrEqualTo(0.66);
    }

    /**
     * The sixteenth set (under {@code holdout15/}), North Korea's 2026 rotations and what Pyongyang is
     * paid, the dprk template: scored once unseen at commit {@code 48cbca6} (F1 0.833, attribution
     * 0.629), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheSixteenthFixtureSet() {
        Score rotations = score("holdout15/dprk-russia-rotations", TestTemplates.dprkRussia());

        assertThat(rotations.f1()).as(rotations.report()).isGreaterThanOrEqualTo(0.81);
        assertThat(rotations.attributionAccuracy()).as(rotations.report()).isGreaterThanOrEqualTo(0.75);
    }

    /**
     * The seventeenth set (under {@code holdout16/}), cocaine through Europe's ports, its own template:
     * scored once unseen at commit {@code 48cbca6} (F1 0.682, attribution 0.590), a regression floor
     * since.
     */
    @Test
    void keepsItsScoresOnTheSeventeenthFixtureSet() {
        Score cocaine = scoreWithItsTemplate("holdout16/cocaine-ports");

        assertThat(cocaine.f1()).as(cocaine.report()).isGreaterThanOrEqualTo(0.80);
        assertThat(cocaine.attributionAccuracy()).as(cocaine.report()).isGreaterThanOrEqualTo(0.63);
    }

    /**
     * The eighteenth set (under {@code holdout17/}), how intelligence figures on North Korea travel
     * (NIS to lawmakers to Yonhap, HUR, Japan, UK Defence Intelligence), the dprk template: scored
     * once unseen at commit {@code 9901c74} (F1 0.843, attribution 0.480), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheEighteenthFixtureSet() {
        Score relays = score("holdout17/dprk-russia-relays", TestTemplates.dprkRussia());

        assertThat(relays.f1()).as(relays.report()).isGreaterThanOrEqualTo(0.82);
        assertThat(relays.attributionAccuracy()).as(relays.report()).isGreaterThanOrEqualTo(0.58);
    }

    /**
     * The nineteenth set (under {@code holdout18/}), measles in North America and Europe, its own
     * template: scored once unseen at commit {@code 9901c74} (F1 0.732, attribution 0.662), a
     * regression floor since.
     */
    @Test
    void keepsItsScoresOnTheNineteenthFixtureSet() {
        Score measles = scoreWithItsTemplate("holdout18/measles-outbreaks");

        assertThat(measles.f1()).as(measles.report()).isGreaterThanOrEqualTo(0.82);
        assertThat(measles.attributionAccuracy()).as(measles.report()).isGreaterThanOrEqualTo(0.72);
    }

    /**
     * The twentieth set (under {@code holdout19/}), what Pyongyang is paid, the dprk-russia
     * template: scored once unseen at commit {@code a1162cd}'s code (F1 0.777, attribution 0.515), a
     * regression floor since.
     */
    @Test
    void keepsItsScoresOnTheTwentiethFixtureSet() {
        Score returns = score("holdout19/dprk-russia-returns", TestTemplates.dprkRussia());

        assertThat(returns.f1()).as(returns.report()).isGreaterThanOrEqualTo(0.80);
        assertThat(returns.attributionAccuracy()).as(returns.report()).isGreaterThanOrEqualTo(0.66);
    }

    /**
     * The twenty-first set (under {@code holdout20/}), the Myanmar earthquake of March 2025, its own
     * template: scored once unseen at commit {@code a1162cd}'s code (F1 0.838, attribution 0.513), a
     * regression floor since.
     */
    @Test
    void keepsItsScoresOnTheTwentyFirstFixtureSet() {
        Score quake = scoreWithItsTemplate("holdout20/myanmar-earthquake");

        assertThat(quake.f1()).as(quake.report()).isGreaterThanOrEqualTo(0.82);
        assertThat(quake.attributionAccuracy()).as(quake.report()).isGreaterThanOrEqualTo(0.78);
    }

    /**
     * The twenty-second set (under {@code holdout21/}), North Korea's engineers, builders and
     * Alabuga labourers, the dprk-russia template: scored once unseen at commit {@code 5d75f39}'s
     * code (F1 0.830, attribution 0.577), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheTwentySecondFixtureSet() {
        Score engineers = score("holdout21/dprk-russia-engineers", TestTemplates.dprkRussia());

        assertThat(engineers.f1()).as(engineers.report()).isGreaterThanOrEqualTo(0.82);
        assertThat(engineers.attributionAccuracy()).as(engineers.report()).isGreaterThanOrEqualTo(0.70);
    }

    /**
     * The twenty-third set (under {@code holdout22/}), Russia's drone and missile attacks on
     * Ukraine, its own template: scored once unseen at commit {@code 5d75f39}'s code (F1 0.765,
     * attribution 0.867), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheTwentyThirdFixtureSet() {
        Score attacks = scoreWithItsTemplate("holdout22/ukraine-air-attacks");

        assertThat(attacks.f1()).as(attacks.report()).isGreaterThanOrEqualTo(0.83);
        assertThat(attacks.attributionAccuracy()).as(attacks.report()).isGreaterThanOrEqualTo(0.82);
    }

    /**
     * The twenty-fourth set (under {@code holdout23/}), Canada's 2025 wildfire season, its own
     * template: scored once unseen at commit {@code 08836ee}'s code (F1 0.805, attribution 0.662), a
     * regression floor since.
     */
    @Test
    void keepsItsScoresOnTheTwentyFourthFixtureSet() {
        Score fires = scoreWithItsTemplate("holdout23/canada-wildfires");

        assertThat(fires.f1()).as(fires.report()).isGreaterThanOrEqualTo(0.85);
        assertThat(fires.attributionAccuracy()).as(fires.report()).isGreaterThanOrEqualTo(0.70);
    }

    /**
     * The twenty-fifth set (under {@code holdout24/}), military aid to Ukraine, its own template:
     * scored once unseen at commit {@code 08836ee}'s code (F1 0.310, attribution 0.655), a regression
     * floor since.
     */
    @Test
    void keepsItsScoresOnTheTwentyFifthFixtureSet() {
        Score aid = scoreWithItsTemplate("holdout24/ukraine-aid-pledges");

        assertThat(aid.f1()).as(aid.report()).isGreaterThanOrEqualTo(0.80);
        assertThat(aid.attributionAccuracy()).as(aid.report()).isGreaterThanOrEqualTo(0.62);
    }

    /**
     * The twenty-sixth set (under {@code holdout25/}), the Panama Canal, its own template: scored once
     * unseen at commit {@code cf113bc}'s code (F1 0.656, attribution 0.791), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheTwentySixthFixtureSet() {
        Score canal = scoreWithItsTemplate("holdout25/panama-canal");

        assertThat(canal.f1()).as(canal.report()).isGreaterThanOrEqualTo(0.72);
        assertThat(canal.attributionAccuracy()).as(canal.report()).isGreaterThanOrEqualTo(0.86);
    }

    /**
     * The twenty-seventh set (under {@code holdout26/}), H5N1 in livestock and people, its own
     * template: scored once unseen at commit {@code cf113bc}'s code (F1 0.703, attribution 0.586), a
     * regression floor since.
     */
    @Test
    void keepsItsScoresOnTheTwentySeventhFixtureSet() {
        Score flu = scoreWithItsTemplate("holdout26/h5n1-dairy");

        assertThat(flu.f1()).as(flu.report()).isGreaterThanOrEqualTo(0.80);
        assertThat(flu.attributionAccuracy()).as(flu.report()).isGreaterThanOrEqualTo(0.77);
    }

    /**
     * The twenty-eighth set (under {@code holdout27/}), North Korea's support to Russia in 2026
     * reporting, the first subject's template: scored once unseen at commit {@code 62aa0a0}'s code
     * (F1 0.867, attribution 0.661), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheTwentyEighthFixtureSet() {
        Score year2026 = score("holdout27/dprk-russia-2026", TestTemplates.dprkRussia());

        assertThat(year2026.f1()).as(year2026.report()).isGreaterThanOrEqualTo(0.85);
        assertThat(year2026.attributionAccuracy()).as(year2026.report()).isGreaterThanOrEqualTo(0.78);
    }

    /**
     * The twenty-ninth set (under {@code holdout28/}), ransomware and cyber extortion, its own
     * template: scored once unseen at commit {@code 62aa0a0}'s code (F1 0.829, attribution 0.690), a
     * regression floor since.
     */
    @Test
    void keepsItsScoresOnTheTwentyNinthFixtureSet() {
        Score ransomware = scoreWithItsTemplate("holdout28/ransomware-payments");

        assertThat(ransomware.f1()).as(ransomware.report()).isGreaterThanOrEqualTo(0.81);
        assertThat(ransomware.attributionAccuracy()).as(ransomware.report()).isGreaterThanOrEqualTo(0.70);
    }

    /**
     * The thirtieth set (under {@code holdout29/}), what North Korea is paid for its support to
     * Russia, the first subject's template: scored once unseen at commit {@code 9391cba}'s code (F1
     * 0.784, attribution 0.328), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheThirtiethFixtureSet() {
        Score payments = score("holdout29/dprk-russia-payments", TestTemplates.dprkRussia());

        assertThat(payments.f1()).as(payments.report()).isGreaterThanOrEqualTo(0.79);
        assertThat(payments.attributionAccuracy()).as(payments.report()).isGreaterThanOrEqualTo(0.61);
    }

    /**
     * The thirty-first set (under {@code holdout30/}), illegal gold mining in the Amazon, its own
     * template: scored once unseen at commit {@code 9391cba}'s code (F1 0.704, attribution 0.760), a
     * regression floor since.
     */
    @Test
    void keepsItsScoresOnTheThirtyFirstFixtureSet() {
        Score mining = scoreWithItsTemplate("holdout30/amazon-illegal-mining");

        assertThat(mining.f1()).as(mining.report()).isGreaterThanOrEqualTo(0.70);
        assertThat(mining.attributionAccuracy()).as(mining.report()).isGreaterThanOrEqualTo(0.76);
    }

    /**
     * The thirty-second set (under {@code holdout31/}), North Korea's support to Russia as reported from
     * Ukraine, Japan and Europe in 2026, the first subject's template: scored once unseen at commit
     * {@code f8b2b6a}'s code (F1 0.828, attribution 0.604), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheThirtySecondFixtureSet() {
        Score seenFromKyiv = score("holdout31/dprk-russia-ukraine-view", TestTemplates.dprkRussia());

        assertThat(seenFromKyiv.f1()).as(seenFromKyiv.report()).isGreaterThanOrEqualTo(0.83);
        assertThat(seenFromKyiv.attributionAccuracy()).as(seenFromKyiv.report()).isGreaterThanOrEqualTo(0.69);
    }

    /**
     * The thirty-third set (under {@code holdout32/}), mpox in Africa, its own template: scored once
     * unseen at commit {@code f8b2b6a}'s code (F1 0.672, attribution 0.488), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheThirtyThirdFixtureSet() {
        Score mpox = scoreWithItsTemplate("holdout32/mpox-africa");

        assertThat(mpox.f1()).as(mpox.report()).isGreaterThanOrEqualTo(0.72);
        assertThat(mpox.attributionAccuracy()).as(mpox.report()).isGreaterThanOrEqualTo(0.74);
    }

    /**
     * The thirty-fourth set (under {@code holdout33/}), Ukraine's Black Sea grain corridor, its own
     * template: scored once unseen at commit {@code f8b2b6a}'s code (F1 0.579, attribution 0.677) after
     * its template's YAML was mended, a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheThirtyFourthFixtureSet() {
        Score grain = scoreWithItsTemplate("holdout33/black-sea-grain");

        // 2026-11-24: F1 0.714 -> 0.739 once percentages are read where the template counts them; the war-risk
        // premiums it now matches are mostly brokers' ("according to three London-based brokers"), whom the
        // resolver does not name, so the attribution share fell from 0.850 to 0.773
        assertThat(grain.f1()).as(grain.report()).isGreaterThanOrEqualTo(0.78);
        assertThat(grain.attributionAccuracy()).as(grain.report()).isGreaterThanOrEqualTo(0.76);
    }

    /**
     * The thirty-fifth set (under {@code holdout34/}), North Korea's support to Russia as sanctions monitors
     * document it, the first subject's template: scored once unseen at commit {@code 8b8823e}'s code (F1 0.852,
     * attribution 0.654), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheThirtyFifthFixtureSet() {
        Score monitors = score("holdout34/dprk-russia-monitors", TestTemplates.dprkRussia());

        assertThat(monitors.f1()).as(monitors.report()).isGreaterThanOrEqualTo(0.83);
        assertThat(monitors.attributionAccuracy()).as(monitors.report()).isGreaterThanOrEqualTo(0.86);
    }

    /**
     * The thirty-sixth set (under {@code holdout35/}), gang violence in Haiti and the security mission, its
     * own template: scored once unseen at commit {@code 8b8823e}'s code (F1 0.667, attribution 0.500), a
     * regression floor since.
     */
    @Test
    void keepsItsScoresOnTheThirtySixthFixtureSet() {
        Score haiti = scoreWithItsTemplate("holdout35/haiti-gangs");

        assertThat(haiti.f1()).as(haiti.report()).isGreaterThanOrEqualTo(0.77);
        assertThat(haiti.attributionAccuracy()).as(haiti.report()).isGreaterThanOrEqualTo(0.59);
    }

    /**
     * The thirty-seventh set (under {@code holdout36/}), the smuggling of AI chips to China, its own template:
     * scored once unseen at commit {@code 8b8823e}'s code (F1 0.806, attribution 0.635), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheThirtySeventhFixtureSet() {
        Score chips = scoreWithItsTemplate("holdout36/ai-chip-smuggling");

        assertThat(chips.f1()).as(chips.report()).isGreaterThanOrEqualTo(0.79);
        assertThat(chips.attributionAccuracy()).as(chips.report()).isGreaterThanOrEqualTo(0.64);
    }

    /**
     * The thirty-eighth set (under {@code holdout37/}), North Korea's support to Russia as South Korean lawmakers
     * relay the NIS's closed briefings, the first subject's template: scored once unseen at commit
     * {@code 3d6a02f}'s code (F1 0.832, attribution 0.654), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheThirtyEighthFixtureSet() {
        Score lawmakers = score("holdout37/dprk-russia-lawmakers", TestTemplates.dprkRussia());

        assertThat(lawmakers.f1()).as(lawmakers.report()).isGreaterThanOrEqualTo(0.85);
        assertThat(lawmakers.attributionAccuracy()).as(lawmakers.report()).isGreaterThanOrEqualTo(0.67);
    }

    /**
     * The thirty-ninth set (under {@code holdout38/}), Iran's enriched uranium as inspectors measure it, its own
     * template: scored once unseen at commit {@code ac29f04}'s code (F1 0.517, attribution 0.400), a regression
     * floor since.
     */
    @Test
    void keepsItsScoresOnTheThirtyNinthFixtureSet() {
        Score uranium = scoreWithItsTemplate("holdout38/iran-enriched-uranium");

        assertThat(uranium.f1()).as(uranium.report()).isGreaterThanOrEqualTo(0.82);
        assertThat(uranium.attributionAccuracy()).as(uranium.report()).isGreaterThanOrEqualTo(0.67);
    }

    /**
     * The fortieth set (under {@code holdout39/}), North Korea's crypto theft and IT workers abroad, its own
     * template: scored once unseen at commit {@code 3d6a02f}'s code (F1 0.778, attribution 0.571), a regression
     * floor since.
     */
    @Test
    void keepsItsScoresOnTheFortiethFixtureSet() {
        Score crypto = scoreWithItsTemplate("holdout39/dprk-crypto-theft");

        assertThat(crypto.f1()).as(crypto.report()).isGreaterThanOrEqualTo(0.78);
        assertThat(crypto.attributionAccuracy()).as(crypto.report()).isGreaterThanOrEqualTo(0.78);
    }

    /**
     * The forty-first set (under {@code holdout40/}), fentanyl across the US–Mexico border, its own template: scored
     * once unseen at commit {@code f4d69fe}'s code (F1 0.661, attribution 0.512), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheFortyFirstFixtureSet() {
        Score fentanyl = scoreWithItsTemplate("holdout40/fentanyl-border");

        assertThat(fentanyl.f1()).as(fentanyl.report()).isGreaterThanOrEqualTo(0.72);
        assertThat(fentanyl.attributionAccuracy()).as(fentanyl.report()).isGreaterThanOrEqualTo(0.53);
    }

    /**
     * The forty-second set (under {@code holdout41/}), migration through the Darién Gap, its own template: scored
     * once unseen at commit {@code a9e3158}'s code (F1 0.781, attribution 0.500), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheFortySecondFixtureSet() {
        Score darien = scoreWithItsTemplate("holdout41/darien-migration");

        assertThat(darien.f1()).as(darien.report()).isGreaterThanOrEqualTo(0.76);
        assertThat(darien.attributionAccuracy()).as(darien.report()).isGreaterThanOrEqualTo(0.80);
    }

    /**
     * The forty-third set (under {@code holdout42/}), North Korea's munitions and weapons for Russia and what Russia gives back, the first subject's template: scored once unseen at commit {@code 43c4113}'s code
     * (F1 0.850, attribution 0.490), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheFortyThirdFixtureSet() {
        Score munitions = score("holdout42/dprk-munitions", TestTemplates.dprkRussia());

        assertThat(munitions.f1()).as(munitions.report()).isGreaterThanOrEqualTo(0.84);
        assertThat(munitions.attributionAccuracy()).as(munitions.report()).isGreaterThanOrEqualTo(0.72);
    }

    /**
     * The forty-fourth set (under {@code holdout43/}), Sudan's displacement, hunger and deaths, its own template: scored once unseen at commit {@code b26d373}'s code
     * (F1 0.662, attribution 0.800), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheFortyFourthFixtureSet() {
        Score sudan = scoreWithItsTemplate("holdout43/sudan-displacement");

        assertThat(sudan.f1()).as(sudan.report()).isGreaterThanOrEqualTo(0.77);
        assertThat(sudan.attributionAccuracy()).as(sudan.report()).isGreaterThanOrEqualTo(0.73);
    }

    /**
     * The forty-fifth set (under {@code holdout44/}), Russia's drone and missile attacks on Ukraine (a second set on the subject), its own template: scored once unseen at commit {@code 81a3c26}'s code
     * (F1 0.848, attribution 0.736), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheFortyFifthFixtureSet() {
        Score attacks = scoreWithItsTemplate("holdout44/ukraine-air-attacks");

        assertThat(attacks.f1()).as(attacks.report()).isGreaterThanOrEqualTo(0.84);
        assertThat(attacks.attributionAccuracy()).as(attacks.report()).isGreaterThanOrEqualTo(0.88);
    }

    /**
     * The forty-sixth set (under {@code holdout45/}), North Korean workers sent to Russia, the first subject's template: scored once unseen at commit {@code db33732}'s code
     * (F1 0.750, attribution 0.378), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheFortySixthFixtureSet() {
        Score workers = score("holdout45/dprk-workers", TestTemplates.dprkRussia());

        assertThat(workers.f1()).as(workers.report()).isGreaterThanOrEqualTo(0.73);
        assertThat(workers.attributionAccuracy()).as(workers.report()).isGreaterThanOrEqualTo(0.50);
    }

    /**
     * The forty-seventh set (under {@code holdout46/}), the Myanmar earthquake of 2025 (a second set on the subject), its own template: scored once unseen at commit {@code db33732}'s code
     * (F1 0.832, attribution 0.442), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheFortySeventhFixtureSet() {
        Score quake = scoreWithItsTemplate("holdout46/myanmar-earthquake");

        assertThat(quake.f1()).as(quake.report()).isGreaterThanOrEqualTo(0.81);
        assertThat(quake.attributionAccuracy()).as(quake.report()).isGreaterThanOrEqualTo(0.67);
    }

    /**
     * The forty-eighth set (under {@code holdout47/}), China's military activity around Taiwan (a second set on the subject), its own template: scored once unseen at commit {@code db33732}'s code
     * (F1 0.810, attribution 0.796), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheFortyEighthFixtureSet() {
        Score taiwan = scoreWithItsTemplate("holdout47/taiwan-incursions");

        assertThat(taiwan.f1()).as(taiwan.report()).isGreaterThanOrEqualTo(0.83);
        assertThat(taiwan.attributionAccuracy()).as(taiwan.report()).isGreaterThanOrEqualTo(0.78);
    }

    /**
     * The forty-ninth set (under {@code holdout48/}), North Korean troops in Kursk and after (a live blog and a fact-check among its articles), the first subject's template: scored once unseen at commit
     * {@code 9460574}'s code (F1 0.831, attribution 0.429), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheFortyNinthFixtureSet() {
        Score kursk = score("holdout48/dprk-kursk", TestTemplates.dprkRussia());

        assertThat(kursk.f1()).as(kursk.report()).isGreaterThanOrEqualTo(0.81);
        assertThat(kursk.attributionAccuracy()).as(kursk.report()).isGreaterThanOrEqualTo(0.67);
    }

    /**
     * The fiftieth set (under {@code holdout49/}), dengue in the Americas (a press release and a situation report as PDF text), its own template: scored once unseen at commit
     * {@code 9460574}'s code (F1 0.756, attribution 0.489), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheFiftiethFixtureSet() {
        Score dengue = scoreWithItsTemplate("holdout49/dengue-americas");

        assertThat(dengue.f1()).as(dengue.report()).isGreaterThanOrEqualTo(0.77);
        assertThat(dengue.attributionAccuracy()).as(dengue.report()).isGreaterThanOrEqualTo(0.74);
    }

    /**
     * The fifty-first set (under {@code holdout50/}), Russia's oil export revenue (a newsletter digest and a podcast transcript), its own template: scored once unseen at commit
     * {@code 9460574}'s code (F1 0.726, attribution 0.733), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheFiftyFirstFixtureSet() {
        Score oil = scoreWithItsTemplate("holdout50/russian-oil-revenue");

        assertThat(oil.f1()).as(oil.report()).isGreaterThanOrEqualTo(0.75);
        assertThat(oil.attributionAccuracy()).as(oil.report()).isGreaterThanOrEqualTo(0.72);
    }

    /**
     * The fifty-second set (under {@code holdout51/}), prisoner exchanges between Ukraine and Russia (an explainer in questions and answers), its own template: scored once unseen at commit
     * {@code 9460574}'s code (F1 0.640, attribution 0.775), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheFiftySecondFixtureSet() {
        Score swaps = scoreWithItsTemplate("holdout51/ukraine-pow-exchanges");

        assertThat(swaps.f1()).as(swaps.report()).isGreaterThanOrEqualTo(0.76);
        assertThat(swaps.attributionAccuracy()).as(swaps.report()).isGreaterThanOrEqualTo(0.72);
    }

    /**
     * The fifty-third set (under {@code holdout52/}), the electricity demand of data centres, its own template: scored once unseen at commit
     * {@code 9460574}'s code (F1 0.736, attribution 0.565), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheFiftyThirdFixtureSet() {
        Score power = scoreWithItsTemplate("holdout52/datacenter-power");

        assertThat(power.f1()).as(power.report()).isGreaterThanOrEqualTo(0.78);
        assertThat(power.attributionAccuracy()).as(power.report()).isGreaterThanOrEqualTo(0.64);
    }

    /**
     * The fifty-fourth set (under {@code holdout53/}), what Pyongyang gets from Moscow (a long-read with pull quotes), the first subject's template: scored once unseen at commit
     * {@code 9460574}'s code (F1 0.757, attribution 0.548), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheFiftyFourthFixtureSet() {
        Score payments = score("holdout53/dprk-russia-payments-2026", TestTemplates.dprkRussia());

        assertThat(payments.f1()).as(payments.report()).isGreaterThanOrEqualTo(0.77);
        assertThat(payments.attributionAccuracy()).as(payments.report()).isGreaterThanOrEqualTo(0.60);
    }

    /**
     * The fifty-fifth set (under {@code holdout54/}), North Korean deminers and military builders (an encyclopedia article with footnote markers), the first subject's template: scored once unseen at commit
     * {@code 2b048d4}'s code (F1 0.855, attribution 0.480), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheFiftyFifthFixtureSet() {
        Score rebuilding = score("holdout54/dprk-kursk-rebuilding", TestTemplates.dprkRussia());

        assertThat(rebuilding.f1()).as(rebuilding.report()).isGreaterThanOrEqualTo(0.84);
        assertThat(rebuilding.attributionAccuracy()).as(rebuilding.report()).isGreaterThanOrEqualTo(0.48);
    }

    /**
     * The fifty-sixth set (under {@code holdout55/}), the European Union's gas storage (an HTML timeline), its own template: scored once unseen at commit
     * {@code 25488e0}'s code (F1 0.520, attribution 0.750), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheFiftySixthFixtureSet() {
        Score gas = scoreWithItsTemplate("holdout55/eu-gas-storage");

        assertThat(gas.f1()).as(gas.report()).isGreaterThanOrEqualTo(0.60);
        assertThat(gas.attributionAccuracy()).as(gas.report()).isGreaterThanOrEqualTo(0.71);
    }

    /**
     * The fifty-seventh set (under {@code holdout56/}), job cuts in Europe's car industry (an earnings call and an op-ed), its own template: scored once unseen at commit
     * {@code 25488e0}'s code (F1 0.619, attribution 0.558), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheFiftySeventhFixtureSet() {
        Score cars = scoreWithItsTemplate("holdout56/car-industry-job-cuts");

        assertThat(cars.f1()).as(cars.report()).isGreaterThanOrEqualTo(0.74);
        assertThat(cars.attributionAccuracy()).as(cars.report()).isGreaterThanOrEqualTo(0.70);
    }

    /**
     * The fifty-eighth set (under {@code holdout57/}), deaths from Europe's heatwaves (a study's press release with confidence intervals), its own template: scored once unseen at commit
     * {@code 2b048d4}'s code (F1 0.723, attribution 0.426), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheFiftyEighthFixtureSet() {
        Score heat = scoreWithItsTemplate("holdout57/europe-heat-deaths");

        assertThat(heat.f1()).as(heat.report()).isGreaterThanOrEqualTo(0.72);
        assertThat(heat.attributionAccuracy()).as(heat.report()).isGreaterThanOrEqualTo(0.64);
    }

    /**
     * The fifty-ninth set (under {@code holdout58/}), North Korean troops and labour in 2026 as broadcasters tell it (a TV news transcript with captions), the first subject's template: scored once unseen at commit
     * {@code 18766d4}'s code (F1 0.877, attribution 0.420), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheFiftyNinthFixtureSet() {
        Score broadcast = score("holdout58/dprk-russia-broadcast", TestTemplates.dprkRussia());

        assertThat(broadcast.f1()).as(broadcast.report()).isGreaterThanOrEqualTo(0.86);
        assertThat(broadcast.attributionAccuracy()).as(broadcast.report()).isGreaterThanOrEqualTo(0.60);
    }

    /**
     * The sixtieth set (under {@code holdout59/}), cuts to the US federal workforce (a court declaration), its own template: scored once unseen at commit
     * {@code 2b048d4}'s code (F1 0.694, attribution 0.340), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheSixtiethFixtureSet() {
        Score layoffs = scoreWithItsTemplate("holdout59/us-federal-layoffs");

        assertThat(layoffs.f1()).as(layoffs.report()).isGreaterThanOrEqualTo(0.76);
        assertThat(layoffs.attributionAccuracy()).as(layoffs.report()).isGreaterThanOrEqualTo(0.46);
    }

    /**
     * The sixty-first set (under {@code holdout60/}), North Korean troops, workers and payments covered day by day (a live blog and a fact-check), the first subject's template: scored once unseen at commit
     * {@code 3195002}'s code (F1 0.810, attribution 0.608), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheSixtyFirstFixtureSet() {
        Score rotations = score("holdout60/dprk-russia-liveblog", TestTemplates.dprkRussia());

        assertThat(rotations.f1()).as(rotations.report()).isGreaterThanOrEqualTo(0.80);
        assertThat(rotations.attributionAccuracy()).as(rotations.report()).isGreaterThanOrEqualTo(0.61);
    }

    /**
     * The sixty-second set (under {@code holdout61/}), transfer fees and wages in football's summer window (a podcast and a papers round-up), its own template: scored once unseen at commit
     * {@code 3195002}'s code (F1 0.625, attribution 0.771), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheSixtySecondFixtureSet() {
        Score transfers = scoreWithItsTemplate("holdout61/football-transfers");

        assertThat(transfers.f1()).as(transfers.report()).isGreaterThanOrEqualTo(0.72);
        assertThat(transfers.attributionAccuracy()).as(transfers.report()).isGreaterThanOrEqualTo(0.67);
    }

    /**
     * The sixty-third set (under {@code holdout62/}), monsoon floods in Pakistan (a situation report and a numbered thread), its own template: scored once unseen at commit
     * {@code 3195002}'s code (F1 0.833, attribution 0.327), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheSixtyThirdFixtureSet() {
        Score floods = scoreWithItsTemplate("holdout62/pakistan-floods");

        assertThat(floods.f1()).as(floods.report()).isGreaterThanOrEqualTo(0.82);
        assertThat(floods.attributionAccuracy()).as(floods.report()).isGreaterThanOrEqualTo(0.44);
    }

    /**
     * The sixty-fourth set (under {@code holdout63/}), tourist numbers and taxes in European cities (an e-mail newsletter and a Q&A explainer), its own template: scored once unseen at commit
     * {@code 3195002}'s code (F1 0.656, attribution 0.610), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheSixtyFourthFixtureSet() {
        Score tourism = scoreWithItsTemplate("holdout63/overtourism-taxes");

        assertThat(tourism.f1()).as(tourism.report()).isGreaterThanOrEqualTo(0.64);
        assertThat(tourism.attributionAccuracy()).as(tourism.report()).isGreaterThanOrEqualTo(0.67);
    }

    /**
     * The sixty-fifth set (under {@code holdout64/}), weight-loss drugs (a written parliamentary answer and an open letter), its own template: scored once unseen at commit
     * {@code 3195002}'s code (F1 0.769, attribution 0.560), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheSixtyFifthFixtureSet() {
        Score drugs = scoreWithItsTemplate("holdout64/weight-loss-drugs");

        assertThat(drugs.f1()).as(drugs.report()).isGreaterThanOrEqualTo(0.78);
        assertThat(drugs.attributionAccuracy()).as(drugs.report()).isGreaterThanOrEqualTo(0.54);
    }

    /**
     * The sixty-sixth set (under {@code holdout65/}), satellites and space debris (a statistical release and a radio phone-in), its own template: scored once unseen at commit
     * {@code 3195002}'s code (F1 0.787, attribution 0.396), a regression floor since. Attribution 0.469 at the end of the
     * twenty-first session; a kind cue now stops at another figure, so "made 329 orbital launch attempts last year
     * and put almost 4,400 satellites into orbit" lost the kind it had taken from the launches' noun (the template has no
     * "into orbit" cue), and the analysis's closing note on its outlet gave back more (0.479).
     */
    @Test
    void keepsItsScoresOnTheSixtySixthFixtureSet() {
        Score debris = scoreWithItsTemplate("holdout65/space-debris");

        assertThat(debris.f1()).as(debris.report()).isGreaterThanOrEqualTo(0.78);
        assertThat(debris.attributionAccuracy()).as(debris.report()).isGreaterThanOrEqualTo(0.47);
    }

    /**
     * The sixty-seventh set (under {@code holdout66/}), North Korean troops, workers and payments as documented by monitors (a monitoring team's report and a chronology), the first subject's template: scored once unseen at commit
     * {@code bf63c32}'s code (F1 0.838, attribution 0.612), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheSixtySeventhFixtureSet() {
        Score monitors = score("holdout66/dprk-russia-monitoring", TestTemplates.dprkRussia());

        assertThat(monitors.f1()).as(monitors.report()).isGreaterThanOrEqualTo(0.83);
        assertThat(monitors.attributionAccuracy()).as(monitors.report()).isGreaterThanOrEqualTo(0.61);
    }

    /**
     * The sixty-eighth set (under {@code holdout67/}), rhino and elephant poaching and seizures (an encyclopedia page and a by-the-numbers list), its own template: scored once unseen at commit
     * {@code 75fb16c}'s code (F1 0.722, attribution 0.629), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheSixtyEighthFixtureSet() {
        Score poaching = scoreWithItsTemplate("holdout67/rhino-poaching");

        assertThat(poaching.f1()).as(poaching.report()).isGreaterThanOrEqualTo(0.86);
        assertThat(poaching.attributionAccuracy()).as(poaching.report()).isGreaterThanOrEqualTo(0.66);
    }

    /**
     * The sixty-ninth set (under {@code holdout68/}), data breaches and privacy fines (an earnings call and a regulator's press release), its own template: scored once unseen at commit
     * {@code bf63c32}'s code (F1 0.883, attribution 0.547), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheSixtyNinthFixtureSet() {
        Score breaches = scoreWithItsTemplate("holdout68/data-breach-fines");

        assertThat(breaches.f1()).as(breaches.report()).isGreaterThanOrEqualTo(0.88);
        assertThat(breaches.attributionAccuracy()).as(breaches.report()).isGreaterThanOrEqualTo(0.54);
    }

    /**
     * The seventieth set (under {@code holdout69/}), teachers' strikes and pay (a union press release and an opinion column), its own template: scored once unseen at commit
     * {@code bf63c32}'s code (F1 0.700, attribution 0.686), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheSeventiethFixtureSet() {
        Score strikes = scoreWithItsTemplate("holdout69/teacher-strikes");

        assertThat(strikes.f1()).as(strikes.report()).isGreaterThanOrEqualTo(0.77);
        assertThat(strikes.attributionAccuracy()).as(strikes.report()).isGreaterThanOrEqualTo(0.68);
    }

    /**
     * The seventy-first set (under {@code holdout70/}), migrant crossings of the central Mediterranean (a photo gallery and a print interview), its own template: scored once unseen at commit
     * {@code bf63c32}'s code (F1 0.745, attribution 0.512), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheSeventyFirstFixtureSet() {
        Score crossings = scoreWithItsTemplate("holdout70/mediterranean-crossings");

        assertThat(crossings.f1()).as(crossings.report()).isGreaterThanOrEqualTo(0.83);
        assertThat(crossings.attributionAccuracy()).as(crossings.report()).isGreaterThanOrEqualTo(0.57);
    }

    /**
     * The seventy-second set (under {@code holdout71/}), drone incursions over European airports (a police press conference and an incident log), its own template: scored once unseen at commit
     * {@code bf63c32}'s code (F1 0.845, attribution 0.510), a regression floor since.
     */
    @Test
    void keepsItsScoresOnTheSeventySecondFixtureSet() {
        Score drones = scoreWithItsTemplate("holdout71/drone-incursions");

        assertThat(drones.f1()).as(drones.report()).isGreaterThanOrEqualTo(0.84);
        assertThat(drones.attributionAccuracy()).as(drones.report()).isGreaterThanOrEqualTo(0.61);
    }
}
