package org.briefing.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConcurrentProcessingWriterTests {

    private final ThreadPoolTaskExecutor threads = new ThreadPoolTaskExecutor();

    private final Map<Integer, AtomicInteger> processed = new ConcurrentHashMap<>();

    private final List<List<String>> written = Collections.synchronizedList(new ArrayList<>());

    ConcurrentProcessingWriterTests() {
        this.threads.setCorePoolSize(2);
        this.threads.initialize();
    }

    @AfterEach
    void stop() {
        this.threads.shutdown();
    }

    private String process(int item) {
        this.processed.computeIfAbsent(item, (key) -> new AtomicInteger()).incrementAndGet();
        return (item % 5 == 0) ? null : "item " + item;
    }

    @Test
    void writesEachChunksResultsInItsOrderWithoutTheFilteredOnes() throws Exception {
        ConcurrentProcessingWriter<Integer, String> writer = new ConcurrentProcessingWriter<>(this::process, this.threads,
                (chunk) -> this.written.add(new ArrayList<>(chunk.getItems())));

        writer.write(Chunk.of(1, 2, 3, 4, 5, 6));

        assertThat(this.written).containsExactly(List.of("item 1", "item 2", "item 3", "item 4", "item 6"));
    }

    @Test
    void startsTheNextChunksItemsBeforeItWritesAndProcessesEachItemOnce() throws Exception {
        List<Integer> next = new ArrayList<>(List.of(4, 6, 7));
        CountDownLatch aheadDone = new CountDownLatch(3);
        ConcurrentProcessingWriter<Integer, String> writer = new ConcurrentProcessingWriter<>((item) -> {
            String result = process(item);
            if (item > 3) {
                aheadDone.countDown();
            }
            return result;
        }, this.threads, (chunk) -> {
            if (this.written.isEmpty()) {
                // the first chunk's write waits until the next chunk's items were processed on the threads
                assertThat(aheadDone.await(10, TimeUnit.SECONDS)).isTrue();
            }
            this.written.add(new ArrayList<>(chunk.getItems()));
        }, () -> List.copyOf(next));

        writer.write(Chunk.of(1, 2, 3));
        next.clear();
        writer.write(Chunk.of(4, 6, 7));

        assertThat(this.written).containsExactly(List.of("item 1", "item 2", "item 3"), List.of("item 4", "item 6", "item 7"));
        assertThat(this.processed).allSatisfy((item, count) -> assertThat(count).hasValue(1));
        assertThat(this.processed).containsOnlyKeys(1, 2, 3, 4, 6, 7);
    }

    @Test
    void aResultReadAheadForAnItemThatDidNotComeIsNotWritten() throws Exception {
        List<Integer> next = new ArrayList<>(List.of(8, 9));
        ConcurrentProcessingWriter<Integer, String> writer = new ConcurrentProcessingWriter<>(this::process, this.threads,
                (chunk) -> this.written.add(new ArrayList<>(chunk.getItems())), () -> List.copyOf(next));

        writer.write(Chunk.of(1));
        next.clear();
        writer.write(Chunk.of(2));

        assertThat(this.written).containsExactly(List.of("item 1"), List.of("item 2"));
    }

    @Test
    void aFailedItemFailsTheChunkWithItsOwnException() {
        ConcurrentProcessingWriter<Integer, String> writer = new ConcurrentProcessingWriter<>((item) -> {
            throw new IllegalStateException("cannot process " + item);
        }, this.threads, (chunk) -> this.written.add(new ArrayList<>(chunk.getItems())));

        assertThatThrownBy(() -> writer.write(Chunk.of(1))).isInstanceOf(IllegalStateException.class)
            .hasMessage("cannot process 1");
        assertThat(this.written).isEmpty();
    }
}
