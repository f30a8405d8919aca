package org.briefing.ingest;

import org.briefing.domain.Article;
import org.briefing.domain.QuarantineEntry;

/** What ingest made of one input file: an article, or a quarantine entry with its reason. */
public sealed interface IngestResult {

    String fileName();

    record Ingested(Article article) implements IngestResult {

        @Override
        public String fileName() {
            return this.article.fileName();
        }
    }

    record Quarantined(QuarantineEntry entry) implements IngestResult {

        @Override
        public String fileName() {
            return this.entry.fileName();
        }
    }

    static IngestResult quarantined(String fileName, String reason) {
        return new Quarantined(new QuarantineEntry(fileName, reason));
    }
}
