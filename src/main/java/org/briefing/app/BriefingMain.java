package org.briefing.app;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application the way the command line does and returns its exit code without
 * exiting, so that tests run exactly what users run. The output folder's lock is taken before the
 * context touches the database and released after the context is closed.
 */
public final class BriefingMain {

    private BriefingMain() {
    }

    public static int run(Class<?> application, String... args) {
        SpringApplication spring = new SpringApplication(application);
        try (StartupChecks checks = new StartupChecks()) {
            spring.addListeners(checks);
            try (ConfigurableApplicationContext context = spring.run(args)) {
                return SpringApplication.exit(context);
            }
            catch (RuntimeException ex) {
                return StartupFailure.of(ex).map(StartupFailure::exitCode).orElse(ExitCodes.FAILED);
            }
        }
    }
}
