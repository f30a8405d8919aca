package org.briefing.ingest;

import java.nio.file.Path;

/** An input file and its place in the run's stable order. */
public record InputFile(int seq, Path path) {
}
