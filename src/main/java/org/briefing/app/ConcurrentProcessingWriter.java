package org.briefing.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.core.task.AsyncTaskExecutor;

/**
 * Processes the items of a chunk on several threads, then hands the results, in the chunk's
 * order, to a writer on the step's thread, inside the chunk's transaction. The step itself stays
 * single-threaded: reader positions, chunk listeners, restart and pause points are those of a
 * plain chunk step. (Spring Batch 6.0's own concurrent chunk processing, {@code taskExecutor} on
 * the chunk step builder, does not call chunk listeners, on which progress and pause points rely.)
 * The processor must be thread-safe and a pure function of its item; a result of {@code null}
 * filters the item out.
 * <p>
 * Before it writes a chunk, it starts the items the reader will hand out next ({@code upcoming})
 * on the threads, so that they are processed while this thread writes and commits; without it
 * the threads wait for every write. The read-ahead changes nothing the step records: the reader's
 * position only moves when the step reads, a result is only written when its item comes in a
 * chunk, and results read ahead die with the step (the writer is step-scoped) when it fails.
 */
class ConcurrentProcessingWriter<I, O> implements ItemWriter<I> {

    private final ItemProcessor<I, O> processor;

    private final AsyncTaskExecutor threads;

    private final ItemWriter<O> writer;

    private final Supplier<List<I>> upcoming;

    /** Items started before their chunk came, by item: at most one chunk's worth. */
    private final Map<I, Future<O>> ahead = new HashMap<>();

    ConcurrentProcessingWriter(ItemProcessor<I, O> processor, AsyncTaskExecutor threads, ItemWriter<O> writer) {
        this(processor, threads, writer, List::of);
    }

    ConcurrentProcessingWriter(ItemProcessor<I, O> processor, AsyncTaskExecutor threads, ItemWriter<O> writer,
            Supplier<List<I>> upcoming) {
        this.processor = processor;
        this.threads = threads;
        this.writer = writer;
        this.upcoming = upcoming;
    }

    @Override
    public void write(Chunk<? extends I> chunk) throws Exception {
        List<Future<O>> pending = new ArrayList<>(chunk.size());
        for (I item : chunk) {
            Future<O> started = this.ahead.remove(item);
            pending.add((started != null) ? started : start(item));
        }
        cancelStale();
        for (I item : this.upcoming.get()) {
            this.ahead.computeIfAbsent(item, this::start);
        }
        Chunk<O> processed = new Chunk<>();
        for (Future<O> result : pending) {
            O item = done(result);
            if (item != null) {
                processed.add(item);
            }
        }
        this.writer.write(processed);
    }

    private Future<O> start(I item) {
        return this.threads.submit(() -> this.processor.process(item));
    }

    /** Results read ahead for items that did not come (a reader that skipped): dropped, not kept. */
    private void cancelStale() {
        this.ahead.values().forEach((future) -> future.cancel(false));
        this.ahead.clear();
    }

    private static <O> O done(Future<O> result) throws Exception {
        try {
            return result.get();
        }
        catch (ExecutionException ex) {
            if (ex.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw ex;
        }
    }
}
