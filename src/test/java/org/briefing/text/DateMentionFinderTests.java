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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            exports reached 15.8 million tonnes by Dec. 31        | Dec. 31    | 31
            exports reached 15.8 million tonnes by December 31    | December 31 | 31
            exports have risen since March 3                      | March 3    | 3
            """)
    void keepsTheDayAfterAMonthThatFollowsByOrSince(String sentence, String mention, int day) {
        assertThat(this.finder.find(sentence)).singleElement()
            .satisfies((found) -> assertThat(List.of(found.text(), found.day())).containsExactly(mention, day));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            in the 2025/26 July-June season       | 2025/26   | 2025
            the 2024-25 marketing year            | 2024-25   | 2024
            exports in 2022-2023, the ministry    | 2022-2023 | 2022
            the 1999–2000 season                  | 1999–2000 | 1999
            """)
    void readsASeasonAsTheYearItStartsIn(String sentence, String mention, int year) {
        assertThat(this.finder.find(sentence)).singleElement()
            .satisfies((found) -> assertThat(List.of(found.text(), found.year())).containsExactly(mention, year));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            7,218 cases since the outbreak was declared in August last year | in August   | SINCE
            480,000 people since its campaign began in Goma in October       | in October  | SINCE
            Since the outbreak was declared in August 2024, 7,218 cases        | August 2024 | SINCE
            Since its first launch in August 2024, 108 satellites              | August 2024 | SINCE
            6,000 vessels since the corridor opened in August 2023           | August 2023 | SINCE
            4.4 million birds, more than in the whole of 2023                | of 2023     | COMPARED
            up 12% compared with the same period of 2024                     | of 2024     | COMPARED
            short of the 95% reached on the same date in 2024                | in 2024     | COMPARED
            up from 41% at the same point last year                          | last year   | COMPARED
            10.4 million stays, 3 percent more than in the first half of 2024 | of 2024    | COMPARED
            the corridor opened in August 2023                               | August 2023 | POINT
            smuggled 400 GPUs between October 2024 and January 2025           | October 2024 | SINCE
            smuggled 400 GPUs between October 2024 and January 2025           | January 2025 | POINT
            exports from March to May 2025                                     | from March  | SINCE
            figures from January show 300 troops                               | from January | POINT
            the mission, which began arriving a year ago, has 1,000 personnel  | a year ago  | ASIDE
            in Munduruku, where the removal began in November, 2,000 miners left | in November | ASIDE
            """)
    void readsTheRoleOfADateFromTheClauseBeforeIt(String sentence, String mention, DateMention.Role role) {
        assertThat(this.finder.find(sentence)).filteredOn((found) -> found.text().equals(mention)).singleElement()
            .satisfies((found) -> assertThat(found.role()).isEqualTo(role));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            in the Korean War, 70 years ago, China sent troops | 70 years ago  | year | -70
            the convoy left two weeks ago                      | two weeks ago | week | -2
            up from a year ago                                 | a year ago    | year | -1
            """)
    void readsATimeCountedBackAsRelative(String sentence, String mention, String unit, int offset) {
        assertThat(this.finder.find(sentence)).singleElement()
            .satisfies((found) -> assertThat(List.of(found.text(), found.relativeUnit(), found.relativeOffset()))
                .containsExactly(mention, unit, offset));
    }

    @Test
    void readsTheStartOfAPeriodBetweenTwoYears() {
        assertThat(this.finder.find("France sent 3,400 volunteers between 1950 and 1953")).extracting(DateMention::year)
            .containsExactly(1950);
    }

    @Test
    void takesNoSeasonFromYearsThatDoNotFollowOrFromFigures() {
        assertThat(this.finder.find("the 2024-26 plan")).isEmpty();
        assertThat(this.finder.find("about 2024-25,000 tonnes")).isEmpty();
    }

    @Test
    void readsYearFirstDatesWithSlashesOrDots() {
        assertThat(this.finder.find("2026/02/11 18:02 KST")).singleElement()
            .satisfies((mention) -> assertThat(List.of(mention.year(), mention.month(), mention.day())).containsExactly(2026, 2, 11));
        assertThat(this.finder.find("build 2024.10.18")).singleElement()
            .satisfies((mention) -> assertThat(mention.day()).isEqualTo(18));
    }
}
