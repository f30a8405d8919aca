package org.briefing.text;

import java.util.List;

import org.junit.jupiter.api.Test;
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            troops arrived in March                  | in March
            troops arrived in mid-March              | mid-March
            troops arrived MID-March                 | MID-March
            troops arrived by mid-2024               | mid-2024
            troops arrived early in March            | in March
            troops arrived at the end of March       | end of March
            troops arrived by the middle of March    | by the middle of March
            troops arrived in July of this year      | in July of this year
            troops have fought since 2022            | since 2022
            the forecast for fiscal 2026 transits    | fiscal 2026
            revenue in fiscal year 2025 rose         | fiscal year 2025
            the budget for financial year 2026       | financial year 2026
            troops arrived on Monday                 | on Monday
            troops arrived last Monday               | last Monday
            troops arrived Monday                    | Monday
            the XMonday report                       | Monday
            troops arrived earlier this week         | earlier this week
            troops arrived yesterday                 | yesterday
            """)
    void findsDatesAfterTheWordsThatIntroduceThem(String sentence, String mention) {
        assertThat(this.finder.find(sentence)).extracting(DateMention::text).containsExactly(mention);
    }

    @Test
    void readsYearFirstDatesWithSlashesOrDots() {
        assertThat(this.finder.find("2026/02/11 18:02 KST")).singleElement()
            .satisfies((mention) -> assertThat(List.of(mention.year(), mention.month(), mention.day())).containsExactly(2026, 2, 11));
        assertThat(this.finder.find("build 2024.10.18")).singleElement()
            .satisfies((mention) -> assertThat(mention.day()).isEqualTo(18));
    }
}
