package org.briefing.score;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

import org.briefing.template.TemplateLoader;

/**
 * Command line of the scorer:
 * {@code ScoreCommand --gold FILE --articles DIR [--template NAME_OR_DIR] [--min-f1 X] [--min-attribution Y]}.
 * Prints every miss, extra and attribution error, then the measures; exits 1 when a minimum is given
 * and not met, 2 for bad arguments.
 */
public final class ScoreCommand {

    private ScoreCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) {
        String gold = null;
        String articles = null;
        String template = "dprk-russia";
        double minF1 = 0;
        double minAttribution = 0;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--gold" -> gold = args[i + 1];
                case "--articles" -> articles = args[i + 1];
                case "--template" -> template = args[i + 1];
                case "--min-f1" -> minF1 = Double.parseDouble(args[i + 1]);
                case "--min-attribution" -> minAttribution = Double.parseDouble(args[i + 1]);
                default -> {
                    out.println("unknown argument " + args[i]);
                    return 2;
                }
            }
        }
        if (gold == null || articles == null) {
            out.println("usage: --gold FILE --articles DIR [--template NAME_OR_DIR] [--min-f1 X] [--min-attribution Y]");
            return 2;
        }
        Score score = new ExtractionScorer(new TemplateLoader().load(template)).score(Gold.read(Path.of(gold)),
                Path.of(articles));
        out.print(score.report());
        boolean met = score.f1() >= minF1 && score.attributionAccuracy() >= minAttribution;
        if (!met) {
            out.println(String.format(Locale.ROOT, "below target: F1 %.3f (min %.3f), attribution %.3f (min %.3f)",
                    score.f1(), minF1, score.attributionAccuracy(), minAttribution));
        }
        return met ? 0 : 1;
    }
}
