package org.briefing.app;

import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shows steps' progress: a bar on a terminal, else one log line per chunk. */
interface ProgressView {

    void advanced(Progress progress);

    void finished(Progress progress);

    /**
     * The view for {@code briefing.progress}: {@code bar}, {@code log}, {@code none}, or
     * {@code auto} (the default: a bar when the process writes to a terminal).
     */
    static ProgressView of(String mode) {
        return switch (mode.trim().toLowerCase(Locale.ROOT)) {
            case "bar" -> new Bar(System.out);
            case "log" -> new Log();
            case "none" -> new None();
            case "auto", "" -> isTerminal() ? new Bar(System.out) : new Log();
            default -> throw new BadArgumentsException("briefing.progress must be auto, bar, log or none: " + mode);
        };
    }

    /** Whether standard output is a terminal; Java 22 and later also give a console when it is not. */
    private static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = java.io.Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        }
        catch (ReflectiveOperationException ex) {
            return true;
        }
    }

    /** One log line per chunk and one per finished step. */
    final class Log implements ProgressView {

        private static final Logger logger = LoggerFactory.getLogger(ProgressView.class);

        @Override
        public void advanced(Progress p) {
            logger.info("{}: {} ({}%), ETA {}", p.step(), p.counts(), p.percent(), p.etaText());
        }

        @Override
        public void finished(Progress p) {
            logger.info("{}: {} done in {}", p.step(), p.counts(), Progress.clock(p.elapsed()));
        }
    }

    /** The deliberate console view: one line per step, redrawn in place with a carriage return. */
    final class Bar implements ProgressView {

        private static final int WIDTH = 30;

        private final PrintStream out;

        Bar(PrintStream out) {
            this.out = out;
        }

        @Override
        public void advanced(Progress p) {
            this.out.print("\r" + line(p, "ETA " + p.etaText()));
            this.out.flush();
        }

        @Override
        public void finished(Progress p) {
            this.out.print("\r" + line(p, "done in " + Progress.clock(p.elapsed())) + System.lineSeparator());
            this.out.flush();
        }

        static String line(Progress p, String tail) {
            int filled = (WIDTH * p.percent()) / 100;
            return String.format(Locale.ROOT, "%-14s [%s%s] %13s %3d%%  %-16s", p.step(), "#".repeat(filled),
                    ".".repeat(WIDTH - filled), p.counts(), p.percent(), tail);
        }
    }

    /** Nothing at all, for tests and quiet scripts. */
    final class None implements ProgressView {

        @Override
        public void advanced(Progress progress) {
        }

        @Override
        public void finished(Progress progress) {
        }
    }
}
