package org.briefing.extract;

import org.briefing.domain.Mention;
import org.briefing.domain.Modality;
import org.briefing.domain.PartialDate;
import org.briefing.domain.Quantity;

/** One mention of a figure, fully read, before repeated mentions are merged into claims. */
record Candidate(String metric, String kind, Quantity quantity, String status, Attribution attribution,
        Modality modality, PartialDate asOf, String asOfBasis, Mention mention, boolean headline, String rule) {
}
