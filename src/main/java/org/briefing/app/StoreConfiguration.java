package org.briefing.app;

import javax.sql.DataSource;

import org.briefing.store.ArticleStore;
import org.briefing.store.ClaimStore;
import org.briefing.store.FindingStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The stores the steps share, over the job's database. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean
    ArticleStore articleStore(DataSource dataSource) {
        return new ArticleStore(streaming(dataSource));
    }

    @Bean
    ClaimStore claimStore(DataSource dataSource) {
        return new ClaimStore(streaming(dataSource));
    }

    @Bean
    FindingStore findingStore(DataSource dataSource) {
        return new FindingStore(new JdbcTemplate(dataSource));
    }

    /** Reads large results a page of rows at a time rather than all at once. */
    private static JdbcTemplate streaming(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.setFetchSize(200);
        return jdbc;
    }
}
