package org.briefing;

import org.briefing.app.BriefingMain;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Runs the briefing job once (or on a schedule) and exits with its result: 0 done or nothing to
 * do, 1 failed (run again to restart), 2 bad arguments or configuration, 3 another run is using
 * the output folder or database.
 */
@SpringBootApplication
public class BriefingApplication {

    public static void main(String[] args) {
        System.exit(BriefingMain.run(BriefingApplication.class, args));
    }
}
