package org.briefing.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.briefing.template.FontSpec;
import org.briefing.template.Template;
import org.jfree.chart.JFreeChart;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/**
 * Lays the composed HTML out as a PDF/A-3a, PDF/UA-1 document with openhtmltopdf on PDFBox: every
 * font from the template embedded and subset (without ligatures, see {@link LigatureFreeFont}), the
 * charts drawn as vectors, an sRGB output intent. The renderer may load nothing: every external
 * resource is refused and recorded by the {@link ResourceGuard}, and a warning is logged for each.
 * {@link PdfFinishing} then attaches the data files and pins dates, document ID and colour profile,
 * so that the same inputs give the same bytes on any JDK.
 */
public final class PdfWriter {

    private static final org.slf4j.Logger logger = org.slf4j.LoggerFactory.getLogger(PdfWriter.class);

    static {
        // openhtmltopdf's own console logging is replaced by its diagnostics, sent to SLF4J below
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private final ResourceGuard guard;

    public PdfWriter() {
        this(new ResourceGuard());
    }

    PdfWriter(ResourceGuard guard) {
        this.guard = guard;
    }

    public byte[] write(Document html, Template template, Map<String, JFreeChart> charts, PdfMetadata metadata) {
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(html);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withW3cDocument(dom, "briefing-template:/");
        for (FontSpec font : template.fonts()) {
            byte[] bytes = LigatureFreeFont.of(template.files().read(font.file()));
            builder.useFont(() -> new ByteArrayInputStream(bytes), font.family(), font.weight(),
                    font.style().equals("italic") ? BaseRendererBuilder.FontStyle.ITALIC : BaseRendererBuilder.FontStyle.NORMAL,
                    true);
        }
        // level A: tagged, with Unicode text; the same structure PDF/UA needs
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
        builder.useColorProfile(PdfFinishing.SRGB);
        builder.usePdfUaAccessibility(true);
        builder.useObjectDrawerFactory(new ChartDrawing(charts));
        builder.useExternalResourceAccessControl(this.guard::allow, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(this.guard::allow, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.useHttpStreamImplementation(this.guard);
        builder.useProtocolsStreamImplementation(this.guard, "file", "http", "https", "jar", "ftp", "data",
                "briefing-template");
        builder.withProducer(metadata.creator());
        builder.withDiagnosticConsumer((diagnostic) -> {
            if (diagnostic.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                logger.warn("PDF layout: {}", diagnostic.getFormattedMessage());
            }
        });
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            PDDocument document = renderer.getPdfDocument();
            PdfFinishing.attach(document, metadata.attachments(), metadata.date());
            PdfFinishing.fixMetadata(document, metadata);
            PdfFinishing.fixOutputIntent(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            document.close();
            for (String request : this.guard.requests()) {
                logger.warn("PDF renderer asked for an external resource and was refused: {}", request);
            }
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot write the briefing PDF", ex);
        }
    }

}
