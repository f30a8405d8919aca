package org.briefing.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.briefing.domain.Article;
import org.briefing.domain.Block;
import org.briefing.template.Template;
import org.briefing.text.SentenceSplitter;

/**
 * Turns one input file into an {@link Article}, or into a quarantine entry when it cannot be
 * read: too large, empty, binary, undecodable, a symbolic link leaving the input folder, or no
 * article text left once boilerplate is set aside. Never throws on bad input. Not thread-safe.
 */
public final class ArticleIngestor {

    private final Path folder;

    private final long maxBytes;

    private final TextDecoder decoder = new TextDecoder();

    private final PlainTextParser text = new PlainTextParser();

    private final HtmlParser html = new HtmlParser();

    private final MarkdownParser markdown = new MarkdownParser();

    private final BoilerplateMarker boilerplate = new BoilerplateMarker();

    private final PublisherFinder publishers;

    private final PublicationDater dater;

    private final SentenceSplitter sentences = new SentenceSplitter();

    /**
     * @param folder the input folder; files must stay inside it
     * @param maxBytes files larger than this are quarantined
     * @param template gives the chronology used to date undated articles
     */
    public ArticleIngestor(Path folder, long maxBytes, Template template) {
        this.folder = folder;
        this.maxBytes = maxBytes;
        this.dater = new PublicationDater(template.events(), template.since());
        this.publishers = new PublisherFinder(template.registry());
    }

    public IngestResult ingest(Path file) {
        String fileName = this.folder.relativize(file).toString().replace('\\', '/');
        try {
            byte[] bytes = read(file);
            return new IngestResult.Ingested(article(file, fileName, bytes, Sidecar.bytes(file)));
        }
        catch (UnreadableInputException ex) {
            return IngestResult.quarantined(fileName, ex.getMessage());
        }
        catch (IOException ex) {
            return IngestResult.quarantined(fileName, "unreadable: " + ex.getClass().getSimpleName() + " " + ex.getMessage());
        }
        catch (RuntimeException ex) {
            return IngestResult.quarantined(fileName, "could not be parsed: " + ex);
        }
    }

    private byte[] read(Path file) throws IOException, UnreadableInputException {
        if (Files.isSymbolicLink(file) && !file.toRealPath().startsWith(this.folder.toRealPath())) {
            throw new UnreadableInputException("symbolic link leading outside the input folder");
        }
        if (!Files.isRegularFile(file)) {
            throw new UnreadableInputException("not a regular file");
        }
        long size = Files.size(file);
        if (size > this.maxBytes) {
            throw new UnreadableInputException("too large: " + size + " bytes, the limit is " + this.maxBytes);
        }
        return Files.readAllBytes(file);
    }

    private Article article(Path file, String fileName, byte[] bytes, byte[] sidecar) throws UnreadableInputException {
        String format = format(fileName);
        String decoded = this.decoder.decode(bytes);
        ParsedDocument parsed = switch (format) {
            case "html" -> this.html.parse(decoded);
            case "markdown" -> this.markdown.parse(decoded);
            default -> this.text.parse(decoded);
        };
        List<Block> blocks = this.boilerplate.mark(parsed.text(), parsed.blocks());
        if (blocks.stream().allMatch(Block::isBoilerplate)) {
            throw new UnreadableInputException("no article text: " + (blocks.isEmpty() ? "the file holds only white space"
                    : "every block is boilerplate"));
        }
        ParsedDocument.Metadata metadata = Sidecar.read(file).orElse(parsed.metadata());
        String title = (metadata.title() != null) ? metadata.title() : parsed.title();
        String publisher = metadata.publisher();
        String publisherBasis = (publisher != null) ? metadata.basis() : "";
        if (publisher == null) {
            var found = this.publishers.find(parsed.text(), blocks);
            publisher = found.map(PublisherFinder.Found::publisher).orElse(null);
            publisherBasis = found.map(PublisherFinder.Found::basis).orElse("not stated in the text");
        }
        PublicationDater.Dated dated = this.dater.date(parsed.text(), blocks, metadata, this.sentences);
        return new Article(id(bytes, sidecar), fileName, format, title, publisher, publisherBasis, dated.date(), dated.basis(),
                metadata.url(), parsed.text(), blocks);
    }

    static String format(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return "html";
        }
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return "markdown";
        }
        return "text";
    }

    /** SHA-256 of the file's bytes, followed by its sidecar's when it has one. */
    static String id(byte[] bytes, byte[] sidecar) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes);
            if (sidecar.length > 0) {
                digest.update((byte) 0);
                digest.update(sidecar);
            }
            return HexFormat.of().formatHex(digest.digest());
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
        }
    }

    /** Whether a file of the input folder is an input: not a folder, not a sidecar, not hidden. */
    public static boolean isInput(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith(".") || Sidecar.isSidecar(file)) {
            return false;
        }
        return Files.isSymbolicLink(file) || Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }
}
