package org.briefing.app;

import java.nio.file.Path;

import org.briefing.BriefingApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad arguments or configuration end the run at once with exit code 2 and one line saying why. */
@ExtendWith(OutputCaptureExtension.class)
class LauncherArgumentsTests {

    @TempDir
    Path work;

    @Test
    void aMissingSeedsFolderExitsWithTwo() {
        int exit = BriefingRun.run(this.work, "--briefing.seeds=" + this.work.resolve("nowhere"),
                "--briefing.out=" + this.work.resolve("out"));

        assertThat(exit).isEqualTo(2);
    }

    @Test
    void anUnknownTemplateExitsWithTwo() {
        int exit = BriefingRun.run(this.work, "--briefing.seeds=seeds", "--briefing.template=no-such-template",
                "--briefing.out=" + this.work.resolve("out"));

        assertThat(exit).isEqualTo(2);
    }

    @Test
    void aBadDateExitsWithTwo() {
        int exit = BriefingRun.run(this.work, "--briefing.seeds=seeds", "--briefing.as-of=yesterday",
                "--briefing.out=" + this.work.resolve("out"));

        assertThat(exit).isEqualTo(2);
    }

    @Test
    void theMessageSaysWhatIsWrong() {
        BriefingProperties properties = BriefingProperties.of(this.work.resolve("nowhere"), this.work, "dprk-russia", null,
                1000, 10);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RunPlanner(java.time.Clock.systemUTC(), "test").plan(properties))
            .isInstanceOf(BadArgumentsException.class)
            .hasMessage("seeds folder not found: " + this.work.resolve("nowhere"));
    }

    @Test
    void aSettingOfTheWrongTypeExitsWithTwoInOneLine(CapturedOutput output) {
        int exit = BriefingRun.run(this.work, "--briefing.seeds=seeds", "--briefing.chunk-size=many",
                "--briefing.out=" + this.work.resolve("out"));

        assertThat(exit).isEqualTo(2);
        assertThat(output).contains("briefing: bad setting briefing.chunk-size: ").doesNotContain("\tat ");
    }

    @Test
    void aBadScheduleExitsWithTwo(CapturedOutput output) {
        int exit = BriefingRun.run(this.work, "--briefing.seeds=seeds", "--briefing.schedule=every morning",
                "--briefing.out=" + this.work.resolve("out"));

        assertThat(exit).isEqualTo(2);
        assertThat(output).contains("briefing: not a cron expression: briefing.schedule=every morning");
    }

    @Test
    void thePostgresProfileWithoutItsUrlExitsWithTwo(CapturedOutput output) {
        int exit = BriefingMain.run(BriefingApplication.class, "--spring.profiles.active=postgres",
                "--briefing.out=" + this.work.resolve("out"));

        assertThat(exit).isEqualTo(2);
        assertThat(output).contains("briefing: the postgres profile needs BRIEFING_DB_URL");
    }
}
