package org.briefing.extract;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AttributionFinderTests {

    /** The pattern {@link AttributionFinder#referrer} replaced, kept here as its oracle. */
    private static final Pattern REFERRING_BEFORE = Pattern.compile(
            "(?i)(?<np>[^,;:]{1,150}?)[\\s\\u00A0]+(?:reports?|reported|wrote|writes|says|said|notes|noted)(?:[\\s\\u00A0]+(?:this|it|that|so))?$");

    private static String oracle(String before) {
        Matcher m = REFERRING_BEFORE.matcher(before);
        return m.find() ? m.group("np") : null;
    }

    @Test
    void findsWhoReportsWhatIsReferredTo() {
        assertThat(AttributionFinder.referrer("The Institute for the Study of War reports this")).isEqualTo(
                "The Institute for the Study of War");
        assertThat(AttributionFinder.referrer("In its update, ISW said")).isEqualTo(" ISW");
        assertThat(AttributionFinder.referrer("ISW reported on Monday")).isNull();
    }

    @Test
    void theSpeakerAfterAClosedQuotationSpeaksIt() {
        assertThat(new AttributionFinder().find("“We have 36 slots a day,” said Ana Subasinghe, a senior analyst at Kpler."))
            .extracting(Frame::speaker)
            .containsExactly("Ana Subasinghe");
        assertThat(new AttributionFinder().find("\"Do we have 36 slots a day?\" said the ministry.")).extracting(Frame::speaker)
            .containsExactly("the ministry");
    }

    @Test
    void putGivesAFigureOnlyAtAValue() {
        assertThat(new AttributionFinder().find("Spacesail has put 108 Qianfan satellites into orbit.")).isEmpty();
        assertThat(new AttributionFinder().find("The NIS put North Korean losses at about 2,300.")).extracting(Frame::speaker)
            .containsExactly("The NIS");
    }

    @Test
    void aVerbAfterADeterminerIsNoReportingVerb() {
        assertThat(new AttributionFinder().find("Losses now stand at an estimated 6,000, the highest so far.")).isEmpty();
        assertThat(new AttributionFinder().find("The estimate of the ministry is 6,000 troops.")).isEmpty();
    }

    @Test
    void anInfinitiveHasNoSpeakerAndACleftOpeningIsNoPartOfTheOwner() {
        assertThat(new AttributionFinder().find("It was the agency's first estimate to put a number on the dead since December."))
            .extracting(Frame::speaker, Frame::verb)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("agency", "owned-figure"));
    }

    @Test
    void whoeverMadeAReportThatTheSentenceStatesIsItsSource() {
        assertThat(new AttributionFinder().find("Zakharova dismissed as \"another fake\" a report by the South Korean newspaper "
                + "JoongAng Ilbo that Pyongyang could send as many as 20,000 more soldiers."))
            .extracting(Frame::speaker, Frame::verb)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("the South Korean newspaper JoongAng Ilbo", "claim-by"));
    }

    @Test
    void whoeverPublishedAReportInTheirPagesThatTheSentenceStatesIsItsSource() {
        assertThat(new AttributionFinder().find("She described as \"yet another fake\" a report in the South Korean newspaper "
                + "Dong-A Ilbo that up to 50,000 North Korean workers would be sent to Russia this year."))
            .extracting(Frame::speaker, Frame::verb)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("the South Korean newspaper Dong-A Ilbo", "claim-by"));
        assertThat(new AttributionFinder().find("A report in March that up to 50,000 workers would be sent was denied."))
            .isEmpty();
    }

    @Test
    void readsEveryTextAsThePatternItReplacedDid() {
        String[] pieces = { "ISW", "The agency", " ", "  ", "\u00A0", "reports", "Report", "reported", "SAID", "says",
                "noted", "wrote", "this", "it", "that", "so", "also", ",", ";", ":", "x", "edit", "-", "\t" };
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int k = 0; k < length; k++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            if (random.nextInt(10) == 0) {
                text.insert(0, "y".repeat(160)); // past the pattern's 150 characters
            }
            String before = text.toString();
            assertThat(AttributionFinder.referrer(before)).as("%s", before).isEqualTo(oracle(before));
        }
    }
}
