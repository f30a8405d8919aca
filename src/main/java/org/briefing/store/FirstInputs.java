package org.briefing.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Streams the bodies of a table keyed by article and profile for a run's articles, in input
 * order, each article once (at its first input), one window of input sequence numbers at a time.
 * <p>
 * One query over the whole run ({@code ORDER BY} the first input of each article) made H2 sort
 * every row, bodies included, before it returned the first: 60 MB of claims at 10,000 articles,
 * read twice (reconcile, render), and ten times that at 100,000. A window sorts only its own rows;
 * the inputs and the rows of each article are found through their primary keys.
 * <p>
 * When there is more than one window, {@link #READERS} threads query and parse the windows in
 * turn (reader k takes windows k, k + READERS, …), each holding at most one finished window ahead,
 * while the caller's thread hands the items to the action in window order: the reconcile and
 * render steps run on one thread, and reading and parsing the rows was most of their time. The
 * readers use their own connections, so they see what earlier steps committed.
 */
final class FirstInputs {

    static final int WINDOW = 1_000;

    /** Threads reading windows; two cores were the measured machine, and H2 serves reads concurrently. */
    static final int READERS = 2;

    private FirstInputs() {
    }

    /**
     * @param table a table with {@code article_id}, {@code profile_key} and {@code body}
     * @param rowOrder the table's column that orders an article's rows, or {@code null} for one row per article
     * @param parse turns a body into an item, on a reader thread; it must be thread-safe
     * @param action takes the items in order, on the caller's thread
     */
    static <T> void forEachBody(JdbcTemplate jdbc, String table, String rowOrder, String runId, String profileKey,
            Function<String, T> parse, Consumer<T> action) {
        forEachValue(jdbc, table, "body", rowOrder, runId, profileKey, parse, action, WINDOW);
    }

    /** As {@link #forEachBody}, for another column of the table, such as {@code article_id}. */
    static <T> void forEachValue(JdbcTemplate jdbc, String table, String column, String rowOrder, String runId,
            String profileKey, Function<String, T> parse, Consumer<T> action, int window) {
        String sql = "SELECT x." + column + " FROM briefing_run_input r JOIN " + table + " x"
                + " ON x.article_id = r.article_id AND x.profile_key = ?"
                + " WHERE r.run_id = ? AND r.seq BETWEEN ? AND ? AND r.article_id IS NOT NULL"
                + " AND NOT EXISTS (SELECT 1 FROM briefing_run_input d WHERE d.run_id = r.run_id"
                + " AND d.article_id = r.article_id AND d.seq < r.seq)"
                + " ORDER BY r.seq" + ((rowOrder == null) ? "" : ", x." + rowOrder);
        Map<String, Object> bounds = jdbc.queryForMap(
                "SELECT MIN(seq) AS first_seq, MAX(seq) AS last_seq FROM briefing_run_input WHERE run_id = ?", runId);
        if (bounds.get("first_seq") == null) {
            return;
        }
        int first = ((Number) bounds.get("first_seq")).intValue();
        int last = ((Number) bounds.get("last_seq")).intValue();
        int windows = (int) ((last - (long) first) / window) + 1;
        Function<Integer, List<T>> read = (w) -> {
            long from = first + (long) w * window;
            List<T> items = new ArrayList<>();
            jdbc.query(sql, (rs) -> {
                items.add(parse.apply(rs.getString(1)));
            }, profileKey, runId, (int) from, (int) Math.min(last, from + window - 1));
            return items;
        };
        if (windows == 1) {
            read.apply(0).forEach(action);
            return;
        }
        inParallel(windows, read, action);
    }

    /** A window's items, or why its reader failed. */
    private record Window<T>(List<T> items, RuntimeException failure) {
    }

    private static <T> void inParallel(int windows, Function<Integer, List<T>> read, Consumer<T> action) {
        List<BlockingQueue<Window<T>>> queues = new ArrayList<>();
        // Readers are told to stop by this flag, never interrupted: an interrupt inside a query can
        // close the database file under H2.
        AtomicBoolean stopped = new AtomicBoolean();
        for (int k = 0; k < READERS; k++) {
            BlockingQueue<Window<T>> queue = new ArrayBlockingQueue<>(1);
            int reader = k;
            queues.add(queue);
            Thread thread = new Thread(() -> {
                for (int w = reader; w < windows && !stopped.get(); w += READERS) {
                    Window<T> done;
                    try {
                        done = new Window<>(read.apply(w), null);
                    }
                    catch (RuntimeException ex) {
                        done = new Window<>(null, ex);
                    }
                    if (!handOver(queue, done, stopped) || done.failure() != null) {
                        return;
                    }
                }
            }, "read-windows-" + k);
            thread.setDaemon(true);
            thread.start();
        }
        try {
            for (int w = 0; w < windows; w++) {
                Window<T> window = queues.get(w % READERS).take();
                if (window.failure() != null) {
                    throw window.failure();
                }
                window.items().forEach(action);
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + windows + " windows", ex);
        }
        finally {
            stopped.set(true);
        }
    }

    /** Puts the window in the queue once there is room; false if the reading stopped first. */
    private static <T> boolean handOver(BlockingQueue<Window<T>> queue, Window<T> window, AtomicBoolean stopped) {
        try {
            while (!stopped.get()) {
                if (queue.offer(window, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
            return false;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
