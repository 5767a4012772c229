package dev.leadkit.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An append-only JSON Lines file of accepted leads, durable before a lead is acknowledged: {@link #append} returns
 * only after the line is written and {@link FileChannel#force forced} to the disk, so a lead that got its 2xx
 * survives a kill of the process and, as far as the operating system and the disk honour a flush, a crash of the
 * machine.
 *
 * <p>Group commit: lines are written one at a time under the write lock, and one {@code force} covers every line
 * written before it began, so concurrent appends share a disk flush instead of queueing one each. An append returns
 * only after a force that started after its own write.
 *
 * <p>A crash can cut the last line short only while that line's lead was not yet acknowledged. Readers should skip
 * a line that does not end with a newline or does not parse; on opening, a store ends such a torn line with a
 * newline (see {@link #repairedTornLine()}), so the next lead starts on a line of its own. After an I/O error the
 * store refuses every further append: what it wrote last is unknown, and no later lead may be acknowledged on top.
 *
 * <p>Thread-safe. One store per file: two processes appending to one file could interleave their lines.
 */
final class LeadStore implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private final Object writeLock = new Object();
    private final Object forceLock = new Object();
    private final boolean repairedTornLine;
    private long lines; // guarded by writeLock
    private IOException broken; // guarded by writeLock
    private long forcedLines; // guarded by forceLock

    private LeadStore(Path file, FileChannel channel, long lines, boolean repairedTornLine) {
        this.file = file;
        this.channel = channel;
        this.lines = lines;
        this.forcedLines = lines;
        this.repairedTornLine = repairedTornLine;
    }

    /**
     * Opens a file for appending, creating it if missing, and counts the lines already in it.
     *
     * @throws IOException if the file cannot be opened, read or repaired
     */
    static LeadStore open(Path file) throws IOException {
        boolean created = !Files.exists(file);
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
            boolean torn = last != '\n';
            if (torn) {
                writeFully(channel, new byte[] {'\n'});
                channel.force(true);
                lines++;
            }
            return new LeadStore(file, channel, lines, torn);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Appends one line and returns once it is on the disk.
     *
     * @param json one compact JSON document, without a line break
     * @return the line's number in the file, counting from 1
     * @throws IOException if writing or forcing failed, now or before: the lead must not be acknowledged
     */
    long append(byte[] json) throws IOException {
        byte[] line = new byte[json.length + 1];
        System.arraycopy(json, 0, line, 0, json.length);
        line[json.length] = '\n';
        long mine;
        synchronized (writeLock) {
            if (broken != null) {
                throw new IOException("the lead file failed before: " + broken.getMessage(), broken);
            }
            try {
                writeFully(channel, line);
            } catch (IOException e) {
                broken = e;
                throw e;
            }
            mine = ++lines;
        }
        synchronized (forceLock) {
            if (forcedLines < mine) {
                long upTo;
                synchronized (writeLock) {
                    upTo = lines;
                }
                try {
                    channel.force(true); // with the metadata: the file's new size is what makes the lines readable
                } catch (IOException e) {
                    synchronized (writeLock) {
                        broken = e;
                    }
                    throw e;
                }
                forcedLines = upTo;
            }
        }
        return mine;
    }

    /**
     * How many lines the file holds.
     *
     * @return the count, the torn line repaired at opening included
     */
    long lines() {
        synchronized (writeLock) {
            return lines;
        }
    }

    /**
     * Whether the file ended with a torn line when opened (a lead cut off by a crash before it was acknowledged).
     *
     * @return true if a newline was added to end it
     */
    boolean repairedTornLine() {
        return repairedTornLine;
    }

    Path file() {
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

    private static void writeFully(FileChannel channel, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** Closes the file; appends after this fail. Idempotent. */
    @Override
    public void close() throws IOException {
        synchronized (writeLock) {
            if (broken == null) {
                broken = new IOException("the lead file is closed");
            }
            channel.close();
        }
    }
}
