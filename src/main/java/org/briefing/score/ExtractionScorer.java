package org.briefing.score;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.briefing.domain.Article;
import org.briefing.domain.Claim;
import org.briefing.domain.Mention;
import org.briefing.domain.Qualifier;
import org.briefing.domain.Quantity;
import org.briefing.extract.ClaimExtractor;
import org.briefing.ingest.ArticleIngestor;
import org.briefing.ingest.IngestResult;
import org.briefing.template.SourceRegistry;
import org.briefing.template.Template;

/**
 * Scores the extractor against a gold file. A prediction matches a gold claim of the same document
 * when it has the same metric and the same low and high (null where the gold has null); a vague
 * quantity on either side matches any overlapping range. Each claim matches at most once; exact
 * matches are paired first. Attribution is scored on matched pairs: the source must be the same
 * originating source after the registry's normalisation (a person counts as their organisation;
 * parenthesised notes are ignored), and the relay chain the same outlets in the same order. A
 * non-claim is reported when a prediction's figure is one of the numbers written in it and one of
 * the prediction's sentences contains it.
 */
public final class ExtractionScorer {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:[,\\u00A0 ]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");

    private final Template template;

    private final SourceRegistry registry;

    public ExtractionScorer(Template template) {
        this.template = template;
        this.registry = template.registry();
    }

    public Score score(Gold gold, Path articles) {
        Tally tally = new Tally();
        ArticleIngestor ingestor = new ArticleIngestor(articles, 10_000_000, this.template);
        ClaimExtractor extractor = new ClaimExtractor(this.template);
        for (Gold.Document document : gold.documents()) {
            Path file = articles.resolve(document.document());
            List<Claim> predicted = new ArrayList<>();
            if (Files.isRegularFile(file) && ingestor.ingest(file) instanceof IngestResult.Ingested ingested) {
                Article article = ingested.article();
                predicted.addAll(extractor.extract(article));
            }
            else {
                tally.misses.add(document.document() + ": cannot be read, every gold claim is missed");
            }
            score(document, predicted, tally);
        }
        return new Score(tally.predicted, tally.gold, tally.matched, tally.attributionCorrect, tally.misses, tally.extras,
                tally.attributionErrors, tally.nonClaims);
    }

    private static final class Tally {

        int predicted;

        int gold;

        int matched;

        int attributionCorrect;

        final List<String> misses = new ArrayList<>();

        final List<String> extras = new ArrayList<>();

        final List<String> attributionErrors = new ArrayList<>();

        final List<String> nonClaims = new ArrayList<>();
    }

    private void score(Gold.Document document, List<Claim> predicted, Tally tally) {
        tally.predicted += predicted.size();
        tally.gold += document.claims().size();
        Claim[] pairedWith = new Claim[document.claims().size()];
        boolean[] used = new boolean[predicted.size()];
        for (boolean exactPass : new boolean[] { true, false }) {
            for (int g = 0; g < document.claims().size(); g++) {
                if (pairedWith[g] != null) {
                    continue;
                }
                for (int p = 0; p < predicted.size(); p++) {
                    if (!used[p] && matches(document.claims().get(g), predicted.get(p), exactPass)) {
                        pairedWith[g] = predicted.get(p);
                        used[p] = true;
                        break;
                    }
                }
            }
        }
        for (int g = 0; g < pairedWith.length; g++) {
            Gold.Claim goldClaim = document.claims().get(g);
            if (pairedWith[g] == null) {
                tally.misses.add(document.document() + ": " + describe(goldClaim));
                continue;
            }
            tally.matched++;
            String error = attributionError(goldClaim, pairedWith[g]);
            if (error == null) {
                tally.attributionCorrect++;
            }
            else {
                tally.attributionErrors.add(document.document() + ": " + describe(goldClaim) + ": " + error);
            }
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (!used[p]) {
                tally.extras.add(document.document() + ": " + describe(predicted.get(p)));
            }
        }
        nonClaims(document, predicted, tally);
    }

    private static boolean matches(Gold.Claim gold, Claim predicted, boolean exactOnly) {
        if (!Objects.equals(gold.metric(), predicted.metric())) {
            return false;
        }
        boolean exact = same(gold.low(), predicted.quantity().low()) && same(gold.high(), predicted.quantity().high());
        if (exact || exactOnly) {
            return exact;
        }
        boolean vague = "vague".equals(gold.qualifier()) || predicted.quantity().qualifier() == Qualifier.VAGUE;
        return vague && overlaps(gold.low(), gold.high(), predicted.quantity().low(), predicted.quantity().high());
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return (a == null) ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static boolean overlaps(BigDecimal lowA, BigDecimal highA, BigDecimal lowB, BigDecimal highB) {
        return new Quantity(lowA, highA, Qualifier.RANGE, "-", null, null)
            .overlaps(new Quantity(lowB, highB, Qualifier.RANGE, "-", null, null));
    }

    private String attributionError(Gold.Claim gold, Claim predicted) {
        String goldSource = originator(gold.source());
        String predictedSource = originator(predicted.source());
        List<String> goldVia = gold.via().stream().map(this::outlet).toList();
        List<String> predictedVia = predicted.via().stream().map(this::outlet).toList();
        List<String> problems = new ArrayList<>();
        if (!Objects.equals(goldSource, predictedSource) && !sameName(gold.source(), predicted.source())) {
            problems.add("source " + predicted.source() + " should be " + gold.source());
        }
        if (!goldVia.equals(predictedVia)) {
            problems.add("via " + predicted.via() + " should be " + gold.via());
        }
        return problems.isEmpty() ? null : String.join("; ", problems);
    }

    /** "Rustem Umerov" and "Rustem Umerov (Ministry of Defence of Ukraine)" name the same person. */
    private static boolean sameName(String gold, String predicted) {
        if (gold == null || predicted == null) {
            return false;
        }
        String a = SourceRegistry.key(gold.replaceAll("\\([^)]*\\)", " "));
        String b = SourceRegistry.key(predicted.replaceAll("\\([^)]*\\)", " "));
        return !a.isEmpty() && a.equals(b);
    }

    /** The originating source a name stands for, or its normal form when the registry does not know it. */
    String originator(String name) {
        if (name == null) {
            return null;
        }
        String plain = name.replaceAll("\\([^)]*\\)", " ").trim();
        if (this.registry.isKnown(plain)) {
            return this.registry.originator(plain);
        }
        if (this.registry.isKnown(name)) {
            return this.registry.originator(name);
        }
        return SourceRegistry.key(plain);
    }

    private String outlet(String name) {
        String plain = name.replaceAll("\\([^)]*\\)", " ").trim();
        return this.registry.lookup(plain).map((s) -> s.name()).orElse(SourceRegistry.key(plain));
    }

    private static void nonClaims(Gold.Document document, List<Claim> predicted, Tally tally) {
        for (String nonClaim : document.nonClaims()) {
            List<BigDecimal> numbers = numbers(nonClaim);
            for (Claim claim : predicted) {
                boolean sameNumber = numbers.stream()
                    .anyMatch((n) -> same(n, claim.quantity().low()) || same(n, claim.quantity().high()));
                boolean inSentence = claim.mentions().stream().map(Mention::quote).anyMatch((q) -> squash(q).contains(squash(nonClaim)));
                if (sameNumber && inSentence) {
                    tally.nonClaims.add(document.document() + ": '" + nonClaim + "' reported as " + describe(claim));
                }
            }
        }
    }

    private static List<BigDecimal> numbers(String text) {
        List<BigDecimal> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            try {
                numbers.add(new BigDecimal(m.group().replaceAll("[,\\u00A0 ]", "")));
            }
            catch (NumberFormatException ex) {
                // too long to be a figure
            }
        }
        return numbers;
    }

    private static String squash(String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ").toLowerCase(Locale.ROOT);
    }

    private static String describe(Gold.Claim claim) {
        return String.format("%s %s..%s (%s) source=%s via=%s \"%s\"", claim.metric(), claim.low(), claim.high(),
                claim.qualifier(), claim.source(), claim.via(), shorten(claim.quote()));
    }

    private static String describe(Claim claim) {
        return String.format("%s %s..%s (%s) source=%s via=%s \"%s\" [%s]", claim.metric(), claim.quantity().low(),
                claim.quantity().high(), claim.quantity().qualifier(), claim.source(), claim.via(), shorten(claim.quote()),
                claim.rule());
    }

    private static String shorten(String quote) {
        String text = (quote == null) ? "" : quote.replaceAll("[\\s\\u00A0]+", " ");
        return (text.length() <= 110) ? text : text.substring(0, 107) + "...";
    }
}
