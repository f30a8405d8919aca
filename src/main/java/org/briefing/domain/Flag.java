package org.briefing.domain;

import java.util.List;
import java.util.Objects;

/**
 * Something an analyst must see about claims: a contradiction, an outlier, a figure its originator
 * has since revised (superseded), a denial, a single source, a period inferred from other reports.
 *
 * @param type {@code contradiction}, {@code outlier}, {@code superseded}, {@code denial},
 * {@code single-source}, {@code unverified}, {@code period-inferred}
 * @param claimIds the claims (and statements) concerned
 * @param reason the reason in words, citing the figures
 */
public record Flag(String type, List<String> claimIds, String reason) {

    public Flag {
        Objects.requireNonNull(type, "type");
        claimIds = List.copyOf(claimIds);
        Objects.requireNonNull(reason, "reason");
    }
}
