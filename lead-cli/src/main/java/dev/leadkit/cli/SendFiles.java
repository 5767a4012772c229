package dev.leadkit.cli;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The files {@code lead send} writes: opened before any send, never one of its inputs. */
final class SendFiles {
    private SendFiles() {
    }

    /**
     * Refuses an output file that is an input or the other output: emptying it would lose the leads it holds.
     * Compares the files themselves, so another spelling of the path or a link is caught too.
     *
     * @throws CliException if two of them are the same file
     */
    static void checkDistinct(List<String> inputs, Path failedOut, Path refusedOut) {
        List<Path> in = new ArrayList<>();
        for (String name : inputs) {
            if (!name.equals(Inputs.STDIN)) {
                in.add(Path.of(name));
            }
        }
        for (Path input : in) {
            if (same(failedOut, input)) {
                throw new CliException("--failed-out " + failedOut + " is the input " + IoProblems.shown(input
                        .toString()) + ": name a new file for the re-run (emptying it would lose its leads)");
            }
            if (same(refusedOut, input)) {
                throw new CliException("--refused-out " + refusedOut + " is the input " + IoProblems.shown(input
                        .toString()) + ": name a new file");
            }
        }
        if (failedOut != null && refusedOut != null && (same(failedOut, refusedOut)
                || failedOut.toAbsolutePath().normalize().equals(refusedOut.toAbsolutePath().normalize()))) {
            throw new CliException("--failed-out and --refused-out must be two files: " + failedOut);
        }
    }

    private static boolean same(Path output, Path input) {
        if (output == null || !Files.exists(output)) {
            return false; // an input exists: it has been read
        }
        try {
            return Files.isSameFile(output, input);
        } catch (IOException e) {
            throw new CliException("cannot compare " + output + " with the inputs: " + IoProblems.describe(e), e);
        }
    }

    /**
     * The file, emptied; or a stream that drops everything for none. A plain file stream: an interrupt of the
     * writing thread (how Ctrl-C reaches a send) must not close it, as it would an interruptible channel.
     */
    static OutputStream open(Path file) {
        if (file == null) {
            return OutputStream.nullOutputStream();
        }
        try {
            return new FileOutputStream(file.toFile());
        } catch (IOException e) {
            throw new CliException("cannot write " + file + ": " + (Files.isDirectory(file) ? "it is a directory"
                    : Files.isDirectory(file.toAbsolutePath().getParent()) ? "permission denied"
                    : "no such directory"), e);
        }
    }
}
