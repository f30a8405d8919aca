package org.briefing.app;

import java.time.Duration;
import java.util.function.LongSupplier;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Follows each step: its totals when it starts, the items of each chunk as it is written, and
 * the end; a {@link ProgressView} shows them. One instance serves every step, one step at a time.
 */
final class ProgressListener implements StepExecutionListener, ChunkListener<Object, Object> {

    /** A step's total and what is already done, from the database when the step starts. */
    interface Totals {

        Count of(StepExecution step);
    }

    record Count(long total, long done) {
    }

    private final ProgressView view;

    private final Totals totals;

    private final LongSupplier nanoTime;

    private String step;

    private long total;

    private long doneBefore;

    private long doneNow;

    private long started;

    ProgressListener(ProgressView view, Totals totals, LongSupplier nanoTime) {
        this.view = view;
        this.totals = totals;
        this.nanoTime = nanoTime;
    }

    @Override
    public synchronized void beforeStep(StepExecution stepExecution) {
        Count count = this.totals.of(stepExecution);
        this.step = stepExecution.getStepName();
        this.total = count.total();
        this.doneBefore = Math.min(count.done(), count.total());
        this.doneNow = 0;
        this.started = this.nanoTime.getAsLong();
    }

    @Override
    public synchronized void afterChunk(Chunk<Object> chunk) {
        if (this.step == null) {
            return; // a worker process runs partitions of a step that another process follows
        }
        this.doneNow += chunk.size();
        this.view.advanced(progress());
    }

    /** The chunks of a partitioned step's partitions, which may run in several threads at once. */
    ChunkListener<Object, Object> chunks() {
        return new ChunkListener<>() {
            @Override
            public void afterChunk(Chunk<Object> chunk) {
                ProgressListener.this.afterChunk(chunk);
            }
        };
    }

    @Override
    public synchronized ExitStatus afterStep(StepExecution stepExecution) {
        if (stepExecution.getStatus().isUnsuccessful()) {
            return null;
        }
        if (this.doneBefore + this.doneNow < this.total) {
            this.doneNow = this.total - this.doneBefore;
        }
        this.view.finished(progress());
        return null;
    }

    synchronized Progress progress() {
        return new Progress(this.step, this.total, this.doneBefore, this.doneNow,
                Duration.ofNanos(this.nanoTime.getAsLong() - this.started));
    }
}
