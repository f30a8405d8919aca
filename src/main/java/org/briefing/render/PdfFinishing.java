package org.briefing.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * What PDFBox does to the laid-out document before it is saved: attaches the data files as PDF/A-3
 * associated files, and pins everything openhtmltopdf takes from the clock or the JDK (dates in the
 * Info dictionary and XMP, the document ID, the ICC profile's bytes), so that the same inputs give
 * the same bytes on any machine and JDK.
 */
final class PdfFinishing {

    static final byte[] SRGB = srgb();

    private PdfFinishing() {
    }

    static void attach(PDDocument document, List<PdfMetadata.Attachment> attachments, java.time.LocalDate date)
            throws IOException {
        if (attachments.isEmpty()) {
            return;
        }
        Calendar calendar = calendar(date);
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        Map<String, PDComplexFileSpecification> names = new java.util.TreeMap<>();
        COSArray associated = new COSArray();
        for (PdfMetadata.Attachment attachment : attachments) {
            PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(attachment.bytes()));
            file.setSubtype(attachment.mimeType());
            file.setSize(attachment.bytes().length);
            file.setCreationDate(calendar);
            file.setModDate(calendar);
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(attachment.name());
            spec.setFileUnicode(attachment.name());
            spec.setFileDescription(attachment.description());
            spec.setEmbeddedFile(file);
            spec.setEmbeddedFileUnicode(file);
            spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), attachment.relationship());
            names.put(attachment.name(), spec);
            associated.add(spec);
        }
        tree.setNames(names);
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDDocumentNameDictionary nameDictionary = new PDDocumentNameDictionary(catalog);
        nameDictionary.setEmbeddedFiles(tree);
        catalog.setNames(nameDictionary);
        catalog.getCOSObject().setItem(COSName.getPDFName("AF"), associated);
    }

    static void fixMetadata(PDDocument document, PdfMetadata metadata) throws IOException {
        Calendar calendar = calendar(metadata.date());
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(metadata.title());
        info.setSubject(metadata.subject());
        info.setKeywords(metadata.keywords());
        info.setCreator(metadata.creator());
        info.setProducer(metadata.creator());
        info.setCreationDate(calendar);
        info.setModificationDate(calendar);
        PDMetadata stream = document.getDocumentCatalog().getMetadata();
        XMPMetadata xmp;
        try (InputStream in = (stream == null) ? null : stream.exportXMPMetadata()) {
            xmp = (in == null) ? XMPMetadata.createXMPMetadata() : new DomXmpParser().parse(in.readAllBytes());
        }
        catch (org.apache.xmpbox.xml.XmpParsingException ex) {
            throw new IOException("cannot read the PDF's XMP metadata", ex);
        }
        XMPBasicSchema basic = (xmp.getXMPBasicSchema() != null) ? xmp.getXMPBasicSchema() : xmp.createAndAddXMPBasicSchema();
        basic.setCreateDate(calendar);
        basic.setModifyDate(calendar);
        basic.setMetadataDate(calendar);
        basic.setCreatorTool(metadata.creator());
        DublinCoreSchema dc = (xmp.getDublinCoreSchema() != null) ? xmp.getDublinCoreSchema() : xmp.createAndAddDublinCoreSchema();
        dc.setTitle(metadata.title());
        dc.setDescription(metadata.subject());
        if (dc.getSubjects() == null || dc.getSubjects().isEmpty()) {
            for (String keyword : metadata.keywords().split(",\\s*")) {
                dc.addSubject(keyword);
            }
        }
        if (dc.getDates() == null || dc.getDates().isEmpty()) {
            dc.addDate(calendar); // the as-of date: what the briefing speaks for
        }
        AdobePDFSchema pdf = (xmp.getAdobePDFSchema() != null) ? xmp.getAdobePDFSchema() : xmp.createAndAddAdobePDFSchema();
        pdf.setKeywords(metadata.keywords());
        pdf.setProducer(metadata.creator());
        ByteArrayOutputStream serialized = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, serialized, true);
        }
        catch (javax.xml.transform.TransformerException ex) {
            throw new IOException("cannot write the PDF's XMP metadata", ex);
        }
        PDMetadata replacement = new PDMetadata(document);
        replacement.importXMPMetadata(serialized.toByteArray());
        document.getDocumentCatalog().setMetadata(replacement);
        byte[] id = sha256(metadata.documentId());
        COSArray ids = new COSArray();
        ids.add(new COSString(java.util.Arrays.copyOf(id, 16)));
        ids.add(new COSString(java.util.Arrays.copyOf(id, 16)));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** PDFBox re-serialises the profile through the JDK, which differs between versions: write the raw bytes. */
    static void fixOutputIntent(PDDocument document) throws IOException {
        for (PDOutputIntent intent : document.getDocumentCatalog().getOutputIntents()) {
            COSStream profile = intent.getDestOutputIntent();
            if (profile != null) {
                try (OutputStream out = profile.createOutputStream(COSName.FLATE_DECODE)) {
                    out.write(SRGB);
                }
            }
        }
    }

    private static Calendar calendar(java.time.LocalDate date) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), java.util.Locale.ROOT);
        calendar.setTimeInMillis(date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        return calendar;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static byte[] srgb() {
        try (InputStream in = PdfFinishing.class.getResourceAsStream("/color/sRGB.icc")) {
            if (in == null) {
                throw new IllegalStateException("the sRGB profile is missing from the application");
            }
            return in.readAllBytes();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
