package org.briefing.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

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
 * The processor must be thread-safe; a result of {@code null} filters the item out.
 */
class ConcurrentProcessingWriter<I, O> implements ItemWriter<I> {

    private final ItemProcessor<I, O> processor;

    private final AsyncTaskExecutor threads;

    private final ItemWriter<O> writer;

    ConcurrentProcessingWriter(ItemProcessor<I, O> processor, AsyncTaskExecutor threads, ItemWriter<O> writer) {
        this.processor = processor;
        this.threads = threads;
        this.writer = writer;
    }

    @Override
    public void write(Chunk<? extends I> chunk) throws Exception {
        List<Future<O>> pending = new ArrayList<>(chunk.size());
        for (I item : chunk) {
            pending.add(this.threads.submit(() -> this.processor.process(item)));
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
