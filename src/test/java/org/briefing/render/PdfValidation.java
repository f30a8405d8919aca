package org.briefing.render;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF for tests: validates a PDF against one flavour and lists the failed rules (clause, test
 * number, message), so that a failing assertion says what to fix.
 */
final class PdfValidation {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfValidation() {
    }

    /** The failed rules, one line each; empty when the file complies. */
    static synchronized List<String> failures(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.isCompliant()) {
                return List.of();
            }
            return result.getTestAssertions()
                .stream()
                .filter((a) -> a.getStatus() == TestAssertion.Status.FAILED)
                .map((a) -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                .distinct()
                .sorted()
                .collect(Collectors.toList());
        }
        catch (Exception ex) {
            throw new IllegalStateException("veraPDF could not validate the file as " + flavour, ex);
        }
    }
}
