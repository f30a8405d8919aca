package org.briefing.extract;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpeakerTurnsTests {

    @Test
    void aLabelStartsATurnThatLastsUntilTheNextLabel() {
        SpeakerTurns turns = new SpeakerTurns(List.of("KIM: Hello.", "It was 300.", "REYES: Thank you."));

        assertThat(turns.speaker(1)).isEqualTo("KIM");
        assertThat(turns.speaker(2)).isEqualTo("REYES");
    }

    @Test
    void aHearingsPrintedRecordNamesItsSpeakersWithATitleASurnameInCapitalsAndAPeriod() {
        SpeakerTurns turns = new SpeakerTurns(List.of("Mr. GRADY.", "The subcommittee will come to order.", "Ms. WHITLOCK.",
                "Thank you, Mr. Chairman.", "We charged 37 people.", "Senator WARNER of Virginia.", "How many?",
                "Mr. Grady agreed.", "It was 40."));

        assertThat(turns.speaker(1)).isEqualTo("GRADY");
        assertThat(turns.speaker(4)).isEqualTo("WHITLOCK");
        assertThat(turns.speaker(6)).isEqualTo("Senator WARNER");
        assertThat(turns.speaker(8)).isEqualTo("Senator WARNER"); // "Mr. Grady agreed." is prose, not a label
    }

    @Test
    void aBracketedRoleInCapitalsIsNoCorrespondentsPlace() {
        SpeakerTurns turns = new SpeakerTurns(List.of("GEMMA ODUYA (HOST): How many are up there?",
                "DR ALUN PRITCHARD (GUEST): About 9,400.", "DAVE IN LEEDS (CALLER): A million?", "ANNA KOVAL (Kyiv): Quiet tonight."));

        assertThat(turns.isStaff("GEMMA ODUYA")).isTrue();
        assertThat(turns.isStaff("ANNA KOVAL")).isTrue();
        assertThat(turns.isStaff("ALUN PRITCHARD")).isFalse();
        assertThat(turns.isStaff("DAVE IN LEEDS")).isFalse();
    }

    @Test
    void aNumberedHeadingWithAColonIsNoLabel() {
        SpeakerTurns turns = new SpeakerTurns(List.of("2.", "Romania: an epidemic that will not end", "The institute counted 3,847 cases.",
                "3.", "Italy: fewer cases", "There were 512."));

        assertThat(turns.speaker(2)).isNull();
        assertThat(turns.speaker(5)).isNull();
    }

    @Test
    void aTranslatorsCreditIsNoLabel() {
        SpeakerTurns turns = new SpeakerTurns(List.of("Saint-Marc: a string of kidnappings", "Gunmen killed 11 people.",
                "Translation: Ketsia Romelus for L'Echo."));

        assertThat(turns.speaker(1)).isNull();
    }

    @Test
    void aHeadlinesKickerSeenOnceIsNoLabelButASpeakerWhoComesBackIs() {
        SpeakerTurns headlines = new SpeakerTurns(List.of("Canicule : Santé publique France recense 1 480 décès",
                "[Translation] Heatwave: Santé publique France counts 1,480 excess deaths", "The agency counted 1,480."));

        assertThat(headlines.speaker(2)).isNull();

        SpeakerTurns hearing = new SpeakerTurns(List.of("Chair: Welcome.", "Smith: We counted 300.", "It was 300.",
                "Chair: Thank you.", "Smith: Indeed."));

        assertThat(hearing.speaker(2)).isEqualTo("Smith");

        SpeakerTurns subheading = new SpeakerTurns(List.of("ALVARADO: The canal moved 30 ships.", "Ports: the ruling",
                "The port handled 400 ships.", "ALVARADO: Thank you.", "Q91 Chair: Is it 12,000?", "ALVARADO: No."));

        assertThat(subheading.speaker(2)).isEqualTo("ALVARADO"); // a subheading within a turn
        assertThat(subheading.speaker(4)).isEqualTo("Chair");

        SpeakerTurns answered = new SpeakerTurns(List.of("Participants: JOHN SMITH, Spokesman", "Q (Example Wire): Is it 12,000?",
                "SMITH: It is 12,000."));

        assertThat(answered.speaker(2)).isEqualTo("SMITH");
    }

    @Test
    void anEarningsCallNamesItsSpeakersOnALineOfTheirOwnWithADash() {
        SpeakerTurns turns = new SpeakerTurns(List.of("Operator", "Welcome to the call.", "Ulrike Brandt -- Chief Executive Officer",
                "We will cut 7,000 positions.", "Thomas Reddy — UBS", "How many in Germany?"));

        assertThat(turns.speaker(3)).isEqualTo("Ulrike Brandt");
        assertThat(turns.speaker(5)).isEqualTo("Thomas Reddy");
    }
}
