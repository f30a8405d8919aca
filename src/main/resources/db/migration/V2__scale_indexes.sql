-- Indexes for corpora of 100,000 articles: the extract step's partitions find an input's earlier
-- duplicates and a run's articles through (run_id, article_id); the reconcile and render steps
-- join claims to the run's inputs by article.
CREATE INDEX briefing_run_input_article ON briefing_run_input (run_id, article_id, seq);
