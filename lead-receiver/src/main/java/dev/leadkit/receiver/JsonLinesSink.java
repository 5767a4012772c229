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
import java.util.Objects;
import java.util.Arrays;
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
 * queueing one each. The thread whose line opens a round writes and forces it once the round before has ended; the
 * others wait for their own round only, so each wakes once, when its line is on the disk or refused.
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

    private final Path file;
    private final FileIo io;
    private final Object lock = new Object();
    private final boolean repairedTornLine;
    private long lines; // written to the file; guarded by lock
    private long numbered; // the number the last line handed to the sink got; guarded by lock
    private IOException broken; // guarded by lock
    /** The round that takes new lines; guarded by lock. */
    private Round next = new Round();
    /** The round being written and forced, or null; guarded by lock. */
    private Round running;

    private JsonLinesSink(Path file, FileIo io, long lines, boolean repairedTornLine) {
        this.file = file;
        this.io = io;
        this.lines = lines;
        this.numbered = lines;
        this.repairedTornLine = repairedTornLine;
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
     * Appends one line and returns once it is on the disk; {@link #store} with the JSON already written.
     *
     * @param json one compact JSON document, without a line break
     * @return the line's number in the file, counting from 1
     * @throws IllegalArgumentException if the JSON holds a line break
     * @throws IOException as {@link #store}
     */
    public long append(byte[] json) throws IOException {
        for (byte b : json) {
            if (b == '\n' || b == '\r') {
                throw new IllegalArgumentException("json must be one line: it holds a line break");
            }
        }
        long mine;
        Round round;
        Round before;
        boolean lead;
        synchronized (lock) {
            refuseIfBroken();
            mine = ++numbered;
            round = next;
            round.add(json);
            lead = round.size == 1; // the first line of a round elects its thread to write and force it
            before = running;
        }
        if (!lead) {
            round.await();
            return mine;
        }
        if (before != null) {
            before.awaitEnd(); // one force at a time: the round before must end, either way, before this one
        }
        flush(round);
        return mine;
    }

    /** Writes and forces one round: the leader's own line and every line added to it until now. */
    private void flush(Round round) throws IOException {
        ByteBuffer batch;
        synchronized (lock) {
            try {
                refuseIfBroken(); // a write or force failed since: nothing may vouch for these lines any more
            } catch (IOException e) {
                round.fail(e);
                throw e;
            }
            batch = round.take();
            next = new Round();
            running = round;
        }
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
                broken = failure;
                running = null;
            }
            round.fail(failure);
            throw e;
        }
        synchronized (lock) {
            running = null;
        }
        round.succeed();
    }

    private void refuseIfBroken() throws IOException {
        if (broken != null) {
            throw new IOException("the lead file failed before (" + broken.getClass().getSimpleName()
                    + "); it takes no lead until opened again", broken);
        }
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
            if (broken == null) {
                broken = new IOException("the lead file is closed");
            }
            io.close();
        }
    }

    @Override
    public String toString() {
        return "JsonLinesSink[" + file + ", lines=" + lines() + (isAccepting() ? "" : ", refusing") + "]";
    }

    /**
     * The lines that one write and one force cover. The thread that added the first line leads: it waits for the
     * round before to end, then writes and forces this one; the others wait only for this round, so each thread
     * wakes once, when its own line is on the disk or refused.
     */
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

        /** Returns once this round's lines are forced; throws if they were not. */
        void await() throws IOException {
            try {
                end.join();
            } catch (CompletionException e) {
                IOException failure = (IOException) e.getCause();
                throw new IOException("the lead file failed (" + failure.getClass().getSimpleName()
                        + "); it takes no lead until opened again", failure);
            }
        }

        /** Returns once this round ended, forced or not. */
        void awaitEnd() {
            end.exceptionally(failure -> null).join();
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
