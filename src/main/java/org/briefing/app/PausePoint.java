package org.briefing.app;

import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * A test hook that makes kill points deterministic: with {@code briefing.test.pause-at=POINT} the
 * process logs {@code PAUSED AT POINT} when it reaches that point and then waits until it is
 * killed. Without the setting (every normal run) it does nothing. Points, for a step {@code S}:
 * <ul>
 * <li>{@code S:start}: the step has started, nothing of it is done;</li>
 * <li>{@code S:chunk-N}: chunk N is written but its transaction is not committed;</li>
 * <li>{@code S:end}: the step's work is committed but the step is not yet marked complete (for
 * the render step: the run folder is published).</li>
 * </ul>
 */
final class PausePoint implements StepExecutionListener, ChunkListener<Object, Object> {

    static final String MARKER = "PAUSED AT ";

    private static final Logger logger = LoggerFactory.getLogger(PausePoint.class);

    private final String point;

    private String step;

    private final AtomicInteger chunks = new AtomicInteger();

    PausePoint(String point) {
        this.point = (point == null) ? "" : point.trim();
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.step = stepExecution.getStepName();
        this.chunks.set(0);
        reached(this.step + ":start");
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        reached(this.step + ":chunk-" + this.chunks.incrementAndGet());
    }

    /**
     * The chunk points of a partitioned step, for its partitions' steps: {@code STEP:chunk-N} is
     * the N-th chunk of any partition, in whichever thread or order they come.
     */
    ChunkListener<Object, Object> chunksOf(String step) {
        return new ChunkListener<>() {
            @Override
            public void afterChunk(Chunk<Object> chunk) {
                reached(step + ":chunk-" + PausePoint.this.chunks.incrementAndGet());
            }
        };
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        reached(this.step + ":end");
        return null;
    }

    private void reached(String here) {
        if (this.point.isEmpty() || !this.point.equals(here)) {
            return;
        }
        logger.warn(MARKER + here);
        try {
            Thread.sleep(Long.MAX_VALUE);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
