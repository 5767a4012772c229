package dev.leadkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the documents named on a command line. A file ending in {@code .jsonl} or {@code .ndjson} holds one lead
 * per non-blank line (JSON Lines); any other file is one JSON document. {@code -} is standard input, read as JSON
 * Lines if its first non-blank line starts with <code>{</code> and ends with <code>}</code> (a complete one-line
 * object), else as one document (a pretty-printed lead starts with a lone <code>{</code>).
 */
final class Inputs {
    /** The name standard input goes by. */
    static final String STDIN = "-";

    /**
     * One document to check or send.
     *
     * @param source where it came from: {@code lead.json}, {@code leads.jsonl:3}, {@code -} or {@code -:2}
     * @param json its bytes, as read
     */
    record Input(String source, byte[] json) {
    }

    private Inputs() {
    }

    /**
     * Reads every named file before anything else happens, so an I/O error stops a command before it sends a lead.
     *
     * @throws CliException if a file cannot be read or {@code -} is named twice
     */
    static List<Input> read(List<String> names, InputStream stdin) {
        List<Input> inputs = new ArrayList<>();
        boolean stdinRead = false;
        for (String name : names) {
            if (name.equals(STDIN)) {
                if (stdinRead) {
                    throw new CliException("standard input (-) can be named only once");
                }
                stdinRead = true;
                byte[] bytes = readStdin(stdin);
                if (looksLikeLines(bytes)) {
                    splitLines(STDIN, bytes, inputs);
                } else {
                    inputs.add(new Input(STDIN, bytes));
                }
                continue;
            }
            byte[] bytes = readFile(name);
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
                splitLines(name, bytes, inputs);
            } else {
                inputs.add(new Input(name, bytes));
            }
        }
        return inputs;
    }

    private static byte[] readFile(String name) {
        try {
            return Files.readAllBytes(Path.of(name));
        } catch (NoSuchFileException e) {
            throw new CliException("no such file: " + name, e);
        } catch (IOException | RuntimeException e) {
            throw new CliException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    private static byte[] readStdin(InputStream stdin) {
        try {
            return stdin.readAllBytes();
        } catch (IOException e) {
            throw new CliException("cannot read standard input: " + e.getMessage(), e);
        }
    }

    /** One input per line that holds more than white space; a CR before the LF is dropped. */
    private static void splitLines(String name, byte[] bytes, List<Input> inputs) {
        int line = 0;
        int start = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            line++;
            int stop = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
            if (!isBlank(bytes, start, stop)) {
                byte[] json = new byte[stop - start];
                System.arraycopy(bytes, start, json, 0, json.length);
                inputs.add(new Input(name + ":" + line, json));
            }
            start = end + 1;
        }
    }

    private static boolean looksLikeLines(byte[] bytes) {
        boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
        int start = bom ? 3 : 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            int first = skipBlanks(bytes, start, end);
            if (first < end) {
                int last = end - 1;
                while (last > first && isBlank(bytes[last])) {
                    last--;
                }
                return bytes[first] == '{' && bytes[last] == '}' && last > first;
            }
            start = end + 1;
        }
        return false;
    }

    private static int skipBlanks(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to && isBlank(bytes[i])) {
            i++;
        }
        return i;
    }

    private static boolean isBlank(byte[] bytes, int from, int to) {
        return skipBlanks(bytes, from, to) == to;
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }
}
