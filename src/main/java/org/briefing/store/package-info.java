/**
 * What the stages hand each other, kept in the job's database: articles, each run's inputs and
 * quarantine entries, extracted claims. Plain JDBC with portable SQL; records travel as JSON
 * ({@link org.briefing.store.Json}). Writes are idempotent, so a restarted step never duplicates
 * a row.
 */
package org.briefing.store;
