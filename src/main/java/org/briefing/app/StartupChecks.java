package org.briefing.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Runs once the settings are known and before anything touches the database: checks that a
 * datasource is configured, then takes the output folder's lock ({@link OutputLock}) and keeps it
 * until {@link #close()}. A second process on the same output folder therefore stops here with
 * one line, instead of failing later on the database's own file lock with a stack trace.
 */
final class StartupChecks implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered, AutoCloseable {

    private OutputLock lock;

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        checkDatasource(environment);
        if (isWorker(environment)) {
            return; // a worker writes no output folder; its partitions live in the shared database
        }
        Binder binder = Binder.get(environment);
        Path out = binder.bind("briefing.out", Path.class).orElse(Path.of("out"));
        Duration wait = binder.bind("briefing.lock-wait", Duration.class).orElse(Duration.ZERO);
        try {
            this.lock = OutputLock.acquire(out, wait);
        }
        catch (IOException ex) {
            throw new BadArgumentsException("cannot lock the output folder " + out + ": " + ex.getMessage());
        }
    }

    /** A process that runs remote partitions for others ({@code briefing.partitioning=worker}). */
    static boolean isWorker(org.springframework.core.env.Environment environment) {
        return "worker".equals(environment.getProperty("briefing.partitioning"));
    }

    private static void checkDatasource(ConfigurableEnvironment environment) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (url.isBlank()) {
            boolean postgres = Arrays.asList(environment.getActiveProfiles()).contains("postgres");
            throw new BadArgumentsException(postgres
                    ? "the postgres profile needs BRIEFING_DB_URL, e.g. jdbc:postgresql://127.0.0.1:5432/briefing"
                    : "no database configured: set spring.datasource.url");
        }
    }

    @Override
    public int getOrder() {
        // after Spring Boot's own listeners, logging's included, so that the message is formatted
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void close() {
        if (this.lock != null) {
            this.lock.close();
            this.lock = null;
        }
    }
}
