package dev.leadkit.receiver;

import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The embedded {@link LeadSink}: an append-only JSON Lines file, one lead per line in the documented PascalCase
 * form ({@link LeadJson#defaults()}), durable before {@link #store} returns: the line is written and
 * {@link FileChannel#force forced} to the disk, so a lead that got its 202 survives a kill of the process and, as
 * far as the operating system and the disk honour a flush, a crash of the machine.
 *
 * <p>Group commit: while one round of lines is written and forced, the lines of concurrent stores gather in the
 * next round, which one write and one {@code force} then cover, so concurrent stores share a disk flush instead of
 * queueing one each. The sink's one thread, {@code leadkit-lead-file-flusher}, writes and forces the rounds one
 * after the other, each right after the one before, and sleeps while no line waits; it ends at {@link #close()}.
 * A {@link #store} waits for its own round only; a {@link #storeAsync} does not hold its thread at all.
 *
 * <p>Failure semantics. After a write or a force fails, the sink is <em>broken</em> until it is closed and opened
 * again: every lead whose line was not covered by a force that succeeded before the failure is refused (its
 * {@code store} throws), and so is every later one. A failed force does not say which pages reached the disk,
 * and on Linux a second force after a write-back error may succeed without having written them (the PostgreSQL
 * "fsyncgate" pattern), so no later force may vouch for a line written before the failure.
 * {@link #isAccepting()} turns false.
 *
 * <p>A crash can cut the last line short only while its lead was not yet acknowledged. Readers should skip a line
 * that does not parse; on opening, a sink ends such a torn line with a newline (see {@link #repairedTornLine()}).
 *
 * <p>Thread-safe. One sink per file: two processes appending to one file could interleave their lines.
 */
public final class JsonLinesSink implements LeadSink, AutoCloseable {
    private static final LeadJson STORED_FORM = LeadJson.defaults();
    /** How long {@link #close()} lets a running write and force end before it closes the file under them. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private final Path file;
    private final FileIo io;
    private final Object lock = new Object();
    private final boolean repairedTornLine;
    private long lines; // written to the file; guarded by lock
    private long numbered; // the number the last line handed to the sink got; guarded by lock
    private IOException broken; // guarded by lock
    /** The round that takes new lines; guarded by lock. */
    private Round next = new Round();
    private boolean flusherIdle; // guarded by lock: the flusher waits on it for a line
    private boolean closed; // guarded by lock
    private final Thread flusher;

    private JsonLinesSink(Path file, FileIo io, long lines, boolean repairedTornLine) {
        this.file = file;
        this.io = io;
        this.lines = lines;
        this.numbered = lines;
        this.repairedTornLine = repairedTornLine;
        this.flusher = new Thread(this::flushRounds, "leadkit-lead-file-flusher");
        flusher.setDaemon(true);
        flusher.start();
    }

    /**
     * Opens a file for appending, creating it if missing, counts the lines already in it, and ends a torn last
     * line.
     *
     * @param file a regular file, or a path where one can be created
     * @return the open sink
     * @throws FileSystemException if the path names something that is not a regular file (a pipe such as a piped
     *     {@code /dev/stdout}, a device such as {@code /dev/full}, a directory): no line there could be forced
     * @throws IOException if the file cannot be created, opened, read or repaired
     */
    public static JsonLinesSink open(Path file) throws IOException {
        return open(file, FileIo::of);
    }

    /** The seam for fault injection: {@code wrap} gets the real channel and returns what the sink writes through. */
    static JsonLinesSink open(Path file, java.util.function.Function<FileChannel, FileIo> wrap) throws IOException {
        Objects.requireNonNull(file, "file");
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new FileSystemException(file.toString(), null, "not a regular file; leads can be stored only in "
                    + "a regular file, where a line can be forced to the disk");
        }
        boolean created = !Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        try {
            if (created) {
                syncDirectory(file.toAbsolutePath().getParent());
            }
            long lines = 0;
            byte last = '\n';
            try (FileChannel reader = FileChannel.open(file, StandardOpenOption.READ)) {
                ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
                for (int n; (n = reader.read(buffer)) > 0; buffer.clear()) {
                    for (int i = 0; i < n; i++) {
                        if (buffer.get(i) == '\n') {
                            lines++;
                        }
                    }
                    last = buffer.get(n - 1);
                }
            }
            FileIo io = wrap.apply(channel);
            boolean torn = last != '\n';
            if (torn) {
                writeFully(io, ByteBuffer.wrap(new byte[] {'\n'}));
                io.force();
                lines++;
            }
            return new JsonLinesSink(file, io, lines, torn);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Appends the lead as one line and returns once the line is on the disk.
     *
     * @throws IOException if writing or forcing failed, now or before, or the sink is closed: the lead must not
     *     be acknowledged, and the sink refuses every lead until opened again
     */
    @Override
    public void store(Lead lead) throws IOException {
        append(STORED_FORM.writeBytes(Objects.requireNonNull(lead, "lead")));
    }

    /**
     * Hands the lead's line to the next round and returns at once; the stage completes on the sink's flusher
     * thread when the line is on the disk, or exceptionally with an {@link IOException} as {@link #store} would
     * throw. What is chained to it runs on that thread, before the next round is written: keep it short.
     */
    @Override
    public CompletableFuture<Void> storeAsync(Lead lead) {
        return appendAsync(STORED_FORM.writeBytes(Objects.requireNonNull(lead, "lead"))).thenApply(line -> null);
    }

    /**
     * Appends one line and returns once it is on the disk; {@link #store} with the JSON already written.
     *
     * @param json one compact JSON document, without a line break
     * @return the line's number in the file, counting from 1
     * @throws IllegalArgumentException if the JSON holds a line break
     * @throws IOException as {@link #store}
     */
    public long append(byte[] json) throws IOException {
        try {
            return appendAsync(json).join();
        } catch (CompletionException e) {
            throw (IOException) e.getCause();
        }
    }

    /** {@link #append} without waiting: the line's number, or an IOException, when its round has ended. */
    CompletableFuture<Long> appendAsync(byte[] json) {
        for (byte b : json) {
            if (b == '\n' || b == '\r') {
                throw new IllegalArgumentException("json must be one line: it holds a line break");
            }
        }
        long mine;
        Round round;
        synchronized (lock) {
            if (broken != null) {
                return CompletableFuture.failedFuture(refusal(broken));
            }
            mine = ++numbered;
            round = next;
            round.add(json);
            if (flusherIdle) {
                flusherIdle = false;
                lock.notify();
            }
        }
        return round.end.handle((ended, failure) -> {
            if (failure != null) {
                throw new CompletionException(refusal(failure));
            }
            return mine;
        });
    }

    private static IOException refusal(Throwable failure) {
        return new IOException("the lead file failed (" + failure.getClass().getSimpleName() + "); it takes no "
                + "lead until opened again", failure);
    }

    /**
     * The flusher's loop: takes the round that gathered while the one before was forced, writes it with one write
     * and forces it, then ends it; one force at a time, each right after the one before, until the sink closes.
     */
    private void flushRounds() {
        while (true) {
            Round round;
            ByteBuffer batch;
            synchronized (lock) {
                while (next.size == 0 && broken == null) {
                    flusherIdle = true;
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        // nothing interrupts this thread; close() sets broken and notifies
                    }
                }
                round = next;
                next = new Round();
                if (broken != null) { // a write or force failed, or the sink closed: nothing may vouch for these
                    round.fail(broken); // and append() adds no line once broken is set: the flusher is done
                    return;
                }
                batch = round.take();
            }
            flush(round, batch);
        }
    }

    /** Writes and forces one round; a failure breaks the sink and refuses the round. */
    private void flush(Round round, ByteBuffer batch) {
        try {
            writeFully(io, batch);
            synchronized (lock) {
                lines += round.size;
            }
            io.force(); // with the metadata: the file's new size is what makes the lines readable
        } catch (IOException | RuntimeException e) {
            IOException failure = e instanceof IOException ioe ? ioe
                    : new IOException("writing or forcing failed", e);
            synchronized (lock) {
                if (broken == null) {
                    broken = failure;
                }
            }
            round.fail(failure);
            return;
        }
        round.succeed();
    }

    /** False once a write or force failed, or the sink is closed. */
    @Override
    public boolean isAccepting() {
        synchronized (lock) {
            return broken == null;
        }
    }

    /**
     * How many lines the file holds, as far as this sink knows: the lines written, forced or being forced.
     *
     * @return the count, the torn line repaired at opening included
     */
    public long lines() {
        synchronized (lock) {
            return lines;
        }
    }

    /** How many lines were handed to the sink, forced or waiting for a force; for tests. */
    long numbered() {
        synchronized (lock) {
            return numbered;
        }
    }

    /**
     * Whether the file ended with a torn line when opened (a lead cut off by a crash before it was acknowledged).
     *
     * @return true if a newline was added to end it
     */
    public boolean repairedTornLine() {
        return repairedTornLine;
    }

    /**
     * The file.
     *
     * @return the path given to {@link #open}
     */
    public Path file() {
        return file;
    }

    /** Makes a new file's directory entry durable, where the platform allows it (not on Windows). */
    private static void syncDirectory(Path dir) {
        try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the lines themselves are still forced before every acknowledgement
        }
    }

    private static void writeFully(FileIo io, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            if (io.write(buffer) <= 0 && buffer.hasRemaining()) {
                throw new IOException("the file took no bytes");
            }
        }
    }

    /** Closes the file; stores after this fail. Idempotent. */
    @Override
    public void close() throws IOException {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            if (broken == null) {
                broken = new IOException("the lead file is closed");
            }
            lock.notify();
        }
        try {
            flusher.join(CLOSE_WAIT.toMillis()); // it ends the round it is forcing, then refuses what is left
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            io.close();
        }
    }

    @Override
    public String toString() {
        return "JsonLinesSink[" + file + ", lines=" + lines() + (isAccepting() ? "" : ", refusing") + "]";
    }

    /** The lines that one write and one force cover, and the future that ends when they are forced or refused. */
    private static final class Round {
        private final CompletableFuture<Void> end = new CompletableFuture<>();
        private byte[] bytes = new byte[1024]; // guarded by the sink's lock until taken
        private int length; // guarded by the sink's lock
        private int size; // lines; guarded by the sink's lock

        void add(byte[] json) {
            int needed = length + json.length + 1;
            if (needed > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(needed, bytes.length * 2));
            }
            System.arraycopy(json, 0, bytes, length, json.length);
            bytes[needed - 1] = '\n';
            length = needed;
            size++;
        }

        ByteBuffer take() {
            return ByteBuffer.wrap(bytes, 0, length);
        }

        void succeed() {
            end.complete(null);
        }

        void fail(IOException failure) {
            end.completeExceptionally(failure);
        }
    }

    /** What the sink writes through: the file channel, or in tests a wrapper that fails on demand. */
    interface FileIo {
        int write(ByteBuffer bytes) throws IOException;

        void force() throws IOException;

        void close() throws IOException;

        static FileIo of(FileChannel channel) {
            return new FileIo() {
                @Override
                public int write(ByteBuffer bytes) throws IOException {
                    return channel.write(bytes);
                }

                @Override
                public void force() throws IOException {
                    channel.force(true);
                }

                @Override
                public void close() throws IOException {
                    channel.close();
                }
            };
        }
    }
}
