package org.briefing.app;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad arguments end the run at once with exit code 2 and one line saying why. */
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
}
