package org.briefing.app;

import java.util.Map;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Leaves RabbitMQ out of a process that runs its partitions on its own threads
 * ({@code briefing.partitioning=local}, the default): Spring Boot would otherwise configure a
 * connection factory, a template and their TLS and AMQP classes in every run, about 0.3 s of a
 * cold start on the seeds (about 950 classes), for a broker that only a manager and its workers
 * use. The exclusion is the settings' last source, so one the user sets wins.
 */
final class BrokerOnlyWhenUsed implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    /** Spring Boot's RabbitMQ set-up; its health and metrics parts need Actuator, which the briefing does not have. */
    static final String RABBIT_AUTO_CONFIGURATION = "org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (usesBroker(environment)) {
            return;
        }
        environment.getPropertySources()
            .addLast(new MapPropertySource("briefing-no-broker",
                    Map.of("spring.autoconfigure.exclude", RABBIT_AUTO_CONFIGURATION)));
    }

    /** A manager sends partitions to workers over the broker; a worker takes them from it. */
    static boolean usesBroker(org.springframework.core.env.Environment environment) {
        String mode = environment.getProperty("briefing.partitioning", "local");
        return mode.equals("manager") || mode.equals("worker");
    }
}
