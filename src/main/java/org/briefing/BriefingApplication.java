package org.briefing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Runs the briefing job once and exits with its result: 0 done, 1 failed, 2 bad arguments. */
@SpringBootApplication
public class BriefingApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(BriefingApplication.class, args)));
    }
}
