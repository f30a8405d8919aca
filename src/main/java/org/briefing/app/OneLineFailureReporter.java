package org.briefing.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Reports a {@link StartupFailure} as one line instead of Spring Boot's failure analysis and
 * stack trace; leaves every other failure to Spring Boot. Registered in
 * {@code META-INF/spring.factories}.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class OneLineFailureReporter implements SpringBootExceptionReporter {

    private static final Logger logger = LoggerFactory.getLogger(OneLineFailureReporter.class);

    @Override
    public boolean reportException(Throwable failure) {
        return StartupFailure.of(failure).map((known) -> {
            logger.error("briefing: {}", known.message());
            return true;
        }).orElse(false);
    }
}
