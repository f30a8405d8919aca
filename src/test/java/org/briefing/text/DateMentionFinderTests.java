package org.briefing.text;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DateMentionFinderTests {

    private final DateMentionFinder finder = new DateMentionFinder();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            troops arrived on October 8, 2024                | POINT
            troops will arrive by October 8, 2024            | DEADLINE
            troops will arrive by the end of October 2024    | DEADLINE
            troops will arrive by end of October 2024        | DEADLINE
            troops will arrive before the beginning of October 2024 | DEADLINE
            troops will arrive no later than October 8, 2024 | DEADLINE
            troops will arrive not before October 8, 2024    | DEADLINE
            a Mayday call on October 8, 2024                 | POINT
            troops have served since October 8, 2024         | SINCE
            troops have served starting on October 8, 2024   | SINCE
            troops have served beginning in October 2024     | SINCE
            the legend of October 8, 2024                    | POINT
            the standby October 8, 2024                      | POINT
            """)
    void readsWhatTheWordsBeforeADateMakeOfIt(String sentence, DateMention.Role role) {
        List<DateMention> mentions = this.finder.find(sentence);

        assertThat(mentions).hasSize(1);
        assertThat(mentions.get(0).role()).isEqualTo(role);
    }
}
