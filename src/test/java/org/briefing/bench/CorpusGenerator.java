package org.briefing.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Makes a benchmark corpus of N articles from the seeds and the test fixtures of both subjects
 * (the iran-drones articles stand for the other news a real feed brings). Each article is a base
 * article with its figures scaled, its dates moved by a few days, its outlet swapped for another
 * of the registry's, and boilerplate (newsletter prompts, related links, cookie notices) added
 * until it is 3 to 5 KB; a story id makes every article distinct. The same N and seed give the
 * same files, so benchmark runs compare like with like.
 */
public final class CorpusGenerator {

    private static final List<String> BASE_FOLDERS = List.of("seeds", "src/test/resources/fixtures/dprk-russia/articles",
            "src/test/resources/fixtures/iran-drones/articles");

    private static final List<String> OUTLETS = List.of("Reuters", "Associated Press", "AFP", "BBC", "CNN", "Bloomberg",
            "Yonhap", "KBS", "NK News", "Kyiv Independent", "UNIAN", "Ukrainska Pravda", "The Washington Post");

    private static final List<String> BOILERPLATE = List.of(
            "Sign up for our morning newsletter and get the day's most important stories in your inbox. You can unsubscribe at any time.",
            "We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies and our privacy policy.",
            "Related coverage: Ukraine war latest, maps of the front line, and our explainer on sanctions and the shadow fleet.",
            "Follow us on social media for live updates. Share this article with friends and colleagues who follow the region.",
            "Copyright reserved. This material may not be published, broadcast, rewritten or redistributed without permission.",
            "Read more: analysts weigh the cost of the war for Europe's economies as energy prices ease through the winter months.",
            "Support independent journalism. Our reporting is funded by readers like you; become a member today from the price of a coffee.",
            "Most read this week: elections, storms on the coast, a new transfer record, and the quiet return of the night trains.");

    private static final Pattern THOUSANDS = Pattern.compile("\\b\\d{1,3}(?:,\\d{3})+\\b");

    private static final Pattern DAY = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December) (\\d{1,2})\\b");

    private record Base(String name, String text, String sidecar) {
    }

    private final List<Base> bases;

    private CorpusGenerator(List<Base> bases) {
        this.bases = bases;
    }

    /** The base articles, read from the project folder {@code root}. */
    public static CorpusGenerator fromProject(Path root) throws IOException {
        List<Base> bases = new ArrayList<>();
        for (String folder : BASE_FOLDERS) {
            try (Stream<Path> files = Files.list(root.resolve(folder))) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".meta.json") || name.contains("hostile") || !name.matches(".*\\.(txt|md|html)")) {
                        continue;
                    }
                    Path sidecar = file.resolveSibling(name.replaceFirst("\\.[a-z]+$", ".meta.json"));
                    bases.add(new Base(name, Files.readString(file, StandardCharsets.UTF_8),
                            Files.exists(sidecar) ? Files.readString(sidecar, StandardCharsets.UTF_8) : null));
                }
            }
        }
        return new CorpusGenerator(bases);
    }

    /** Writes {@code count} articles into {@code folder} (created; existing files are replaced). */
    public void write(Path folder, int count, long seed) throws IOException {
        Files.createDirectories(folder);
        for (int i = 0; i < count; i++) {
            Base base = this.bases.get(i % this.bases.size());
            Random random = new Random(seed * 1_000_003L + i);
            String name = String.format(Locale.ROOT, "%06d-%s", i, base.name());
            Files.writeString(folder.resolve(name), article(base, i, random), StandardCharsets.UTF_8);
            if (base.sidecar() != null) {
                String sidecar = base.sidecar().replaceFirst("(\"url\"\\s*:\\s*\"[^\"]*)\"", "$1?story=" + i + "\"");
                Files.writeString(folder.resolve(name.replaceFirst("\\.[a-z]+$", ".meta.json")), sidecar,
                        StandardCharsets.UTF_8);
            }
        }
    }

    String article(Base base, int index, Random random) {
        String text = scaleFigures(base.text(), random);
        text = moveDays(text, random.nextInt(7) - 3);
        text = swapOutlet(text, random);
        StringBuilder article = new StringBuilder(text.stripTrailing());
        boolean html = base.name().endsWith(".html");
        int added = 0;
        while (article.length() < 3000 + random.nextInt(1500) || added == 0) {
            String paragraph = BOILERPLATE.get(random.nextInt(BOILERPLATE.size()));
            int at = html ? article.lastIndexOf("</body>") : -1;
            String block = html ? "<p>" + paragraph + "</p>\n" : "\n\n" + paragraph;
            if (at >= 0) {
                article.insert(at, block);
            }
            else {
                article.append(block);
            }
            added++;
        }
        String id = String.format(Locale.ROOT, "Story ID %08x-%d.", random.nextInt(), index);
        int end = html ? article.lastIndexOf("</body>") : -1;
        if (end >= 0) {
            article.insert(end, "<p>" + id + "</p>\n");
        }
        else {
            article.append("\n\n").append(id).append('\n');
        }
        return article.toString();
    }

    /** "about 11,000 troops" becomes "about 9,700 troops": every grouped figure times one factor of 0.8 to 1.25. */
    private static String scaleFigures(String text, Random random) {
        double factor = 0.8 + random.nextDouble() * 0.45;
        Matcher matcher = THOUSANDS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            long value = Long.parseLong(matcher.group().replace(",", ""));
            long scaled = Math.max(1000, Math.round(value * factor / 100.0) * 100);
            matcher.appendReplacement(out, String.format(Locale.ROOT, "%,d", scaled));
        }
        return matcher.appendTail(out).toString();
    }

    /** "November 4" becomes "November 6": a shift of a few days, kept within the month. */
    private static String moveDays(String text, int shift) {
        Matcher matcher = DAY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            int day = Math.min(28, Math.max(1, Integer.parseInt(matcher.group(2)) + shift));
            matcher.appendReplacement(out, matcher.group(1) + " " + day);
        }
        return matcher.appendTail(out).toString();
    }

    /** One outlet the article names, replaced everywhere by another from the registry. */
    private static String swapOutlet(String text, Random random) {
        List<String> present = OUTLETS.stream().filter((o) -> Pattern.compile("\\b" + Pattern.quote(o) + "\\b").matcher(text).find()).toList();
        if (present.isEmpty() || random.nextInt(10) < 3) {
            return text;
        }
        String from = present.get(random.nextInt(present.size()));
        String to = OUTLETS.get(random.nextInt(OUTLETS.size()));
        return text.replaceAll("\\b" + Pattern.quote(from) + "\\b", Matcher.quoteReplacement(to));
    }

    /** {@code CorpusGenerator FOLDER COUNT [SEED]}: writes a corpus from the project in the working directory. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: CorpusGenerator FOLDER COUNT [SEED]");
        }
        fromProject(Path.of("")).write(Path.of(args[0]), Integer.parseInt(args[1]), (args.length > 2) ? Long.parseLong(args[2]) : 1);
    }
}
