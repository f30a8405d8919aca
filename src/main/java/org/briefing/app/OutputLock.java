package org.briefing.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An exclusive lock on an output folder ({@code out/.lock}), held by one process for as long as it
 * runs, so that two runs never share an output folder and its database at once. The operating
 * system releases the lock when the process ends, however it ends (kill -9 included), so a stale
 * lock never blocks the next run. The file's text (pid and start time) only serves the message.
 */
final class OutputLock implements AutoCloseable {

    static final String FILE = ".lock";

    /**
     * Folders locked by this JVM. File locks belong to the process, and closing any channel on the
     * file may release them, so a second attempt from the same JVM must not even open the file.
     */
    private static final Set<Path> heldHere = ConcurrentHashMap.newKeySet();

    private static final Duration POLL = Duration.ofMillis(200);

    private final Path file;

    private final FileChannel channel;

    private final FileLock lock;

    private OutputLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks the folder, waiting up to {@code wait} for another run to end.
     * @throws RunInProgressException when another run still holds it
     */
    static OutputLock acquire(Path folder, Duration wait) throws IOException {
        Path file = folder.toAbsolutePath().normalize().resolve(FILE);
        Instant deadline = Instant.now().plus(wait);
        while (true) {
            OutputLock lock = tryAcquire(file);
            if (lock != null) {
                return lock;
            }
            if (!Instant.now().isBefore(deadline)) {
                throw new RunInProgressException("another briefing run is using " + folder + " (" + holder(file)
                        + "); try again later, or give --briefing.lock-wait=DURATION to wait for it");
            }
            sleep(file);
        }
    }

    private static OutputLock tryAcquire(Path file) throws IOException {
        if (!heldHere.add(file)) {
            return null;
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                heldHere.remove(file);
                return null;
            }
            describeHolder(channel);
            return new OutputLock(file, channel, lock);
        }
        catch (IOException | RuntimeException ex) {
            if (channel != null) {
                channel.close();
            }
            heldHere.remove(file);
            if (ex instanceof OverlappingFileLockException) {
                return null;
            }
            throw ex;
        }
    }

    private static void describeHolder(FileChannel channel) throws IOException {
        String text = "pid " + ProcessHandle.current().pid() + ", started " + Instant.now() + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    private static String holder(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "holder unknown" : text;
        }
        catch (IOException | RuntimeException ex) {
            return "holder unknown";
        }
    }

    private static void sleep(Path file) {
        try {
            Thread.sleep(POLL.toMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new RunInProgressException("interrupted while waiting for the lock on " + file.getParent());
        }
    }

    @Override
    public void close() {
        try {
            this.lock.release();
            this.channel.close();
        }
        catch (IOException ex) {
            // the lock goes with the process anyway
        }
        finally {
            heldHere.remove(this.file);
        }
    }
}
