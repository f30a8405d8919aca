package org.briefing.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the input folder one file at a time in a stable order, and remembers its position in the
 * step's execution context, so that a restarted ingest step goes on where it stopped.
 */
public class InputFileReader implements ItemStreamReader<InputFile> {

    private static final String POSITION = "input.position";

    private final Path folder;

    private List<Path> files;

    private int position;

    public InputFileReader(Path folder) {
        this.folder = folder;
    }

    @Override
    public void open(ExecutionContext context) {
        this.files = InputFolder.list(this.folder);
        this.position = context.containsKey(POSITION) ? context.getInt(POSITION) : 0;
    }

    @Override
    public InputFile read() {
        if (this.position >= this.files.size()) {
            return null;
        }
        InputFile file = new InputFile(this.position, this.files.get(this.position));
        this.position++;
        return file;
    }

    /** The next files {@link #read()} will hand out, at most {@code count}, without moving on. */
    public List<InputFile> upcoming(int count) {
        List<InputFile> next = new ArrayList<>();
        if (this.files == null) {
            return next;
        }
        for (int i = this.position; i < Math.min(this.files.size(), this.position + count); i++) {
            next.add(new InputFile(i, this.files.get(i)));
        }
        return next;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(POSITION, this.position);
    }
}
