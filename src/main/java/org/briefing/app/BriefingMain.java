package org.briefing.app;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application the way the command line does and returns its exit code without
 * exiting, so that tests run exactly what users run. The output folder's lock is taken before the
 * context touches the database and released after the context is closed.
 */
public final class BriefingMain {

    /** Logged when a worker takes partition requests. */
    static final String WORKER_READY = "worker ready: running ";

    private BriefingMain() {
    }

    /** A worker serves partition requests until it is stopped (SIGTERM closes the context). */
    private static void awaitClose(ConfigurableApplicationContext context) {
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener((ApplicationListener<ContextClosedEvent>) (event) -> closed.countDown());
        try {
            while (context.isActive() && !closed.await(1, TimeUnit.SECONDS)) {
                // waiting for SIGTERM
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    public static int run(Class<?> application, String... args) {
        SpringApplication spring = new SpringApplication(application);
        try (StartupChecks checks = new StartupChecks()) {
            spring.addListeners(new BrokerOnlyWhenUsed(), checks);
            try (ConfigurableApplicationContext context = spring.run(args)) {
                if (StartupChecks.isWorker(context.getEnvironment())) {
                    LoggerFactory.getLogger(BriefingMain.class)
                        .info(WORKER_READY + "partitions from queue {}; stop with SIGTERM", PartitioningConfiguration.REQUESTS);
                    awaitClose(context);
                }
                return SpringApplication.exit(context);
            }
            catch (RuntimeException ex) {
                return StartupFailure.of(ex).map(StartupFailure::exitCode).orElse(ExitCodes.FAILED);
            }
        }
    }
}
