package org.briefing.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.briefing.BriefingApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Runs the application as a user would, with its own database, and returns the exit code. */
public final class BriefingRun {

    private BriefingRun() {
    }

    public static int run(Path database, String... arguments) {
        List<String> args = new ArrayList<>(List.of(arguments));
        args.add("--spring.datasource.url=jdbc:h2:file:" + database.resolve("briefing").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE");
        try (ConfigurableApplicationContext context = new SpringApplication(BriefingApplication.class)
            .run(args.toArray(new String[0]))) {
            return SpringApplication.exit(context);
        }
    }
}
