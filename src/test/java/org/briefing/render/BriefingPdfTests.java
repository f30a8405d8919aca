package org.briefing.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF of a hand-made briefing whose reconciliation fills every section, read back as a reader
 * and a validator would.
 */
class BriefingPdfTests {

    private static final byte[] PDF = render(new ResourceGuard());

    static byte[] render(ResourceGuard guard) {
        return new BriefingPdf(new PdfWriter(guard)).write(RenderFixtures.content(), "test-run/digest",
                List.of(new PdfMetadata.Attachment("claims.json", "claims", "application/json", "Data",
                        "{}\n".getBytes(StandardCharsets.UTF_8)),
                        new PdfMetadata.Attachment("manifest.json", "manifest", "application/json", "Source",
                                "{\"m\":1}\n".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void conformsToPdfA3aAndPdfUa1() {
        assertThat(PdfValidation.failures(PDF, PDFAFlavour.PDFA_3_A)).as("PDF/A-3a failures").isEmpty();
        assertThat(PdfValidation.failures(PDF, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 failures").isEmpty();
    }

    @Test
    void loadsNothingFromOutside() {
        ResourceGuard guard = new ResourceGuard();

        render(guard);

        assertThat(guard.requests()).isEmpty();
    }

    @Test
    void showsTheReconciliationAndNumbersTheContents() throws IOException {
        String text = text(PDF);

        assertThat(text).contains("Key judgments", "North Korea has deployed about 11,000 troops to Russia.",
                "10,000–12,000", "best estimate 11,000", "2 independent sources", "moderate", "B2",
                "the Kremlin denies any deployment", "USD 115 million a year / 3–4 brigades", "Peskov called the reports",
                "Quarantined inputs", "the file is empty", "page 1 of ");
        assertThat(text).containsPattern("Claim register \\.+ ?\\d+ ");
    }

    @Test
    void writesOneGlyphPerCharacterSoTextSearchFindsWordsWithFi() throws IOException {
        String text = text(PDF);

        assertThat(text).contains("the file is empty", "Every figure").doesNotContain("ﬁ", "ﬂ", "ﬃ", "ﬀ");
    }

    @Test
    void keepsChartTextAsText() throws IOException {
        String text = text(PDF);

        assertThat(text).contains("Date the figure speaks of", "10,000", "derived X1", "C2 up to USD 115 million a year");
        assertThat(text.replaceAll("\\s", "")).as("the rotated axis label").contains("Persons(logarithmicscale)");
    }

    @Test
    void linksEveryCitationToAPlaceInTheDocumentWithAlternateText() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PDF)) {
            List<PDAnnotationLink> links = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        links.add(link);
                    }
                }
            }

            assertThat(links).hasSizeGreaterThan(30).allSatisfy((link) -> {
                assertThat(link.getContents()).isNotBlank();
                assertThat(link.getAction() instanceof PDActionGoTo || link.getDestination() != null).isTrue();
            });
        }
    }

    @Test
    void bookmarksEverySection() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PDF)) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }

            assertThat(titles).containsExactly("Cover", "Contents", "Key judgments", "Charts", "Reconciled estimates",
                    "Contradictions and outliers", "Claim register", "Sources", "Method and limitations",
                    "Quarantined inputs");
        }
    }

    @Test
    void embedsAndSubsetsEveryFont() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PDF)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }

            assertThat(fonts).isNotEmpty().allMatch((name) -> name.matches("[A-Z]{6}\\+.+"));
        }
    }

    @Test
    void carriesItsDataAsAssociatedFiles() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PDF)) {
            COSArray associated = (COSArray) pdf.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.getPDFName("AF"));
            List<String> files = new ArrayList<>();
            for (int i = 0; i < associated.size(); i++) {
                COSDictionary spec = (COSDictionary) associated.getObject(i);
                files.add(spec.getString(COSName.UF) + " " + spec.getNameAsString(COSName.getPDFName("AFRelationship")));
            }

            assertThat(files).containsExactly("claims.json Data", "manifest.json Source");
            assertThat(pdf.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()).containsOnlyKeys("claims.json",
                    "manifest.json");
        }
    }

    @Test
    void describesItselfInXmp() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(PDF)) {
            XMPMetadata xmp = new DomXmpParser()
                .parse(pdf.getDocumentCatalog().getMetadata().exportXMPMetadata().readAllBytes());

            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo("North Korea's support to Russia's war against Ukraine");
            assertThat(xmp.getDublinCoreSchema().getDescription()).startsWith("Troops, workers");
            assertThat(xmp.getDublinCoreSchema().getSubjects()).contains("North Korea", "as of 2024-11-01", "TLP:CLEAR");
            assertThat(xmp.getAdobePDFSchema().getKeywords()).contains("as of 2024-11-01");
            assertThat(xmp.getXMPBasicSchema().getCreatorTool()).isEqualTo("briefing test");
            assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant()).hasToString("2024-11-01T00:00:00Z");
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(3);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("A");
        }
    }

    @Test
    void isTheSameBytesEveryTime() {
        assertThat(render(new ResourceGuard())).isEqualTo(PDF);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // one space for any run of white space: table cells wrap lines anywhere
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ').replaceAll("\\s+", " ");
        }
    }

}
