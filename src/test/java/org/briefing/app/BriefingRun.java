package org.briefing.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.briefing.BriefingApplication;

/**
 * Runs the application in this JVM exactly as the command line does (lock, start-up checks, exit
 * code), with its own database, and returns the exit code.
 */
public final class BriefingRun {

    private BriefingRun() {
    }

    /** Runs on an H2 database in {@code database}, without a progress display. */
    public static int run(Path database, String... arguments) {
        return run(TestDatabase.h2(database), arguments);
    }

    public static int run(TestDatabase database, String... arguments) {
        List<String> args = new ArrayList<>(List.of(arguments));
        args.addAll(database.arguments());
        if (args.stream().noneMatch((a) -> a.startsWith("--briefing.progress="))) {
            args.add("--briefing.progress=none");
        }
        return BriefingMain.run(BriefingApplication.class, args.toArray(new String[0]));
    }
}
