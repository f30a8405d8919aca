package org.briefing.extract;

/**
 * Who stands behind what a document states without attribution, as the document itself tells:
 * its publisher, whether it is that publisher's own press release (a university's release of its
 * own study: the university states it, whatever kind of body it is), who declares it when it is a
 * sworn declaration ("I, Rosalind K. Thibodeaux, declare as follows:"), and the news agency whose
 * copy it carries ("— AFP" at its end), each null when the document does not say.
 */
record Issuer(String publisher, boolean release, String declarant, String agency) {
}
