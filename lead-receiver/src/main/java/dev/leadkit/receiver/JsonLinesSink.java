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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The embedded {@link LeadSink}: an append-only JSON Lines file, one lead per line in the documented PascalCase
 * form ({@link LeadJson#defaults()}), durable before {@link #store} returns: the line is written and
 * {@link FileChannel#force forced} to the disk, so a lead that got its 202 survives a kill of the process and, as
 * far as the operating system and the disk honour a flush, a crash of the machine.
 *
 * <p>Group commit: lines are written one at a time, and one {@code force} covers every line written before it
 * began, so concurrent stores share a disk flush instead of queueing one each. One thread forces at a time; the
 * others wait for its force to end without queueing on a lock, and return at once if it covered their line.
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
    private final Object writeLock = new Object();
    /** The force in progress, completed when it ends (either way); null when none is. */
    private final AtomicReference<CompletableFuture<Void>> forcing = new AtomicReference<>();
    private final boolean repairedTornLine;
    private long lines; // guarded by writeLock
    private IOException broken; // guarded by writeLock
    /** Lines covered by a force that succeeded: all written before it began. Only the forcing thread writes it. */
    private volatile long forcedLines;

    private JsonLinesSink(Path file, FileIo io, long lines, boolean repairedTornLine) {
        this.file = file;
        this.io = io;
        this.lines = lines;
        this.forcedLines = lines;
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
                writeFully(io, new byte[] {'\n'});
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
        byte[] line = new byte[json.length + 1];
        System.arraycopy(json, 0, line, 0, json.length);
        line[json.length] = '\n';
        long mine;
        synchronized (writeLock) {
            refuseIfBroken();
            try {
                writeFully(io, line);
            } catch (IOException | RuntimeException e) {
                broken = e instanceof IOException ioe ? ioe : new IOException("writing failed", e);
                throw e;
            }
            mine = ++lines;
        }
        while (forcedLines < mine) {
            CompletableFuture<Void> myRound = new CompletableFuture<>();
            CompletableFuture<Void> running = forcing.compareAndExchange(null, myRound);
            if (running != null) {
                running.join(); // wait for that force to end, then see whether it covered this line
                continue;
            }
            try {
                if (forcedLines >= mine) {
                    break; // a force that ended meanwhile covered this line
                }
                long upTo;
                synchronized (writeLock) {
                    refuseIfBroken(); // a force or write failed since: nothing may vouch for this line any more
                    upTo = lines;
                }
                try {
                    io.force(); // with the metadata: the file's new size is what makes the lines readable
                } catch (IOException | RuntimeException e) {
                    synchronized (writeLock) {
                        broken = e instanceof IOException ioe ? ioe : new IOException("forcing failed", e);
                    }
                    throw e;
                }
                forcedLines = upTo;
            } finally {
                forcing.set(null);
                myRound.complete(null);
            }
        }
        return mine;
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
        synchronized (writeLock) {
            return broken == null;
        }
    }

    /**
     * How many lines the file holds, as far as this sink knows.
     *
     * @return the count, the torn line repaired at opening included
     */
    public long lines() {
        synchronized (writeLock) {
            return lines;
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

    private static void writeFully(FileIo io, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            if (io.write(buffer) <= 0 && buffer.hasRemaining()) {
                throw new IOException("the file took no bytes");
            }
        }
    }

    /** Closes the file; stores after this fail. Idempotent. */
    @Override
    public void close() throws IOException {
        synchronized (writeLock) {
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
