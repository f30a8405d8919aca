package org.briefing.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.briefing.domain.PartialDate;

/**
 * A bounded selection of a run's claims (or statements) for reconciliation, made while they are
 * streamed from the database. Items are grouped as reconciliation groups them (question, status
 * and month); within a group each originating source keeps its {@value #PER_ORIGINATOR} latest
 * items, and a group keeps the {@value #ORIGINATORS} originators whose latest item is the most
 * recent. The rules need no more: a consensus takes each originator's latest figure, a superseded
 * figure is an originator's earlier one, and medians and ranges are steady long before these
 * counts. A corpus under the bounds (every fixture, the seeds) is kept whole, so its briefing is
 * the one the rules give on every claim; memory no longer grows with the corpus but with the
 * number of questions and months. Items come back in the order they were added.
 *
 * @param <T> claims or statements
 */
final class EvidenceSample<T> {

    static final int PER_ORIGINATOR = 6;

    static final int ORIGINATORS = 20;

    private record Entry<T>(T item, long order, PartialDate asOf, String id) {
    }

    private static final Comparator<Entry<?>> RECENCY = Comparator
        .comparing((Entry<?> e) -> e.asOf(), Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(Entry::id);

    private final Function<T, String> group;

    private final Function<T, String> originator;

    private final Function<T, PartialDate> asOf;

    private final Function<T, String> id;

    private final Map<String, Map<String, TreeSet<Entry<T>>>> groups = new HashMap<>();

    private long seen;

    private long kept;

    EvidenceSample(Function<T, String> group, Function<T, String> originator, Function<T, PartialDate> asOf,
            Function<T, String> id) {
        this.group = group;
        this.originator = originator;
        this.asOf = asOf;
        this.id = id;
    }

    void add(T item) {
        Map<String, TreeSet<Entry<T>>> byOriginator = this.groups.computeIfAbsent(this.group.apply(item),
                (k) -> new HashMap<>());
        TreeSet<Entry<T>> own = byOriginator.computeIfAbsent(this.originator.apply(item), (k) -> new TreeSet<>(RECENCY));
        own.add(new Entry<>(item, this.seen++, this.asOf.apply(item), this.id.apply(item)));
        this.kept++;
        if (own.size() > PER_ORIGINATOR) {
            own.pollFirst();
            this.kept--;
        }
        if (byOriginator.size() > ORIGINATORS) {
            String stalest = null;
            for (Map.Entry<String, TreeSet<Entry<T>>> candidate : byOriginator.entrySet()) {
                if (stalest == null || RECENCY.compare(candidate.getValue().last(), byOriginator.get(stalest).last()) < 0) {
                    stalest = candidate.getKey();
                }
            }
            this.kept -= byOriginator.remove(stalest).size();
        }
    }

    /** The items kept, in the order they were added. */
    List<T> items() {
        List<Entry<T>> entries = new ArrayList<>();
        this.groups.values().forEach((g) -> g.values().forEach(entries::addAll));
        entries.sort(Comparator.comparingLong(Entry::order));
        return entries.stream().map(Entry::item).toList();
    }

    /** How many items were added. */
    long seen() {
        return this.seen;
    }

    /** How many are kept. */
    long kept() {
        return this.kept;
    }
}
