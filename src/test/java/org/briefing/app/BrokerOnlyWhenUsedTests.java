package org.briefing.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.test.context.support.TestPropertySourceUtils;
import org.springframework.util.ClassUtils;

class BrokerOnlyWhenUsedTests {

    @Test
    void aLocalRunLeavesRabbitMqOut() {
        assertThat(excluded()).isEqualTo(BrokerOnlyWhenUsed.RABBIT_AUTO_CONFIGURATION);
        assertThat(excluded("briefing.partitioning=local")).isEqualTo(BrokerOnlyWhenUsed.RABBIT_AUTO_CONFIGURATION);
    }

    @Test
    void aManagerAndAWorkerKeepIt() {
        assertThat(excluded("briefing.partitioning=manager")).isNull();
        assertThat(excluded("briefing.partitioning=worker")).isNull();
    }

    @Test
    void anExclusionTheUserSetsWins() {
        assertThat(excluded("spring.autoconfigure.exclude=com.example.Other")).isEqualTo("com.example.Other");
    }

    /** A Spring Boot upgrade that renamed it would make the exclusion silently do nothing. */
    @Test
    void theExcludedAutoConfigurationExists() {
        assertThat(ClassUtils.isPresent(BrokerOnlyWhenUsed.RABBIT_AUTO_CONFIGURATION, null)).isTrue();
    }

    private static String excluded(String... properties) {
        StandardEnvironment environment = new StandardEnvironment();
        TestPropertySourceUtils.addInlinedPropertiesToEnvironment(environment, properties);
        new BrokerOnlyWhenUsed().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(),
                new SpringApplication(), new String[0], environment));
        return environment.getProperty("spring.autoconfigure.exclude");
    }
}
