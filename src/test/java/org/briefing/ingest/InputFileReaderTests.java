package org.briefing.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;

class InputFileReaderTests {

    @TempDir
    Path folder;

    @Test
    void upcomingFilesAreTheNextReadsAndDoNotMoveThePositionARestartGoesOnFrom() throws Exception {
        for (String name : new String[] { "a.txt", "b.txt", "c.txt" }) {
            Files.writeString(this.folder.resolve(name), name);
        }
        InputFileReader reader = new InputFileReader(this.folder);
        reader.open(new ExecutionContext());
        assertThat(reader.read().path().getFileName()).hasToString("a.txt");

        assertThat(reader.upcoming(5)).extracting((file) -> file.path().getFileName().toString())
            .containsExactly("b.txt", "c.txt");
        ExecutionContext saved = new ExecutionContext();
        reader.update(saved);
        InputFileReader restarted = new InputFileReader(this.folder);
        restarted.open(saved);

        assertThat(restarted.read()).isEqualTo(reader.read());
        assertThat(reader.upcoming(5)).containsExactly(reader.read());
        assertThat(reader.upcoming(5)).isEmpty();
    }
}
