-- The application's tables. Spring Batch's own tables are created by Spring Boot
-- (spring.batch.jdbc.initialize-schema); these hold what the stages pass on.
-- Portable SQL: the same script runs on H2 and PostgreSQL.

-- An ingested article, per extraction profile (the profile changes when the template or the
-- rules change, so that a new profile re-reads the article).
CREATE TABLE briefing_article (
    article_id   VARCHAR(64)   NOT NULL,
    profile_key  VARCHAR(64)   NOT NULL,
    file_name    VARCHAR(1024) NOT NULL,
    title        VARCHAR(2000),
    publisher    VARCHAR(500),
    published    VARCHAR(10),
    body         TEXT          NOT NULL,
    PRIMARY KEY (article_id, profile_key)
);

-- The inputs of one run, in the stable order the ingest step read them; an input is either an
-- article or a quarantine entry with its reason.
CREATE TABLE briefing_run_input (
    run_id            VARCHAR(200)  NOT NULL,
    seq               INTEGER       NOT NULL,
    file_name         VARCHAR(1024) NOT NULL,
    article_id        VARCHAR(64),
    quarantine_reason VARCHAR(4000),
    PRIMARY KEY (run_id, seq)
);

-- An article whose claims are extracted under a profile; written in the same transaction as
-- its claims, so that a crash leaves either both or neither. `error` says why an article that
-- defeated the rules has no claims.
CREATE TABLE briefing_extraction (
    article_id   VARCHAR(64)   NOT NULL,
    profile_key  VARCHAR(64)   NOT NULL,
    claim_count  INTEGER       NOT NULL,
    error        VARCHAR(2000),
    PRIMARY KEY (article_id, profile_key)
);

CREATE TABLE briefing_claim (
    article_id   VARCHAR(64) NOT NULL,
    profile_key  VARCHAR(64) NOT NULL,
    seq          INTEGER     NOT NULL,
    body         TEXT        NOT NULL,
    PRIMARY KEY (article_id, profile_key, seq)
);

-- Statements without figures (denials, casualties without a number), beside the claims.
CREATE TABLE briefing_statement (
    article_id   VARCHAR(64) NOT NULL,
    profile_key  VARCHAR(64) NOT NULL,
    seq          INTEGER     NOT NULL,
    body         TEXT        NOT NULL,
    PRIMARY KEY (article_id, profile_key, seq)
);

-- What the reconcile step concluded for a run (one Reconciliation as JSON), for the render step.
CREATE TABLE briefing_finding (
    run_id  VARCHAR(200) NOT NULL,
    seq     INTEGER      NOT NULL,
    body    TEXT         NOT NULL,
    PRIMARY KEY (run_id, seq)
);
